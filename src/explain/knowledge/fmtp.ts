import type { ExplanationField } from '../types.js';
import { h264ProfilePattern, isLevel1b, parseProfileLevelId } from '../../codecs/h264.js';
import { lookup } from './lookup.js';

/**
 * Format parameters (a=fmtp, RFC 8866 §6.15) per codec: what each parameter
 * means, its allowed values and default, and, for structured values, the
 * decoder that turns them into words (H.264 profile-level-id, AV1 level-idx, …).
 */

export type FmtpDecoderId =
  | 'h264-profile-level-id'
  | 'h265-level-id'
  | 'av1-level-idx'
  | 'rtx-apt'
  | 'red-payloads'
  | 'telephone-events';

export interface FmtpParameterInfo {
  /** What the parameter is about. */
  readonly meaning: string;
  /** Allowed values in words, e.g. "8000–48000". */
  readonly allowed?: string;
  readonly default?: string;
  /** Unit of a numeric value, e.g. "bit/s". */
  readonly unit?: string;
  /** Meaning of each value, for enumerations. */
  readonly values?: Readonly<Record<string, string>>;
  /** A short phrase per value for the line's label ("in-band FEC"). */
  readonly short?: Readonly<Record<string, string>>;
  readonly decoder?: FmtpDecoderId;
  readonly ref: string;
}

export interface CodecFmtpInfo {
  readonly ref: string;
  /** What the fmtp of this codec is for, and what to watch in offer/answer. */
  readonly about: string;
  readonly parameters: Readonly<Record<string, FmtpParameterInfo>>;
  /** For codecs whose fmtp is not `key=value` (red `111/111`, telephone-event `0-15`). */
  readonly positional?: { readonly decoder: FmtpDecoderId; readonly meaning: string };
}

const LIBWEBRTC = 'libwebrtc media/base/media_constants.cc';

const OPUS_REF = 'RFC 7587 §6.1';
const H264_REF = 'RFC 6184 §8.1';
const AV1_REF = 'AV1 RTP §7.1';
const VP9_REF = 'RFC 9628 §6';
const H265_REF = 'RFC 7798 §7.1';
const RTX_REF = 'RFC 4588 §8.6';

const VIDEO_MAX_FR: FmtpParameterInfo = { meaning: 'the highest frame rate the receiver can decode', unit: 'frames per second', ref: 'RFC 7741 §6.1' };
const VIDEO_MAX_FS: FmtpParameterInfo = {
  meaning: 'the largest frame the receiver can decode, in 16×16 macroblocks (8160 is 1920×1080, 3600 is 1280×720)',
  unit: 'macroblocks',
  ref: 'RFC 7741 §6.1',
};

