import type { ExtractedPeerConnection, ExtractResult, PcEvent, PcEventKind } from '../../index.js';
import type { Tone } from '../color.js';
import { plural, row, table, type Row } from './rows.js';

/*
 * A peer connection of a dump as a timeline: what its log holds, counted
 * (negotiations, rollbacks, refused calls, ICE restarts, trickled
 * candidates), and every event in order with its time, kind and negotiation,
 * all as extractDescriptions returned them in `peerConnections[].events`.
 */

export type { PcEvent };

export interface TimelineCounts {
  events: number;
  negotiations: number;
  rollbacks: number;
  /** Calls the browser refused: set-failed, create-failed, candidate-failed. */
  failed: number;
  iceRestarts: number;
  /** Candidates given outside the descriptions (end-of-candidates not counted). */
  trickled: number;
}

const FAILED: ReadonlySet<PcEventKind> = new Set(['set-failed', 'create-failed', 'candidate-failed']);

export function timelineCounts(pc: ExtractedPeerConnection): TimelineCounts {
  const count = (kinds: (k: PcEventKind) => boolean): number => pc.events.filter((e) => kinds(e.kind)).length;
  return {
    events: pc.events.length,
    negotiations: pc.negotiations.length,
    rollbacks: count((k) => k === 'rollback'),
    failed: count((k) => FAILED.has(k)),
    iceRestarts: count((k) => k === 'ice-restart'),
    trickled: pc.candidates.filter((c) => !c.endOfCandidates).length,
  };
}

/** "63 events: 4 negotiations, 0 rollbacks, 1 failed call, 1 ICE restart, 8 trickled candidates". */
export function timelineSummary(counts: TimelineCounts): string {
  return `${plural(counts.events, 'event')}: ${[
    plural(counts.negotiations, 'negotiation'),
    plural(counts.rollbacks, 'rollback'),
    plural(counts.failed, 'failed call'),
    plural(counts.iceRestarts, 'ICE restart'),
    plural(counts.trickled, 'trickled candidate'),
  ].join(', ')}`;
}

const KIND_TEXT: Record<PcEventKind, string> = {
  description: 'description',
  rollback: 'rollback',
  'set-failed': 'FAILED',
  'create-failed': 'FAILED',
  candidate: 'candidate',
  'end-of-candidates': 'end of candidates',
  'candidate-failed': 'FAILED',
  state: 'state',
  'ice-restart': 'ICE restart',
  other: 'other',
};

function toneOf(e: PcEvent): Tone | undefined {
  if (FAILED.has(e.kind)) return 'error';
  if (e.kind === 'rollback') return 'warning';
  if (e.kind === 'ice-restart') return 'accent';
  if (e.kind === 'state') return e.state?.value === 'failed' || e.state?.value === 'disconnected' ? 'warning' : 'dim';
  if (e.kind === 'candidate' || e.kind === 'end-of-candidates' || e.kind === 'other') return 'dim';
  return undefined;
}

/** The time of day (UTC, to the millisecond) when the dump gave milliseconds since 1970, else its own timestamp. */
export function eventTime(e: { time?: number; timestamp?: string }): string {
  if (e.time !== undefined && Number.isFinite(e.time)) {
    const d = new Date(e.time);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(11, 23);
  }
  return e.timestamp ?? '';
}

/** Whether Enter on the event opens a description: one that carries an offer or answer (a rollback carries none). */
export function opensDescription(result: ExtractResult, e: PcEvent): boolean {
  if (e.description === undefined || e.kind === 'rollback') return false;
  const d = result.descriptions[e.description];
  return d !== undefined && d.type !== 'rollback' && d.sdp !== '';
}

function eventText(result: ExtractResult, e: PcEvent): string {
  const d = e.description === undefined ? undefined : result.descriptions[e.description];
  if (e.kind !== 'description' || d === undefined) return e.text;
  return `${e.text}  #${d.number}${d.munged === undefined ? '' : '  munged'}${d.failed === undefined ? '' : '  refused'}`;
}

export interface Timeline {
  /** The column heads, aligned with the rows. */
  header: string;
  rows: Row[];
  /** The event of each row (rows[i] is events[i]). */
  events: PcEvent[];
}

/** The events of a peer connection as one table; `keep` leaves some out (e.g. `other`). */
export function timelineTable(result: ExtractResult, pc: ExtractedPeerConnection, keep: (e: PcEvent) => boolean = () => true): Timeline {
  const events = pc.events.filter(keep);
  const cells = [['time', 'neg', 'kind', 'what'], ...events.map((e) => [eventTime(e), e.negotiation === undefined ? '' : String(e.negotiation), KIND_TEXT[e.kind], eventText(result, e)])];
  const texts = table(cells);
  return { header: texts[0]!, rows: events.map((e, i) => row(texts[i + 1]!, toneOf(e))), events };
}

/** The focused event in full, for a side panel. */
export function eventDetailRows(result: ExtractResult, pc: ExtractedPeerConnection, e: PcEvent): Row[] {
  const rows: Row[] = [row(`event ${e.index + 1} of ${pc.events.length}: ${e.event}`, 'heading')];
  const time = [e.timestamp, e.time === undefined ? undefined : eventTime(e)].filter((t): t is string => t !== undefined && t !== '');
  if (time.length > 0) rows.push(row(time[0]!, 'dim'));
  rows.push(row(e.text, toneOf(e) === 'dim' ? undefined : toneOf(e)));
  if (e.error !== undefined) rows.push(row(''), row('the browser said', 'heading'), row(e.error, 'error'));
  const n = e.negotiation === undefined ? undefined : pc.negotiations.find((x) => x.number === e.negotiation);
  if (n !== undefined) rows.push(row(''), row(n.label, 'dim'));
  if (e.side !== undefined) rows.push(row(`side: ${e.side}`, 'dim'));
  if (e.state !== undefined) rows.push(row(`${e.state.machine}: ${e.state.value}`, 'dim'));
  const c = e.candidate === undefined ? undefined : pc.candidates[e.candidate];
  if (c !== undefined && !c.endOfCandidates) {
    rows.push(row(''), row(c.candidate));
    const where = [c.sdpMid === undefined ? undefined : `mid ${c.sdpMid}`, c.sdpMLineIndex === undefined ? undefined : `m-line ${c.sdpMLineIndex}`, c.usernameFragment === undefined ? undefined : `ufrag ${c.usernameFragment}`];
    const said = where.filter((x): x is string => x !== undefined);
    if (said.length > 0) rows.push(row(said.join(', '), 'dim'));
    if (c.failed !== undefined) rows.push(row(`refused: ${c.failed}`, 'error'));
  }
  const d = e.description === undefined ? undefined : result.descriptions[e.description];
  if (d !== undefined) {
    rows.push(row(''), row(`#${d.number} ${d.label}`));
    if (d.failed !== undefined) rows.push(row(`refused: ${d.failed}`, 'error'));
    if (d.munged !== undefined) rows.push(row(`munged: ${d.munged.summary}`, 'warning'));
    if (opensDescription(result, e)) rows.push(row(''), row(`Enter: open #${d.number}`, 'dim'));
  }
  return rows;
}
