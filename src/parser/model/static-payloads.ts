/**
 * Static RTP payload types (RFC 3551 §6, tables 4 and 5): a format on the
 * m= line with no a=rtpmap still names a codec when it is one of these.
 */
export const staticPayloadTypes: Readonly<Record<number, { name: string; clockRate: number; channels?: number }>> = {
  0: { name: 'PCMU', clockRate: 8000, channels: 1 },
  3: { name: 'GSM', clockRate: 8000, channels: 1 },
  4: { name: 'G723', clockRate: 8000, channels: 1 },
  5: { name: 'DVI4', clockRate: 8000, channels: 1 },
  6: { name: 'DVI4', clockRate: 16000, channels: 1 },
  7: { name: 'LPC', clockRate: 8000, channels: 1 },
  8: { name: 'PCMA', clockRate: 8000, channels: 1 },
  9: { name: 'G722', clockRate: 8000, channels: 1 },
  10: { name: 'L16', clockRate: 44100, channels: 2 },
  11: { name: 'L16', clockRate: 44100, channels: 1 },
  12: { name: 'QCELP', clockRate: 8000, channels: 1 },
  13: { name: 'CN', clockRate: 8000, channels: 1 },
  14: { name: 'MPA', clockRate: 90000 },
  15: { name: 'G728', clockRate: 8000, channels: 1 },
  16: { name: 'DVI4', clockRate: 11025, channels: 1 },
  17: { name: 'DVI4', clockRate: 22050, channels: 1 },
  18: { name: 'G729', clockRate: 8000, channels: 1 },
  25: { name: 'CelB', clockRate: 90000 },
  26: { name: 'JPEG', clockRate: 90000 },
  28: { name: 'nv', clockRate: 90000 },
  31: { name: 'H261', clockRate: 90000 },
  32: { name: 'MPV', clockRate: 90000 },
  33: { name: 'MP2T', clockRate: 90000 },
  34: { name: 'H263', clockRate: 90000 },
};

/*
 * Payload type ranges, one copy for lint and explain: RFC 3551 §6 gives
 * 96–127 as dynamic (35–63 unassigned, used once those run out) and reserves
 * 1, 2 and 19; RFC 5761 §4: under rtcp-mux, 64–95 would read as RTCP packet
 * types 192–223, so they must not be used.
 */
export const DYNAMIC_PAYLOAD_TYPE_MIN = 96;
export const UNASSIGNED_PAYLOAD_TYPE_MIN = 35;
export const RTCP_CONFLICT_MIN = 64;
export const RTCP_CONFLICT_MAX = 95;
export const RESERVED_PAYLOAD_TYPES: readonly number[] = [1, 2, 19];

/** Whether a payload type would collide with RTCP packet types under rtcp-mux (RFC 5761 §4). */
export function isRtcpConflictPayloadType(pt: number): boolean {
  return pt >= RTCP_CONFLICT_MIN && pt <= RTCP_CONFLICT_MAX;
}