export const fmtpByCodec: Readonly<Record<string, CodecFmtpInfo>> = {
  opus: {
    ref: OPUS_REF,
    about:
      'Opus parameters describe what the receiver of this description prefers; they are declarative hints, each side may ignore them (RFC 7587 §7.1). `stereo`/`useinbandfec`/`usedtx` concern what this side wants to receive, the `sprop-` ones what it will send.',
    parameters: {
      maxplaybackrate: { meaning: 'the highest sample rate the receiver will play out, so the sender may code a narrower band and save bits', allowed: '8000–48000', default: '48000', unit: 'Hz', ref: OPUS_REF },
      'sprop-maxcapturerate': { meaning: 'the highest sample rate the sender captures at', allowed: '8000–48000', default: '48000', unit: 'Hz', ref: OPUS_REF },
      maxptime: { meaning: 'the longest packet duration the receiver accepts', allowed: '3–120', default: '120', unit: 'ms', ref: OPUS_REF },
      ptime: { meaning: 'the packet duration the receiver prefers', allowed: '3–120', default: '20', unit: 'ms', ref: OPUS_REF },
      minptime: {
        meaning: 'the shortest packet duration the sender will use; not an RFC 7587 parameter, libwebrtc writes 10 because Opus frames can be 10 ms',
        unit: 'ms',
        ref: LIBWEBRTC,
      },
      maxaveragebitrate: { meaning: 'the highest average bit rate the receiver wants to get', allowed: '6000–510000', unit: 'bit/s', ref: OPUS_REF },
      stereo: {
        meaning: 'whether the receiver prefers stereo',
        default: '0',
        values: { '0': 'no, mono', '1': 'yes (the sender may still send mono)' },
        short: { '1': 'stereo' },
        ref: OPUS_REF,
      },
      'sprop-stereo': {
        meaning: 'whether the sender is likely to send stereo',
        default: '0',
        values: { '0': 'no, mono', '1': 'yes, stereo is likely' },
        ref: OPUS_REF,
      },
      cbr: {
        meaning: 'whether the receiver wants constant bit rate',
        default: '0',
        values: { '0': 'variable bit rate', '1': 'constant bit rate' },
        short: { '1': 'CBR' },
        ref: OPUS_REF,
      },
      useinbandfec: {
        meaning: 'whether the receiver can use Opus in-band forward error correction',
        default: '0',
        values: {
          '0': 'no',
          '1': 'yes, so the sender should add a low-bit-rate copy of each frame to the next packet (LBRR) and a single lost packet is rebuilt without retransmission',
        },
        short: { '1': 'in-band FEC' },
        ref: OPUS_REF,
      },
      usedtx: {
        meaning: 'whether the receiver prefers discontinuous transmission',
        default: '0',
        values: { '0': 'no, continuous transmission', '1': 'yes, the sender may stop sending during silence (one frame every 400 ms keeps the comfort noise going)' },
        short: { '1': 'DTX' },
        ref: OPUS_REF,
      },
    },
  },
  h264: {
    ref: H264_REF,
    about:
      'Browsers offer one H264 payload type per profile and packetization mode. In offer/answer the profile must match; the level may differ per direction only with level-asymmetry-allowed=1 on both sides (RFC 6184 §8.2.2), else the lower level applies both ways.',
    parameters: {
      'profile-level-id': {
        meaning: 'profile_idc, profile-iop (constraint flags) and level_idc, three bytes in hex',
        default: '420010 (Baseline, level 1.0)',
        decoder: 'h264-profile-level-id',
        ref: H264_REF,
      },
      'packetization-mode': {
        meaning: 'how NAL units are put into RTP packets',
        default: '0',
        values: {
          '0': 'single NAL unit mode (one NAL unit per packet, no aggregation or fragmentation, so large frames need small slices)',
          '1': 'non-interleaved mode (single NAL units, STAP-A aggregation and FU-A fragmentation, in decoding order), what browsers use',
          '2': 'interleaved mode (STAP-B, MTAP, FU-B), which browsers do not support',
        },
        short: { '0': 'single NAL mode', '1': 'non-interleaved', '2': 'interleaved' },
        ref: H264_REF,
      },
      'level-asymmetry-allowed': {
        meaning: 'whether each direction may use its own level',
        default: '0',
        values: {
          '0': 'no, both directions use the lower of the two levels',
          '1': 'yes, each side may send up to the level the other side receives (libwebrtc always sets it)',
        },
        ref: H264_REF,
      },
      'max-mbps': { meaning: 'a higher macroblock processing rate than the level allows', unit: 'macroblocks/s', ref: H264_REF },
      'max-smbps': { meaning: 'a higher static macroblock processing rate than the level allows', unit: 'macroblocks/s', ref: H264_REF },
      'max-fs': { meaning: 'a larger frame size than the level allows', unit: 'macroblocks', ref: H264_REF },
      'max-cpb': { meaning: 'a larger coded picture buffer than the level allows', unit: 'units of 1000 or 1200 bits (per profile)', ref: H264_REF },
      'max-dpb': { meaning: 'a larger decoded picture buffer than the level allows', unit: 'units of 8/3 macroblocks', ref: H264_REF },
      'max-br': { meaning: 'a higher video bit rate than the level allows', unit: 'units of 1000 or 1200 bit/s (per profile)', ref: H264_REF },
      'max-recv-level': { meaning: 'the highest level the receiver can decode, when higher than the one in profile-level-id', ref: H264_REF },
      'sprop-parameter-sets': { meaning: 'the sequence and picture parameter sets (SPS, PPS) in base64, so decoding can start before they arrive in-band', ref: H264_REF },
      'sprop-level-parameter-sets': { meaning: 'parameter sets per level, in base64', ref: H264_REF },
      'in-band-parameter-sets': { meaning: 'whether the receiver needs SPS and PPS in the stream itself', values: { '0': 'parameter sets may come out of band', '1': 'parameter sets must be sent in-band' }, ref: 'RFC 6184 §8.1' },
      'redundant-pic-cap': { meaning: 'whether the receiver can use redundant coded pictures', values: { '0': 'no', '1': 'yes' }, ref: H264_REF },
      'sprop-interleaving-depth': { meaning: 'the interleaving depth of the stream (interleaved mode only)', ref: H264_REF },
      'sprop-max-don-diff': { meaning: 'the largest decoding order number difference (interleaved mode only)', ref: H264_REF },
      'sar-understood': { meaning: 'the highest sample aspect ratio index the receiver understands', ref: H264_REF },
      'sar-supported': { meaning: 'the sample aspect ratio index the receiver supports', ref: H264_REF },
    },
  },
  h265: {
    ref: H265_REF,
    about: 'H265 parameters give profile, tier and level; in offer/answer profile and tier must match, and the level is the highest the receiver decodes (RFC 7798 §7.2.2).',
    parameters: {
      'profile-space': { meaning: 'the profile space (general_profile_space)', default: '0', ref: H265_REF },
      'profile-id': {
        meaning: 'the profile (general_profile_idc)',
        default: '1',
        values: {
          '1': 'Main (8-bit 4:2:0)',
          '2': 'Main 10 (10-bit 4:2:0)',
          '3': 'Main Still Picture',
          '4': 'format range extensions (4:2:2, 4:4:4, higher bit depths)',
          '5': 'high throughput',
          '9': 'screen content coding',
        },
        short: { '1': 'Main', '2': 'Main 10', '3': 'Main Still Picture', '4': 'RExt' },
        ref: H265_REF,
      },
      'tier-flag': {
        meaning: 'the tier (general_tier_flag)',
        default: '0',
        values: { '0': 'Main tier', '1': 'High tier (higher bit-rate limits for the same level)' },
        short: { '0': 'Main tier', '1': 'High tier' },
        ref: H265_REF,
      },
      'level-id': { meaning: 'the level (general_level_idc = 30 × level)', default: '93 (level 3.1)', decoder: 'h265-level-id', ref: H265_REF },
      'interop-constraints': { meaning: 'the constraint flags of the profile, 6 bytes in hex', ref: H265_REF },
      'tx-mode': {
        meaning: 'the transmission mode',
        default: 'SRST',
        values: { SRST: 'single RTP stream on a single media transport', MRST: 'multiple RTP streams on a single media transport', MRMT: 'multiple RTP streams on multiple media transports' },
        ref: H265_REF,
      },
      'sprop-vps': { meaning: 'the video parameter sets in base64', ref: H265_REF },
      'sprop-sps': { meaning: 'the sequence parameter sets in base64', ref: H265_REF },
      'sprop-pps': { meaning: 'the picture parameter sets in base64', ref: H265_REF },
      'max-recv-level-id': { meaning: 'the highest level the receiver can decode, when higher than level-id', decoder: 'h265-level-id', ref: H265_REF },
    },
  },
  vp8: {
    ref: 'RFC 7741 §6.1',
    about: 'VP8 parameters only cap frame rate and frame size; without them the receiver takes any VP8 stream (RFC 7741 §6.2).',
    parameters: { 'max-fr': VIDEO_MAX_FR, 'max-fs': VIDEO_MAX_FS },
  },
  vp9: {
    ref: VP9_REF,
    about: 'VP9 parameters give the profile (bit depth and chroma subsampling) and caps on frame rate and size; Chrome offers one payload type per profile-id.',
    parameters: {
      'profile-id': {
        meaning: 'the VP9 profile: bit depth and chroma subsampling',
        default: '0',
        values: {
          '0': 'profile 0 (8-bit, 4:2:0)',
          '1': 'profile 1 (8-bit, 4:2:2, 4:4:0 or 4:4:4)',
          '2': 'profile 2 (10- or 12-bit, 4:2:0)',
          '3': 'profile 3 (10- or 12-bit, 4:2:2, 4:4:0 or 4:4:4)',
        },
        short: { '0': 'profile 0 (8-bit 4:2:0)', '1': 'profile 1 (8-bit 4:4:4)', '2': 'profile 2 (10/12-bit 4:2:0)', '3': 'profile 3 (10/12-bit 4:4:4)' },
        ref: VP9_REF,
      },
      'max-fr': { ...VIDEO_MAX_FR, ref: VP9_REF },
      'max-fs': { ...VIDEO_MAX_FS, ref: VP9_REF },
    },
  },
  av1: {
    ref: AV1_REF,
    about:
      'AV1 parameters give the highest profile, level and tier the receiver decodes. Each direction may use up to what the other side receives (AV1 RTP §7.2.2); without them libwebrtc assumes profile 0, level-idx 5, tier 0.',
    parameters: {
      profile: {
        meaning: 'the highest AV1 profile the receiver decodes (seq_profile)',
        default: '0',
        values: {
          '0': 'Main (8- and 10-bit, 4:2:0 and monochrome)',
          '1': 'High (adds 4:4:4)',
          '2': 'Professional (adds 4:2:2 and 12-bit)',
        },
        short: { '0': 'Main profile', '1': 'High profile', '2': 'Professional profile' },
        ref: AV1_REF,
      },
      'level-idx': { meaning: 'the highest AV1 level the receiver decodes (seq_level_idx = 4 × (major − 2) + minor)', default: '5 (level 3.1)', decoder: 'av1-level-idx', ref: AV1_REF },
      tier: {
        meaning: 'the tier of that level (seq_tier)',
        default: '0',
        values: { '0': 'Main tier', '1': 'High tier (higher bit-rate limits, defined from level 4.0 up)' },
        short: { '0': 'Main tier', '1': 'High tier' },
        ref: AV1_REF,
      },
    },
  },
  rtx: {
    ref: RTX_REF,
    about: 'An rtx payload type retransmits exactly one other payload type, the one `apt` names; its rtpmap clock rate must equal that codec\'s (RFC 4588 §8.1).',
    parameters: {
      apt: { meaning: 'the associated payload type', decoder: 'rtx-apt', ref: RTX_REF },
      'rtx-time': { meaning: 'how long the sender keeps packets for retransmission; later requests are not answered', unit: 'ms', ref: RTX_REF },
    },
  },
  red: {
    ref: 'RFC 2198 §5',
    about: 'The red fmtp lists the payload types carried inside RED blocks: the primary encoding first, then the redundant ones, oldest last.',
    parameters: {},
    positional: { decoder: 'red-payloads', meaning: 'payload types inside the RED packets, primary first' },
  },
  'telephone-event': {
    ref: 'RFC 4733 §2.4.1',
    about: 'The telephone-event fmtp lists the events the receiver understands, as numbers and ranges; without it only DTMF 0–15 is assumed (RFC 4733 §2.4.1).',
    parameters: {},
    positional: { decoder: 'telephone-events', meaning: 'the events the receiver understands' },
  },
  'flexfec-03': {
    ref: 'RFC 8627 §5.1',
    about: 'libwebrtc writes `repair-window` for FlexFEC; the protected stream is named by `a=ssrc-group:FEC-FR`.',
    parameters: {
      'repair-window': { meaning: 'the time span of source packets a repair packet may protect', unit: 'µs', ref: 'RFC 8627 §5.1' },
    },
  },
  flexfec: {
    ref: 'RFC 8627 §5.1',
    about: 'FlexFEC parameters describe the repair window and the protection pattern.',
    parameters: {
      'repair-window': { meaning: 'the time span of source packets a repair packet may protect', unit: 'µs', ref: 'RFC 8627 §5.1' },
      L: { meaning: 'the number of columns of the protection matrix', ref: 'RFC 8627 §5.1' },
      D: { meaning: 'the number of rows of the protection matrix', ref: 'RFC 8627 §5.1' },
      ToP: { meaning: 'the type of protection', values: { '0': '1-D interleaved (column) FEC', '1': '1-D non-interleaved (row) FEC', '2': '2-D parity FEC' }, ref: 'RFC 8627 §5.1' },
    },
  },
  ilbc: {
    ref: 'RFC 3952 §5',
    about: 'iLBC signals its frame length in the fmtp.',
    parameters: {
      mode: { meaning: 'the frame length', values: { '20': '20 ms frames, 15.2 kbit/s', '30': '30 ms frames, 13.33 kbit/s' }, default: '30', ref: 'RFC 3952 §5' },
    },
  },
};

