/**
 * H.264 knowledge shared by the diff (codec identity) and the explanations:
 * one table, so both name a profile the same way.
 */

/*
 * H.264 profiles from profile_idc and profile-iop (RFC 6184 §8.1; H.264 Annex A).
 * Patterns as in libwebrtc's h264_profile_level_id.cc, first match wins:
 * each character is one constraint_set flag from set0 (left) to set5, then two
 * reserved zero bits; `x` matches either value.
 */
export const H264_PROFILE_PATTERNS: readonly { readonly profileIdc: number; readonly iop: string; readonly profile: string }[] = [
  { profileIdc: 0x42, iop: 'x1xx0000', profile: 'Constrained Baseline' },
  { profileIdc: 0x4d, iop: '1xxx0000', profile: 'Constrained Baseline' },
  { profileIdc: 0x58, iop: '11xx0000', profile: 'Constrained Baseline' },
  { profileIdc: 0x42, iop: 'x0xx0000', profile: 'Baseline' },
  { profileIdc: 0x58, iop: '10xx0000', profile: 'Baseline' },
  { profileIdc: 0x4d, iop: '0x0x0000', profile: 'Main' },
  { profileIdc: 0x64, iop: '00000000', profile: 'High' },
  { profileIdc: 0x64, iop: '00001100', profile: 'Constrained High' },
  // H.264 A.2.4.1: High with constraint_set4_flag (frame_mbs_only) is Progressive High.
  { profileIdc: 0x64, iop: '00001000', profile: 'Progressive High' },
  { profileIdc: 0xf4, iop: 'x0000000', profile: 'High 4:4:4 Predictive' },
];

/** Whether `value`'s 8 bits match a pattern of '0', '1' and 'x' (most significant bit first). */
function matchesPattern(pattern: string, value: number): boolean {
  for (let i = 0; i < 8; i++) {
    const c = pattern[i];
    const bit = (value >> (7 - i)) & 1;
    if ((c === '1' && bit !== 1) || (c === '0' && bit !== 0)) return false;
  }
  return true;
}

/** The profile named by libwebrtc's patterns for this profile_idc and profile-iop, or undefined. */
export function h264ProfilePattern(profileIdc: number, iop: number): string | undefined {
  return H264_PROFILE_PATTERNS.find((p) => p.profileIdc === profileIdc && matchesPattern(p.iop, iop))?.profile;
}

/** The three bytes of an H.264 profile-level-id (RFC 6184 §8.1). */
export interface ProfileLevelId {
  readonly profileIdc: number;
  /** profile-iop: constraint_set0_flag is the most significant bit. */
  readonly iop: number;
  readonly levelIdc: number;
}

/** Splits a profile-level-id (6 hex digits, any case) into its bytes; undefined for anything else. */
export function parseProfileLevelId(text: string): ProfileLevelId | undefined {
  if (!/^[0-9A-Fa-f]{6}$/.test(text)) return undefined;
  const n = Number.parseInt(text, 16);
  return { profileIdc: n >> 16, iop: (n >> 8) & 0xff, levelIdc: n & 0xff };
}

/** constraint_set3_flag: the fourth bit of profile-iop from the left. */
const CONSTRAINT_SET3 = 0x10;

/** Baseline (66), Main (77) and Extended (88): the profiles where level_idc 11 with constraint_set3 means level 1b. */
const LEVEL_1B_BY_SET3: ReadonlySet<number> = new Set([0x42, 0x4d, 0x58]);

/**
 * Whether these bytes say level 1b (H.264 A.3.1, RFC 6184 §8.1): level_idc 11
 * with constraint_set3_flag in Baseline, Main or Extended. (In the High
 * profiles level 1b is written as level_idc 9 instead.)
 */
export function isLevel1b({ profileIdc, iop, levelIdc }: ProfileLevelId): boolean {
  return levelIdc === 11 && (iop & CONSTRAINT_SET3) !== 0 && LEVEL_1B_BY_SET3.has(profileIdc);
}
