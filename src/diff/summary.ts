import { sectionLabel } from '../parser/model/section-name.js';
import type { SectionBundle } from './bundle.js';
import type { CodecsDiff } from './codecs.js';
import { describeSize, type DataChannelDiff } from './datachannel.js';
import type { DirectionOutcome } from './direction.js';
import type { SimulcastDiff } from './simulcast.js';
import type { TransportDiff } from './transport.js';

/*
 * One line per section, for a list view or a log:
 *   "audio mid 0: sendrecv ↔ sendrecv, opus/48000/2 + 4 more accepted, 3 dropped, BUNDLE on mid 0, DTLS client: answerer"
 */

export type SectionStatus =
  /** Answered with a port (or bundled with port 0). */
  | 'accepted'
  /** The answerer set port 0 (RFC 3264 §6). */
  | 'rejected'
  /** The offer itself set port 0 without a=bundle-only (RFC 3264 §8.2). */
  | 'disabled'
  /** The answer has no section for it. */
  | 'missing';

export interface SummaryInput {
  index: number;
  kind: string;
  mid?: string;
  status: SectionStatus;
  direction?: DirectionOutcome;
  codecs?: CodecsDiff;
  bundle: SectionBundle;
  transport?: TransportDiff;
  simulcast?: SimulcastDiff;
  dataChannel?: DataChannelDiff;
}

/** `video mid 1`, or `audio #3` without a mid (sectionLabel, 1-based). */
export function sectionName(kind: string, mid: string | undefined, index: number): string {
  return sectionLabel({ kind, mid, index });
}

export function summarizeSection(s: SummaryInput): string {
  const head = sectionName(s.kind, s.mid, s.index);
  switch (s.status) {
    case 'rejected': return `${head}: rejected (port 0)`;
    case 'disabled': return `${head}: disabled in the offer (port 0)`;
    case 'missing': return `${head}: missing from the answer`;
    case 'accepted': break;
  }
  const parts: string[] = [];
  if (s.dataChannel !== undefined) {
    const p = s.dataChannel.sctpPort;
    parts.push(`data channel, sctp-port ${p.offer ?? '5000 (default)'} ↔ ${p.answer ?? '5000 (default)'}`);
    parts.push(`max-message-size ${describeSize(s.dataChannel.maxMessageSize.effective)}`);
  } else if (s.direction !== undefined) {
    parts.push(`${s.direction.offered} ↔ ${s.direction.answered}${s.direction.valid ? '' : ' (invalid)'}`);
  }
  if (s.codecs !== undefined) {
    const c = s.codecs;
    const first = c.accepted.find((x) => x.role === 'media') ?? c.accepted[0];
    if (first === undefined) parts.push('no common codec');
    else parts.push(`${first.offer.label}${c.accepted.length > 1 ? ` + ${c.accepted.length - 1} more` : ''} accepted`);
    if (c.dropped.length > 0) parts.push(`${c.dropped.length} dropped`);
    if (c.added.length > 0) parts.push(`${c.added.length} not offered`);
    if (c.remapped.length > 0) parts.push(`${c.remapped.length} payload type${c.remapped.length > 1 ? 's' : ''} remapped`);
  }
  if (s.simulcast !== undefined && s.simulcast.offer !== undefined) {
    const sc = s.simulcast;
    const paused = sc.paused.length > 0 ? `, paused ${sc.paused.join(',')}` : '';
    if (sc.declinedBy === 'no-rid-extension') parts.push('simulcast without the rtp-stream-id extension (Chromium rejects the answer)');
    else if (sc.declined) {
      const first = sc.rids.find((r) => r.direction === 'send' && r.accepted);
      parts.push(`simulcast declined${first !== undefined ? `: offerer sends only its first encoding ${first.rid}${first.outcome === 'paused' ? ' (paused)' : ''}` : ''}`);
    } else {
      const layers = [
        ...(sc.offererSends.length > 0 ? [`sends ${sc.offererSends.join(',')}`] : []),
        ...(sc.offererReceives.length > 0 ? [`receives ${sc.offererReceives.join(',')}`] : []),
      ];
      parts.push(`simulcast: offerer ${layers.length > 0 ? layers.join(', ') : 'uses no layer'}${paused}${sc.dropped.length > 0 ? ` (${sc.dropped.length} dropped)` : ''}`);
    }
  }
  if (s.bundle.bundled && s.bundle.tag !== undefined) parts.push(`BUNDLE on mid ${s.bundle.tag}`);
  else if (s.bundle.removed) parts.push('moved out of BUNDLE');
  const dtls = s.transport?.dtls;
  if (dtls !== undefined) {
    if (dtls.client !== undefined) parts.push(`DTLS client: ${dtls.client}`);
    else if (dtls.holdconn) parts.push('DTLS on hold');
    else parts.push('DTLS roles invalid');
  }
  return `${head}: ${parts.join(', ')}`;
}