/** Parameters that apply to any codec: libwebrtc's private `x-google-*` ones. */
export const commonFmtp: Readonly<Record<string, FmtpParameterInfo>> = {
  'x-google-min-bitrate': { meaning: 'libwebrtc only: the lowest bit rate the encoder may drop to for this codec', unit: 'kbit/s', ref: LIBWEBRTC },
  'x-google-max-bitrate': { meaning: 'libwebrtc only: the highest bit rate the encoder may use for this codec', unit: 'kbit/s', ref: LIBWEBRTC },
  'x-google-start-bitrate': { meaning: 'libwebrtc only: the bit rate to start at before bandwidth estimation has converged', unit: 'kbit/s', ref: LIBWEBRTC },
  'x-google-max-quantization': { meaning: 'libwebrtc only: the highest quantizer (QP) the encoder may use, which bounds how bad frames may look', ref: LIBWEBRTC },
};

/**
 * A parameter's value in words: the decoded meaning, else the meaning of an
 * enumerated value (or that it is none of them), else the value with its unit.
 */
export function fmtpValueWords(info: FmtpParameterInfo, value: string, decoded: Decoded | undefined): string | undefined {
  const known = info.values === undefined ? undefined : lookup(info.values, value);
  let words = decoded?.meaning ?? known;
  if (words === undefined && info.values !== undefined) words = `${value}, which is none of ${Object.keys(info.values).join(', ')}`;
  if (words === undefined && info.unit !== undefined) words = `${value} ${info.unit}`;
  return words;
}

