import type { Codec } from '../parser/model/media.js';
import { h264ProfilePattern, isLevel1b, parseProfileLevelId } from '../codecs/h264.js';

/*
 * What makes two rtpmap/fmtp entries "the same codec" for offer/answer.
 * RFC 3264 §6.1 lets the answer use another payload type number for an
 * offered codec, so identity is the encoding name (case-insensitive, RFC 4855
 * §3), the clock rate, the channel count (1 when absent, RFC 8866 §6.6) and
 * the fmtp parameters that select an incompatible variant of the codec:
 *
 * - H.264 (RFC 6184 §8.1): the profile part of profile-level-id (profile_idc
 *   and profile-iop, classified like libwebrtc's h264_profile_level_id.cc);
 *   the level may differ (§8.2.2, level-asymmetry-allowed). packetization-mode
 *   (default 0) must match.
 * - VP9 (RFC 9628, the VP9 payload format): profile-id, default 0.
 * - AV1 (the AV1 RTP payload specification, SDP parameters): profile, default 0.
 * - H.265 (RFC 7798 §7.1): profile-space (default 0) and profile-id (default 1).
 */

export type CodecRole = 'media' | 'rtx' | 'red' | 'fec' | 'cn' | 'dtmf';

export function codecRole(name: string): CodecRole {
  switch (name.toLowerCase()) {
    case 'rtx': return 'rtx';
    case 'red': return 'red';
    case 'ulpfec':
    case 'flexfec':
    case 'flexfec-03': return 'fec';
    case 'cn': return 'cn';
    case 'telephone-event': return 'dtmf';
    default: return 'media';
  }
}

/** The fmtp parameter `key` (names are case-insensitive, RFC 4855 §3). */
export function parameter(codec: Pick<Codec, 'parameters'>, key: string): string | undefined {
  const direct = codec.parameters[key];
  if (direct !== undefined) return direct;
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(codec.parameters)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** `name/clock[/channels]` as written in the rtpmap. */
export function codecLabel(codec: Codec): string {
  return `${codec.name}/${codec.clockRate}${codec.channels !== undefined ? `/${codec.channels}` : ''}`;
}

/** Name, clock rate and channel count: the part of the identity every codec has. */
export function baseKey(codec: Codec): string {
  return `${codec.name.toLowerCase()}/${codec.clockRate}/${codec.channels ?? 1}`;
}

export interface H264Profile {
  /** profile_idc and profile-iop as 4 lower-case hex digits, e.g. "42e0". */
  hex: string;
  /** The profile name when the pair is one of the known ones. */
  name?: string;
  /** level_idc as written (31 = 3.1); 9 stands for level 1b. */
  level: number;
}

/**
 * RFC 6184 §8.1: absent profile-level-id means Baseline level 1.0 (42000a).
 * (libwebrtc assumes Constrained Baseline 3.1 instead, for old peers.)
 */
export const DEFAULT_PROFILE_LEVEL_ID = '42000a';

export function h264Profile(codec: Pick<Codec, 'parameters'>): H264Profile {
  return h264ProfileOf(parameter(codec, 'profile-level-id'));
}

/** The profile and level of a profile-level-id value as written (absent: the RFC 6184 default). */
export function h264ProfileOf(profileLevelId: string | undefined): H264Profile {
  const raw = (profileLevelId ?? DEFAULT_PROFILE_LEVEL_ID).toLowerCase();
  const bytes = parseProfileLevelId(raw);
  if (bytes === undefined) return { hex: raw, level: 0 };
  // Level 1b written as level_idc 11 + constraint_set3 is stored as 9, the way the High profiles write it.
  const level = isLevel1b(bytes) ? 9 : bytes.levelIdc;
  const name = h264ProfilePattern(bytes.profileIdc, bytes.iop);
  const out: H264Profile = { hex: raw.slice(0, 4), level };
  if (name !== undefined) out.name = name;
  return out;
}

export function describeLevel(level: number): string {
  return level === 9 ? '1b' : `${Math.floor(level / 10)}.${level % 10}`;
}

export function profileWords(p: H264Profile): string {
  return p.name !== undefined ? `${p.name} (${p.hex})` : `profile ${p.hex}`;
}

/** The identifying fmtp parameters, as key/value pairs with defaults filled in. */
export interface Variant {
  /** Machine key, e.g. "profile=Constrained Baseline;packetization-mode=1". */
  key: string;
  /** Words, e.g. "Constrained Baseline (42e0), packetization-mode 1". */
  words: string;
  /** The parts, for explaining a mismatch part by part: `key` compares, `value` is shown. */
  parts: { name: string; key: string; value: string }[];
}

export function codecVariant(codec: Codec): Variant | undefined {
  const name = codec.name.toLowerCase();
  let parts: { name: string; key: string; value: string }[];
  switch (name) {
    case 'h264': {
      const p = h264Profile(codec);
      parts = [
        { name: 'profile', key: p.name ?? p.hex, value: profileWords(p) },
        { name: 'packetization-mode', key: parameter(codec, 'packetization-mode') ?? '0', value: parameter(codec, 'packetization-mode') ?? '0' },
      ];
      break;
    }
    case 'vp9':
      parts = [{ name: 'profile-id', key: parameter(codec, 'profile-id') ?? '0', value: parameter(codec, 'profile-id') ?? '0' }];
      break;
    case 'av1':
      parts = [{ name: 'profile', key: parameter(codec, 'profile') ?? '0', value: parameter(codec, 'profile') ?? '0' }];
      break;
    case 'h265':
    case 'hevc':
      parts = [
        { name: 'profile-space', key: parameter(codec, 'profile-space') ?? '0', value: parameter(codec, 'profile-space') ?? '0' },
        { name: 'profile-id', key: parameter(codec, 'profile-id') ?? '1', value: parameter(codec, 'profile-id') ?? '1' },
      ];
      break;
    default:
      return undefined;
  }
  return {
    key: parts.map((p) => `${p.name}=${p.key}`).join(';'),
    words: parts.map((p) => (p.name === 'profile' && name === 'h264' ? p.value : `${p.name} ${p.value}`)).join(', '),
    parts,
  };
}

/** The identity of a codec that is not rtx or audio red (those depend on the codecs they carry). */
export function identityKey(codec: Codec): string {
  const v = codecVariant(codec);
  return v === undefined ? baseKey(codec) : `${baseKey(codec)}|${v.key}`;
}

/** The payload types an audio red entry carries (RFC 2198 §5: fmtp `111/111`), or undefined. */
export function redPayloadTypes(codec: Pick<Codec, 'parameters'>): number[] | undefined {
  for (const key of Object.keys(codec.parameters)) {
    if (/^\d{1,3}(\/\d{1,3})*$/.test(key)) return key.split('/').map(Number);
  }
  return undefined;
}

/** The payload type an rtx entry repairs (RFC 4588 §8.6: fmtp `apt=`), or undefined. */
export function rtxPayloadType(codec: Pick<Codec, 'parameters'>): number | undefined {
  const apt = parameter(codec, 'apt');
  if (apt === undefined || !/^\d{1,3}$/.test(apt)) return undefined;
  return Number(apt);
}
