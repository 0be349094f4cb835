import type { Media } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { findAttribute, lineNumber, setIfDefined } from './lines.js';

/*
 * Data channels over SCTP over DTLS (RFC 8841).
 * - §5.1: a=sctp-port, default 5000. Old stacks wrote the port in
 *   a=sctpmap (draft-ietf-mmusic-sctp-sdp-05) instead.
 * - §6.1: a=max-message-size is the largest message the endpoint that wrote
 *   it can RECEIVE; 0 means no limit, and when it is absent the peer assumes
 *   64 KB (65536). So the offerer may send up to the answer's value and the
 *   answerer up to the offer's; the effective limit both can use is the min.
 */

export const DEFAULT_MAX_MESSAGE_SIZE = 65536;
export const DEFAULT_SCTP_PORT = 5000;

export interface DataChannelDiff {
  sctpPort: { offer?: number; answer?: number; offerLine?: number; answerLine?: number };
  maxMessageSize: {
    offer?: number;
    answer?: number;
    offerLine?: number;
    answerLine?: number;
    /** Largest message the offerer may send (what the answerer can receive); null = no limit. */
    offererCanSend: number | null;
    /** Largest message the answerer may send (what the offerer can receive); null = no limit. */
    answererCanSend: number | null;
    /** The smaller of the two: a message size both directions accept; null = no limit. */
    effective: number | null;
  };
  /** A side used the pre-RFC a=sctpmap form. */
  legacySctpmap: { offer: boolean; answer: boolean };
}

/** A section carrying SCTP (data channels). */
export function isDataChannel(m: Media): boolean {
  return /SCTP/i.test(m.protocol);
}

/** The receive limit a description announces: absent → 64 KB, 0 → no limit. */
function receiveLimit(value: number | undefined): number | null {
  if (value === undefined) return DEFAULT_MAX_MESSAGE_SIZE;
  return value === 0 ? null : value;
}

export interface DataChannelContext {
  offerMedia: Media;
  answerMedia: Media;
  section: number;
  mid?: string | undefined;
  findings: DiffFinding[];
}

export function diffDataChannel(ctx: DataChannelContext): DataChannelDiff {
  const { offerMedia: om, answerMedia: am } = ctx;
  const oPort = om.sctpPort ?? om.sctpmap?.port;
  const aPort = am.sctpPort ?? am.sctpmap?.port;
  const sctpPort: DataChannelDiff['sctpPort'] = {};
  setIfDefined(sctpPort, 'offer', oPort);
  setIfDefined(sctpPort, 'answer', aPort);
  setIfDefined(sctpPort, 'offerLine', lineNumber(findAttribute(om.lines, 'sctp-port') ?? findAttribute(om.lines, 'sctpmap')));
  setIfDefined(sctpPort, 'answerLine', lineNumber(findAttribute(am.lines, 'sctp-port') ?? findAttribute(am.lines, 'sctpmap')));
  const where = { section: ctx.section, mid: ctx.mid };
  if (oPort === undefined) ctx.findings.push(diffFinding('sctp-port-missing', `the offer has no a=sctp-port: ${DEFAULT_SCTP_PORT} applies`, { side: 'offer', line: lineNumber(om.lines[0]), ...where }));
  if (aPort === undefined) ctx.findings.push(diffFinding('sctp-port-missing', `the answer has no a=sctp-port: ${DEFAULT_SCTP_PORT} applies`, { side: 'answer', line: lineNumber(am.lines[0]), ...where }));

  const offererCanSend = receiveLimit(am.maxMessageSize);
  const answererCanSend = receiveLimit(om.maxMessageSize);
  const effective = offererCanSend === null ? answererCanSend : answererCanSend === null ? offererCanSend : Math.min(offererCanSend, answererCanSend);
  const maxMessageSize: DataChannelDiff['maxMessageSize'] = { offererCanSend, answererCanSend, effective };
  setIfDefined(maxMessageSize, 'offer', om.maxMessageSize);
  setIfDefined(maxMessageSize, 'answer', am.maxMessageSize);
  setIfDefined(maxMessageSize, 'offerLine', lineNumber(findAttribute(om.lines, 'max-message-size')));
  setIfDefined(maxMessageSize, 'answerLine', lineNumber(findAttribute(am.lines, 'max-message-size')));
  return {
    sctpPort,
    maxMessageSize,
    legacySctpmap: { offer: om.sctpPort === undefined && om.sctpmap !== undefined, answer: am.sctpPort === undefined && am.sctpmap !== undefined },
  };
}

export function describeSize(bytes: number | null): string {
  if (bytes === null) return 'no limit';
  if (bytes % 1024 === 0 && bytes >= 1024) return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