/** The fmtp entry of a codec, by encoding name (case-insensitive). */
export function codecFmtp(codec: string): CodecFmtpInfo | undefined {
  return lookup(fmtpByCodec, codec.toLowerCase());
}

/** The entry of one parameter: the codec's own, else a common one. Parameter names are case-insensitive (RFC 4855 §3). */
export function fmtpParameter(codec: string | undefined, key: string): FmtpParameterInfo | undefined {
  const table = codec === undefined ? undefined : codecFmtp(codec);
  if (table !== undefined) {
    const exact = lookup(table.parameters, key) ?? lookup(table.parameters, key.toLowerCase());
    if (exact !== undefined) return exact;
  }
  return lookup(commonFmtp, key.toLowerCase());
}

// ---------------------------------------------------------------------------
// Decoders for structured values
// ---------------------------------------------------------------------------

export interface FmtpDecodeContext {
  /** The codec a payload type names in the same m-section (from a=rtpmap or the static table). */
  codecOf(payloadType: string): string | undefined;
}

export interface Decoded {
  /** The value in words. */
  meaning: string;
  /** A short phrase for the line's label. */
  short?: string;
  /** Derived fields (profile, level, …) shown after the parameter. */
  fields?: ExplanationField[];
}

export type FmtpDecoder = (value: string, ctx: FmtpDecodeContext) => Decoded;

