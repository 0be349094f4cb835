/**
 * How the page lays out a dump's timeline: which events become one mark
 * (a run of trickled candidates is one), on which row of its peer
 * connection's lane, and where along the time axis. Every event, its words
 * and its time are the library's (ExtractedPeerConnection.events); this is
 * presentation only.
 */
import type { ExtractedPeerConnection, ExtractResult, PcEvent, PcEventKind } from '../index.js';

export type Row = 'signalling' | 'candidates' | 'states';
export const ROWS: readonly Row[] = ['signalling', 'candidates', 'states'];
export const ROW_NAMES: Readonly<Record<Row, string>> = { signalling: 'offers and answers', candidates: 'candidates', states: 'states' };

export function rowOf(kind: PcEventKind): Row {
  switch (kind) {
    case 'description':
    case 'rollback':
    case 'set-failed':
    case 'create-failed':
    case 'ice-restart':
      return 'signalling';
    case 'candidate':
    case 'end-of-candidates':
    case 'candidate-failed':
      return 'candidates';
    case 'state':
    case 'other':
      return 'states';
  }
}

export interface Mark {
  /** Unique on the page: `<pc id>:<first event index>`. */
  key: string;
  pc: number;
  kind: PcEventKind;
  row: Row;
  /** One event, or a run of trickled candidates of one side. */
  events: PcEvent[];
  time?: number;
  /** Pixels from the start of the axis. */
  x: number;
}

export interface Lane {
  pc: ExtractedPeerConnection;
  marks: Mark[];
  /** Events not drawn as marks (`other`, unless shown). */
  hidden: number;
}

export interface Tick {
  x: number;
  /** Milliseconds since the first event. */
  offset: number;
  /** The quiet time before it, when it was shortened on the axis. */
  gap?: number;
}

export interface Timeline {
  lanes: Lane[];
  width: number;
  /** The time of the first event (milliseconds since 1970), when the dump gives times. */
  start?: number;
  /** Placed by time; false: by order (the dump gives no times). */
  timed: boolean;
  ticks: Tick[];
}

/** Width of one mark; marks of a row are never closer. */
export const MARK = 22;
/** The widest gap a quiet stretch takes on the axis. */
const MAX_GAP = 70;
/** A pause longer than this starts a new burst (a tick on the axis). */
const BURST_MS = 250;

/** Pixels for a pause of `ms`: grows with its logarithm, so a burst of events stays readable next to seconds of quiet. */
function gapWidth(ms: number): number {
  if (ms <= 0) return 0;
  return Math.min(MAX_GAP, 6 * Math.log10(1 + ms));
}

/** Consecutive candidate events of one side and negotiation (other kinds in between do not break a run) become one mark. */
function marksOf(pc: ExtractedPeerConnection, pcIndex: number, showOther: boolean): { marks: Omit<Mark, 'x'>[]; hidden: number } {
  const marks: Omit<Mark, 'x'>[] = [];
  const open = new Map<string, Omit<Mark, 'x'>>();
  let hidden = 0;
  for (const e of pc.events) {
    if (e.kind === 'other' && !showOther) {
      hidden++;
      continue;
    }
    if (e.kind === 'candidate') {
      const runKey = `${e.side ?? ''}:${e.negotiation ?? ''}`;
      const run = open.get(runKey);
      if (run !== undefined) {
        run.events.push(e);
        continue;
      }
      const m: Omit<Mark, 'x'> = { key: `${pc.id}:${e.index}`, pc: pcIndex, kind: e.kind, row: 'candidates', events: [e], ...(e.time !== undefined ? { time: e.time } : {}) };
      open.set(runKey, m);
      marks.push(m);
      continue;
    }
    // Signalling closes the runs: candidates after it are another burst.
    if (rowOf(e.kind) === 'signalling') open.clear();
    marks.push({ key: `${pc.id}:${e.index}`, pc: pcIndex, kind: e.kind, row: rowOf(e.kind), events: [e], ...(e.time !== undefined ? { time: e.time } : {}) });
  }
  return { marks, hidden };
}

/**
 * Lanes of every peer connection of a dump on one axis. With times, marks
 * follow time (pauses shortened, never reordered); otherwise each lane
 * follows the order of its log.
 */
export function layoutTimeline(result: ExtractResult, showOther = false): Timeline {
  const pcs = result.peerConnections ?? [];
  const perPc = pcs.map((pc, i) => marksOf(pc, i, showOther));
  const all = perPc.flatMap((p) => p.marks);
  const timed = all.length > 0 && all.every((m) => m.time !== undefined);
  const placed = new Map<Omit<Mark, 'x'>, number>();
  const ticks: Tick[] = [];
  let width = 0;
  let start: number | undefined;
  if (timed) {
    // Stable: marks with the same time keep their log order.
    const order = all.map((m, i) => ({ m, i })).sort((a, b) => a.m.time! - b.m.time! || a.i - b.i);
    start = order[0]?.m.time;
    const rowEnd = new Map<string, number>();
    let x = 0;
    let last: number | undefined;
    for (const { m } of order) {
      const dt = last === undefined ? 0 : m.time! - last;
      const row = `${m.pc}:${m.row}`;
      let at = x + gapWidth(dt);
      const end = rowEnd.get(row);
      if (end !== undefined) at = Math.max(at, end + MARK);
      if (last === undefined || dt > BURST_MS) ticks.push({ x: at, offset: m.time! - start!, ...(dt > BURST_MS ? { gap: dt } : {}) });
      placed.set(m, at);
      rowEnd.set(row, at);
      x = at;
      last = m.time!;
      width = Math.max(width, at + MARK);
    }
  } else {
    for (const p of perPc) {
      p.marks.forEach((m, i) => {
        placed.set(m, i * MARK);
        width = Math.max(width, (i + 1) * MARK);
      });
    }
  }
  const lanes: Lane[] = pcs.map((pc, i) => ({
    pc,
    hidden: perPc[i]!.hidden,
    marks: perPc[i]!.marks.map((m) => ({ ...m, x: Math.round(placed.get(m) ?? 0) })).sort((a, b) => a.x - b.x),
  }));
  const out: Timeline = { lanes, width: Math.ceil(width), timed, ticks };
  if (start !== undefined) out.start = start;
  return out;
}

/** "+1.604 s" from the first event. */
export function offsetText(ms: number): string {
  return `+${(ms / 1000).toFixed(3)} s`;
}

/** What a mark says, in words (its accessible name and tooltip). */
export function markText(m: Mark, start: number | undefined): string {
  const first = m.events[0]!;
  const when = first.time !== undefined && start !== undefined ? `, ${offsetText(first.time - start)}` : '';
  const n = first.negotiation !== undefined ? `, negotiation ${first.negotiation}` : '';
  if (m.kind === 'candidate' && m.events.length > 1) {
    const side = first.side === 'remote' ? 'remote (addIceCandidate)' : first.side === 'local' ? 'local (onicecandidate)' : '';
    return `${m.events.length} ${side} candidates${n}${when}`;
  }
  return `${first.text}${n}${when}`;
}
