import { lookup } from './lookup.js';

/**
 * Codecs and RTP payload formats, keyed by encoding name in lower case
 * (encoding names are case-insensitive, RFC 4855 §3).
 */

/** What a payload format carries: media, or a helper format for another payload type. */
export type CodecRole = 'media' | 'retransmission' | 'fec' | 'redundancy' | 'comfort-noise' | 'dtmf';

export interface CodecInfo {
  /** The usual spelling, as browsers write it. */
  readonly name: string;
  readonly kind: 'audio' | 'video' | 'any';
  readonly role: CodecRole;
  /** One sentence: what it is. */
  readonly description: string;
  /** WebRTC notes: who sends it, what is mandatory, known quirks. */
  readonly notes?: string;
  readonly ref: string;
  /** The usual RTP clock rate; for helper formats, the one of the protected codec. */
  readonly clockRate?: number;
  readonly channels?: number;
}

export const codecs: Readonly<Record<string, CodecInfo>> = {
  opus: {
    name: 'opus',
    kind: 'audio',
    role: 'media',
    description: 'Opus, the interactive speech and music codec (RFC 6716), 6 to 510 kbit/s, narrowband to fullband',
    notes:
      'Mandatory to implement in WebRTC (RFC 7874 §3). The rtpmap is always opus/48000/2, whatever the real sample rate and channel count: the RTP clock is 48 kHz and stereo is negotiated with the fmtp `stereo`/`sprop-stereo` parameters (RFC 7587 §7).',
    ref: 'RFC 7587',
    clockRate: 48000,
    channels: 2,
  },
  red: {
    name: 'red',
    kind: 'any',
    role: 'redundancy',
    description: 'RED, redundant audio data: each packet carries the current frame plus older frames of another payload type, so a lost packet can be rebuilt from the next one',
    notes:
      'Chrome offers red/48000/2 wrapping opus (`a=fmtp:63 111/111`) for audio, and red/90000 as the container for ulpfec in video. The fmtp lists the payload types inside (RFC 2198 §5).',
    ref: 'RFC 2198',
  },
  g722: {
    name: 'G722',
    kind: 'audio',
    role: 'media',
    description: 'G.722 wideband (16 kHz audio) at 64 kbit/s',
    notes: 'Its RTP clock rate is 8000 although it samples at 16 kHz: an error in the original RTP profile kept for compatibility (RFC 3551 §4.5.2).',
    ref: 'RFC 3551 §4.5.2',
    clockRate: 8000,
    channels: 1,
  },
  pcmu: {
    name: 'PCMU',
    kind: 'audio',
    role: 'media',
    description: 'G.711 µ-law, 8 kHz narrowband at 64 kbit/s, static payload type 0',
    notes: 'Mandatory to implement in WebRTC together with PCMA (RFC 7874 §3); the usual fallback for telephony gateways.',
    ref: 'RFC 3551 §4.5.14',
    clockRate: 8000,
    channels: 1,
  },
  pcma: {
    name: 'PCMA',
    kind: 'audio',
    role: 'media',
    description: 'G.711 A-law, 8 kHz narrowband at 64 kbit/s, static payload type 8',
    notes: 'Mandatory to implement in WebRTC together with PCMU (RFC 7874 §3).',
    ref: 'RFC 3551 §4.5.14',
    clockRate: 8000,
    channels: 1,
  },
  cn: {
    name: 'CN',
    kind: 'audio',
    role: 'comfort-noise',
    description: 'comfort noise: a description of background noise sent during silence, so the receiver can play noise instead of dead air',
    notes: 'Used with codecs without built-in DTX (G.711, G.722); its clock rate matches the codec it accompanies. Opus uses its own DTX (`usedtx`).',
    ref: 'RFC 3389',
    clockRate: 8000,
    channels: 1,
  },
  'telephone-event': {
    name: 'telephone-event',
    kind: 'audio',
    role: 'dtmf',
    description: 'DTMF digits and telephony events sent as RTP events rather than as tones in the audio',
    notes:
      'Its clock rate must match the audio codec it is sent with, so browsers offer one per clock rate (telephone-event/48000 for opus, /8000 for G.711). RTCRtpSender.dtmf uses it.',
    ref: 'RFC 4733',
    clockRate: 8000,
    channels: 1,
  },
  vp8: {
    name: 'VP8',
    kind: 'video',
    role: 'media',
    description: 'VP8 video',
    notes: 'Mandatory to implement in WebRTC browsers together with H.264 Constrained Baseline (RFC 7742 §5).',
    ref: 'RFC 7741',
    clockRate: 90000,
  },
  vp9: {
    name: 'VP9',
    kind: 'video',
    role: 'media',
    description: 'VP9 video, with spatial and temporal scalability (SVC)',
    notes: 'The fmtp `profile-id` tells bit depth and chroma subsampling; Chrome offers profile 0 and 2.',
    ref: 'RFC 9628',
    clockRate: 90000,
  },
  h264: {
    name: 'H264',
    kind: 'video',
    role: 'media',
    description: 'H.264/AVC video',
    notes:
      'Constrained Baseline is mandatory to implement in WebRTC browsers (RFC 7742 §5). Browsers offer one payload type per profile and packetization mode; the fmtp `profile-level-id` tells which.',
    ref: 'RFC 6184',
    clockRate: 90000,
  },
  h265: {
    name: 'H265',
    kind: 'video',
    role: 'media',
    description: 'H.265/HEVC video',
    notes: 'Offered by Safari and by Chrome where hardware supports it; the fmtp carries profile-id, tier-flag and level-id.',
    ref: 'RFC 7798',
    clockRate: 90000,
  },
  av1: {
    name: 'AV1',
    kind: 'video',
    role: 'media',
    description: 'AV1 video (Alliance for Open Media), with scalability described by the dependency descriptor header extension',
    notes: 'The fmtp carries profile, level-idx and tier; without them libwebrtc assumes profile 0, level-idx 5 (level 3.1), tier 0.',
    ref: 'AV1 RTP §7.1',
    clockRate: 90000,
  },
  rtx: {
    name: 'rtx',
    kind: 'any',
    role: 'retransmission',
    description: 'RTX, the retransmission format: resent packets travel on their own payload type (and SSRC) so that losses do not disturb the statistics of the original stream',
    notes: 'Each rtx payload type protects one other payload type, named by the fmtp `apt`; the rtx SSRC is paired with the media SSRC by `a=ssrc-group:FID`.',
    ref: 'RFC 4588',
    clockRate: 90000,
  },
  ulpfec: {
    name: 'ulpfec',
    kind: 'any',
    role: 'fec',
    description: 'ULPFEC, generic forward error correction: XOR parity packets from which lost packets can be rebuilt without a round trip',
    notes: 'libwebrtc sends it inside red/90000 for VP8 and VP9.',
    ref: 'RFC 5109',
    clockRate: 90000,
  },
  'flexfec-03': {
    name: 'flexfec-03',
    kind: 'video',
    role: 'fec',
    description: 'FlexFEC as in draft 03: flexible forward error correction on its own SSRC, paired with the media by `a=ssrc-group:FEC-FR`',
    notes: 'libwebrtc implements draft-ietf-payload-flexible-fec-scheme-03, not the final RFC 8627 format; it is offered only behind a field trial.',
    ref: 'draft-ietf-payload-flexible-fec-scheme-03',
    clockRate: 90000,
  },
  flexfec: {
    name: 'flexfec',
    kind: 'any',
    role: 'fec',
    description: 'FlexFEC, flexible forward error correction (the final format)',
    ref: 'RFC 8627',
  },
  isac: {
    name: 'ISAC',
    kind: 'audio',
    role: 'media',
    description: "iSAC, Google's older wideband speech codec (16 or 32 kHz)",
    notes: 'Removed from libwebrtc in 2022; still seen in older captures.',
    ref: 'draft-ietf-avt-rtp-isac-04',
    clockRate: 16000,
    channels: 1,
  },
  ilbc: {
    name: 'iLBC',
    kind: 'audio',
    role: 'media',
    description: 'iLBC, a narrowband speech codec robust to packet loss (13.33 or 15.2 kbit/s)',
    ref: 'RFC 3952',
    clockRate: 8000,
    channels: 1,
  },
  g729: {
    name: 'G729',
    kind: 'audio',
    role: 'media',
    description: 'G.729 narrowband speech at 8 kbit/s, static payload type 18',
    ref: 'RFC 3551 §4.5.6',
    clockRate: 8000,
    channels: 1,
  },
  gsm: {
    name: 'GSM',
    kind: 'audio',
    role: 'media',
    description: 'GSM 06.10 full-rate speech at 13 kbit/s, static payload type 3',
    ref: 'RFC 3551 §4.5.8',
    clockRate: 8000,
    channels: 1,
  },
  l16: {
    name: 'L16',
    kind: 'audio',
    role: 'media',
    description: 'uncompressed 16-bit linear PCM',
    ref: 'RFC 3551 §4.5.11',
  },
  l24: {
    name: 'L24',
    kind: 'audio',
    role: 'media',
    description: 'uncompressed 24-bit linear PCM (professional audio, AES67)',
    ref: 'RFC 3190',
  },
  'h263-1998': {
    name: 'H263-1998',
    kind: 'video',
    role: 'media',
    description: 'H.263+ video (the 1998 version)',
    ref: 'RFC 4629',
    clockRate: 90000,
  },
  'h263-2000': {
    name: 'H263-2000',
    kind: 'video',
    role: 'media',
    description: 'H.263++ video (the 2000 version)',
    ref: 'RFC 4629',
    clockRate: 90000,
  },
  h261: {
    name: 'H261',
    kind: 'video',
    role: 'media',
    description: 'H.261 video, static payload type 31',
    ref: 'RFC 4587',
    clockRate: 90000,
  },
  raw: {
    name: 'raw',
    kind: 'video',
    role: 'media',
    description: 'uncompressed video (SMPTE ST 2110-20)',
    ref: 'RFC 4175',
    clockRate: 90000,
  },
};

/** The codec entry for an encoding name, case-insensitively. */
export function codecInfo(name: string): CodecInfo | undefined {
  return lookup(codecs, name.toLowerCase());
}