/** profile_idc → profile, when the constraint flags match no pattern above (H.264 Annex A). */
export const H264_PROFILE_IDC: Readonly<Record<string, string>> = {
  '44': 'CAVLC 4:4:4 Intra',
  '66': 'Baseline',
  '77': 'Main',
  '83': 'Scalable Baseline',
  '86': 'Scalable High',
  '88': 'Extended',
  '100': 'High',
  '110': 'High 10',
  '118': 'Multiview High',
  '122': 'High 4:2:2',
  '128': 'Stereo High',
  '244': 'High 4:4:4 Predictive',
};

export const H264_PROFILE_MEANINGS: Readonly<Record<string, string>> = {
  'Constrained Baseline': 'the subset every H.264 decoder handles (no B-frames, CAVLC only, no FMO/ASO); mandatory in WebRTC (RFC 7742 §5)',
  Baseline: 'Constrained Baseline plus FMO, ASO and redundant slices, error-resilience tools few encoders use',
  Main: 'adds B-frames, CABAC entropy coding and interlace',
  Extended: 'adds data partitioning and SP/SI slices (streaming), rarely used',
  High: 'adds 8×8 transforms and custom quantization matrices: better compression at the same bit rate',
  'Constrained High': 'High without B-frames and interlace (constraint_set4 and set5): what hardware encoders produce for low latency',
  'Progressive High': 'High without interlace (constraint_set4)',
  'High 4:4:4 Predictive': 'up to 14-bit and 4:4:4 chroma, lossless coding',
  'High 10': 'High with up to 10-bit samples',
  'High 4:2:2': 'High 10 with 4:2:2 chroma',
  'CAVLC 4:4:4 Intra': 'intra-only 4:4:4 with CAVLC',
  'Scalable Baseline': 'SVC (Annex G) over a Baseline base layer',
  'Scalable High': 'SVC (Annex G) over a High base layer',
  'Multiview High': 'MVC (Annex H), several views',
  'Stereo High': 'MVC (Annex H), two views',
};

/** H.264 Table A-1: limits per level_idc (max macroblocks/s, per frame, max bit rate for Baseline/Main/Extended in kbit/s). */
export const H264_LEVELS: Readonly<Record<string, { readonly level: string; readonly maxMbps: number; readonly maxFs: number; readonly maxBr: number; readonly example: string }>> = {
  // level_idc 9 is level 1b in the High profiles (H.264 A.3.1).
  '9': { level: '1b', maxMbps: 1485, maxFs: 99, maxBr: 128, example: '176×144 at 15 fps' },
  '10': { level: '1.0', maxMbps: 1485, maxFs: 99, maxBr: 64, example: '176×144 at 15 fps' },
  '11': { level: '1.1', maxMbps: 3000, maxFs: 396, maxBr: 192, example: '176×144 at 30 fps' },
  '12': { level: '1.2', maxMbps: 6000, maxFs: 396, maxBr: 384, example: '352×288 at 15 fps' },
  '13': { level: '1.3', maxMbps: 11880, maxFs: 396, maxBr: 768, example: '352×288 at 30 fps' },
  '20': { level: '2.0', maxMbps: 11880, maxFs: 396, maxBr: 2000, example: '352×288 at 30 fps' },
  '21': { level: '2.1', maxMbps: 19800, maxFs: 792, maxBr: 4000, example: '352×480 at 30 fps' },
  '22': { level: '2.2', maxMbps: 20250, maxFs: 1620, maxBr: 4000, example: '720×576 at 12.5 fps' },
  '30': { level: '3.0', maxMbps: 40500, maxFs: 1620, maxBr: 10000, example: '720×576 at 25 fps' },
  '31': { level: '3.1', maxMbps: 108000, maxFs: 3600, maxBr: 14000, example: '1280×720 at 30 fps' },
  '32': { level: '3.2', maxMbps: 216000, maxFs: 5120, maxBr: 20000, example: '1280×720 at 60 fps' },
  '40': { level: '4.0', maxMbps: 245760, maxFs: 8192, maxBr: 20000, example: '1920×1080 at 30 fps' },
  '41': { level: '4.1', maxMbps: 245760, maxFs: 8192, maxBr: 50000, example: '1920×1080 at 30 fps' },
  '42': { level: '4.2', maxMbps: 522240, maxFs: 8704, maxBr: 50000, example: '1920×1080 at 60 fps' },
  '50': { level: '5.0', maxMbps: 589824, maxFs: 22080, maxBr: 135000, example: '2560×1600 at 30 fps' },
  '51': { level: '5.1', maxMbps: 983040, maxFs: 36864, maxBr: 240000, example: '3840×2160 at 30 fps' },
  '52': { level: '5.2', maxMbps: 2073600, maxFs: 36864, maxBr: 240000, example: '3840×2160 at 60 fps' },
  '60': { level: '6.0', maxMbps: 4177920, maxFs: 139264, maxBr: 240000, example: '7680×4320 at 30 fps' },
  '61': { level: '6.1', maxMbps: 8355840, maxFs: 139264, maxBr: 480000, example: '7680×4320 at 60 fps' },
  '62': { level: '6.2', maxMbps: 16711680, maxFs: 139264, maxBr: 800000, example: '7680×4320 at 120 fps' },
};

/** AV1 levels with their typical picture (AV1 specification Annex A.3); other seq_level_idx values are reserved. */
export const AV1_LEVELS: Readonly<Record<string, string>> = {
  '2.0': '426×240 at 30 fps',
  '2.1': '640×360 at 30 fps',
  '3.0': '854×480 at 30 fps',
  '3.1': '1280×720 at 30 fps',
  '4.0': '1920×1080 at 30 fps',
  '4.1': '1920×1080 at 60 fps',
  '5.0': '3840×2160 at 30 fps',
  '5.1': '3840×2160 at 60 fps',
  '5.2': '3840×2160 at 120 fps',
  '5.3': '3840×2160 at 120 fps',
  '6.0': '7680×4320 at 30 fps',
  '6.1': '7680×4320 at 60 fps',
  '6.2': '7680×4320 at 120 fps',
  '6.3': '7680×4320 at 120 fps',
};

/** RFC 4733 §3.2, table 7: the DTMF named events. */
export const TELEPHONE_EVENTS: Readonly<Record<string, string>> = {
  '0': '0', '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9',
  '10': '*', '11': '#', '12': 'A', '13': 'B', '14': 'C', '15': 'D', '16': 'flash',
};


function hex2(n: number): string {
  return `0x${n.toString(16).padStart(2, '0')}`;
}

/** The H.264 profile of profile_idc and profile-iop, or undefined. Exported for tests and other modules. */
export function h264Profile(profileIdc: number, iop: number): { profile: string; exact: boolean } | undefined {
  const exact = h264ProfilePattern(profileIdc, iop);
  if (exact !== undefined) return { profile: exact, exact: true };
  const named = lookup(H264_PROFILE_IDC, String(profileIdc));
  return named === undefined ? undefined : { profile: named, exact: false };
}

/** The H.264 level of level_idc, with the constraint_set3 rule for level 1b (RFC 6184 §8.1). */
export function h264Level(profileIdc: number, iop: number, levelIdc: number): string | undefined {
  if (isLevel1b({ profileIdc, iop, levelIdc })) return '1b';
  return lookup(H264_LEVELS, String(levelIdc))?.level;
}

function decodeH264ProfileLevelId(value: string): Decoded {
  const bytes = parseProfileLevelId(value);
  if (bytes === undefined) {
    return { meaning: `\`${value}\` is not three bytes in hex, so no profile or level can be read (RFC 6184 §8.1)` };
  }
  const { profileIdc, iop, levelIdc } = bytes;
  const flags: string[] = [];
  for (let i = 0; i < 6; i++) if (((iop >> (7 - i)) & 1) === 1) flags.push(`constraint_set${i}`);
  const profile = h264Profile(profileIdc, iop);
  const level = h264Level(profileIdc, iop, levelIdc);
  const limits = level === '1b' ? lookup(H264_LEVELS, '9') : lookup(H264_LEVELS, String(levelIdc));
  const profileWords = profile === undefined ? `unknown profile_idc ${profileIdc}` : profile.profile;
  const levelWords = level === undefined ? `unknown level_idc ${levelIdc}` : `level ${level}`;
  const fields: ExplanationField[] = [
    {
      name: 'profile',
      value: profile?.profile ?? 'unknown',
      meaning:
        `profile_idc ${hex2(profileIdc)} (${profileIdc}), profile-iop ${hex2(iop)} (${flags.length > 0 ? flags.join(', ') : 'no constraint flags'})` +
        (profile === undefined
          ? ': no H.264 profile has this profile_idc'
          : `: ${lookup(H264_PROFILE_MEANINGS, profile.profile) ?? profile.profile}${profile.exact ? '' : '; these constraint flags match none of the combinations libwebrtc negotiates'}`),
    },
    {
      name: 'level',
      value: level ?? 'unknown',
      meaning:
        limits === undefined || level === undefined
          ? `level_idc ${levelIdc} is not an H.264 level`
          : `level_idc ${levelIdc}${level === '1b' && levelIdc === 11 ? ' with constraint_set3' : ''}: up to ${limits.maxMbps} macroblocks/s and ${limits.maxFs} macroblocks per frame (about ${limits.example}), ${limits.maxBr} kbit/s in Baseline/Main`,
    },
  ];
  return { meaning: `${profileWords} profile, ${levelWords}`, short: `${profile?.profile ?? `profile_idc ${profileIdc}`} ${level ?? `level_idc ${levelIdc}`}`, fields };
}

function decodeH265LevelId(value: string): Decoded {
  const n = /^[0-9]{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n % 3 !== 0) return { meaning: `\`${value}\` is not 30 × a level (e.g. 93 for level 3.1)` };
  const level = `${Math.floor(n / 30)}.${(n % 30) / 3}`;
  return { meaning: `level ${level}`, short: `level ${level}`, fields: [{ name: 'level', value: level, meaning: `general_level_idc ${n} = 30 × ${level}` }] };
}

function decodeAv1LevelIdx(value: string): Decoded {
  const n = /^[0-9]{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n > 31) return { meaning: `\`${value}\` is not a seq_level_idx (0–23, or 31)` };
  if (n === 31) {
    return { meaning: 'seq_level_idx 31: no level limit (the maximum parameters)', short: 'no level limit', fields: [{ name: 'level', value: 'max', meaning: 'seq_level_idx 31 places no level constraint' }] };
  }
  if (n > 23) return { meaning: `seq_level_idx ${n} is reserved` };
  // AV1 RTP §7.1 uses seq_level_idx: level = 2 + (idx >> 2) . (idx & 3).
  const level = `${2 + (n >> 2)}.${n & 3}`;
  const example = lookup(AV1_LEVELS, level);
  const meaning = example === undefined ? `level ${level}, which AV1 Annex A.3 lists without limits (reserved)` : `level ${level}: about ${example}`;
  return { meaning, short: `level ${level}`, fields: [{ name: 'level', value: level, meaning: `seq_level_idx ${n} = 4 × (${2 + (n >> 2)} − 2) + ${n & 3}${example === undefined ? ', a reserved level' : `, about ${example}`}` }] };
}

function decodeRtxApt(value: string, ctx: FmtpDecodeContext): Decoded {
  const codec = ctx.codecOf(value);
  return {
    meaning: codec === undefined ? `retransmits payload type ${value}, which has no a=rtpmap in this m-section` : `retransmits payload type ${value} (${codec})`,
    short: codec === undefined ? `for PT ${value}` : `for PT ${value} (${codec})`,
  };
}

function decodeRedPayloads(value: string, ctx: FmtpDecodeContext): Decoded {
  const pts = value.split('/');
  const named = pts.map((pt) => `${pt} (${ctx.codecOf(pt) ?? 'no rtpmap'})`);
  const primary = named[0] ?? value;
  const redundant = named.slice(1);
  const codec = ctx.codecOf(pts[0] ?? '');
  return {
    meaning: `primary encoding PT ${primary}${redundant.length > 0 ? `, then ${redundant.length} redundant ${redundant.length === 1 ? 'copy' : 'copies'}: PT ${redundant.join(', PT ')}` : ', no redundant copy'}`,
    short: `${codec ?? `PT ${pts[0] ?? value}`} + ${redundant.length} redundant`,
  };
}

function decodeTelephoneEvents(value: string): Decoded {
  const events = new Set<number>();
  const bad: string[] = [];
  for (const piece of value.split(',')) {
    const m = /^\s*([0-9]{1,3})(?:-([0-9]{1,3}))?\s*$/.exec(piece);
    if (m === null) {
      bad.push(piece);
      continue;
    }
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let e = from; e <= Math.min(to, 255); e++) events.add(e);
  }
  const names: string[] = [];
  let digits = true;
  for (let d = 0; d <= 9; d++) if (!events.has(d)) digits = false;
  if (digits) names.push('digits 0–9');
  let other = 0;
  for (const e of [...events].sort((a, b) => a - b)) {
    if (digits && e <= 9) continue;
    const name = lookup(TELEPHONE_EVENTS, String(e));
    if (name === undefined) other++;
    else names.push(name);
  }
  if (other > 0) names.push(`${other} other event${other === 1 ? '' : 's'} (RFC 4733 registry)`);
  const words = names.length > 0 ? `DTMF ${names.join(', ')}` : 'no events';
  return { meaning: `${words}${bad.length > 0 ? `; \`${bad.join(',')}\` is not an event number or range` : ''}`, short: words };
}

export const fmtpDecoders: Readonly<Record<FmtpDecoderId, FmtpDecoder>> = {
  'h264-profile-level-id': decodeH264ProfileLevelId,
  'h265-level-id': decodeH265LevelId,
  'av1-level-idx': decodeAv1LevelIdx,
  'rtx-apt': decodeRtxApt,
  'red-payloads': decodeRedPayloads,
  'telephone-events': decodeTelephoneEvents,
};
