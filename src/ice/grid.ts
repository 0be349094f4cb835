/**
 * The check list as a local × remote grid: one row per local candidate, one
 * column per remote candidate, one cell per (local, remote) couple saying
 * what RFC 8445 §6.1.2 made of it: a pair in the list (its state, priority and
 * rank), a pair pruned (and why), or no pair at all (and why not, from
 * `canPair`). With what a browser dump says really happened, each listed pair
 * also carries its actual state, and the selected pair is marked.
 *
 * Plain data for the faces, pure, never throws. Its inputs are structural so
 * that a transport's check list (`exchangeCheckLists`) and a dump's outcome
 * (`dumpIce(...).actual.transports[i]`) fit as they are.
 *
 * Cost: the axes are capped (`maxRows`, `maxColumns`), so a description with
 * 10,000 candidates gives at most maxRows × maxColumns cells; candidates with
 * a pair in the list are placed first, and the rest are counted.
 */
import type { Candidate } from '../parser/model/attributes/candidate.js';
import { canPair, type CheckList, type FormedPair, type PairState, type PruneReason } from './check-list.js';

/** A candidate with where it was written: `CandidateAt` of the diff module fits. */
export interface GridCandidateInput {
  candidate: Candidate;
  /** 1-based line of its a=candidate in the description. */
  line?: number;
  /** Index into a dump's trickled candidates, when it did not come from the description. */
  trickled?: number;
}

/** One transport's check list with its candidates: `TransportCheckList` fits. */
export interface GridListInput {
  localCandidates: readonly GridCandidateInput[];
  remoteCandidates: readonly GridCandidateInput[];
  checkList: CheckList;
}

/** One end of a getStats candidate pair, as far as the grid needs it (`CandidateStats` fits). */
export interface GridStatsCandidate {
  candidateType?: string;
  address?: string;
  port?: number;
  protocol?: string;
}

/** What getStats said of a pair (`ActualPair` of the dump module fits). */
export interface GridActualPair {
  stats: { id: string; state?: string; nominated?: boolean };
  local?: GridStatsCandidate;
  remote?: GridStatsCandidate;
}

/** What really happened on this transport (`TransportOutcome` of the dump module fits). */
export interface GridActualInput {
  /** Per listed pair, in the list's order. */
  pairs: readonly (GridActualPair | undefined)[];
  selected?: GridActualPair & { predictedIndex?: number };
  unpredicted?: readonly unknown[];
}

export interface GridOptions {
  /** Most local candidates drawn (default 24); the rest are counted in `more.rows`. */
  maxRows?: number;
  /** Most remote candidates drawn (default 24); the rest are counted in `more.columns`. */
  maxColumns?: number;
}

export const DEFAULT_GRID_AXIS = 24;

/** One candidate on an axis. */
export interface GridAxisEntry {
  /** Position in the list's localCandidates (rows) or remoteCandidates (columns). */
  index: number;
  candidate: Candidate;
  line?: number;
  trickled?: number;
  type: string;
  /** `udp`, or `tcp active`. */
  protocol: string;
  /** The address as written, IPv6 in brackets: `[2001:db8::1]:5000`. */
  endpoint: string;
  component: number;
  priority: number;
  /** How many of the list's pairs use this candidate. */
  pairs: number;
  /** A local reflexive candidate whose pairs are checked from its base (RFC 8445 §6.1.2.4): the base's endpoint. */
  base?: string;
  /** e.g. "srflx 203.0.113.7:51372 udp, component 1, priority 1686052607". */
  label: string;
}

/**
 * - `pair`: in the check list;
 * - `pruned`: formed, then removed (RFC 8445 §6.1.2.4 redundant, §6.1.2.5 limit, or a reflexive candidate without a base);
 * - `impossible`: the two cannot form a pair (component, transport, TCP type or address family, §6.1.2.2);
 * - `skipped`: they could pair, but a candidate was left out of the list (an invalid priority or component).
 */
export type GridCellKind = 'pair' | 'pruned' | 'impossible' | 'skipped';

export interface GridActual {
  /** getStats `state` (W3C webrtc-stats RTCStatsIceCandidatePairState), or `never checked` when the pair is not in the stats. */
  state: string;
  nominated: boolean;
}

export interface GridCell {
  /** Positions in `rows` and `columns`. */
  row: number;
  column: number;
  kind: GridCellKind;
  /** The predicted initial state (RFC 8445 §6.1.2.6), for `pair`. */
  state?: PairState;
  /** RFC 8445 §6.1.2.3, for `pair` and `pruned`. */
  priority?: bigint;
  /** 1-based position in the check list, for `pair`. */
  rank?: number;
  /** e.g. "3rd of 12". */
  rankText?: string;
  /** For `pruned`, when the list names the pair (the first `prunedSample` pruned pairs). */
  reason?: PruneReason;
  /** Why it is pruned, impossible or skipped, in words. */
  why?: string;
  /** The pair the controlling agent would nominate first (see {@link checkListGrid}). */
  firstNominated: boolean;
  /** What getStats says, when a dump is given and the pair is listed. */
  actual?: GridActual;
  /** The pair the transport actually selected. */
  selected: boolean;
  /** The cell in one sentence, for a tooltip and a screen reader. */
  text: string;
}

export interface GridMark {
  row: number;
  column: number;
  text: string;
}

export interface CheckListGrid {
  rows: GridAxisEntry[];
  columns: GridAxisEntry[];
  /** rows × columns. */
  cells: GridCell[][];
  /** Candidates not drawn. */
  more: { rows: number; columns: number };
  /** Pairs in the list, and how many of them have a cell drawn. */
  pairs: number;
  shownPairs: number;
  counts: Record<GridCellKind, number>;
  /** The first-nominated pair's cell (absent when the list is empty). */
  firstNominated?: GridMark;
  /** The actually selected pair's cell, when a dump says so and it is a listed pair. */
  selected?: GridMark;
  /** The selected pair in words when it is not a listed pair (a peer-reflexive candidate, for instance). */
  selectedElsewhere?: string;
  /** A text alternative for the whole grid. */
  description: string;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** `192.168.1.4:5000`, `[2001:db8::1]:5000`. */
export function candidateEndpoint(c: Pick<Candidate, 'address' | 'port'>): string {
  return c.address.includes(':') ? `[${c.address}]:${c.port}` : `${c.address}:${c.port}`;
}

function protocolOf(c: Candidate): string {
  const t = c.transport.toLowerCase();
  return c.tcpType === undefined ? t : `${t} ${c.tcpType.toLowerCase()}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function axisCap(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : DEFAULT_GRID_AXIS;
}

/**
 * Which candidates of one side are drawn: those with a listed pair first (in
 * list order, so the first pairs are always drawn), then `extra` ones (the
 * selected pair's), then the others by priority; then all of them in
 * priority order, highest first, ties by position.
 */
function chooseAxis(all: readonly GridCandidateInput[], listed: readonly number[], extra: readonly number[], cap: number): number[] {
  const chosen = new Set<number>();
  for (const i of [...extra, ...listed]) {
    if (chosen.size >= cap) break;
    if (all[i] !== undefined) chosen.add(i);
  }
  if (chosen.size < cap && chosen.size < all.length) {
    const rest = all.map((_, i) => i).filter((i) => !chosen.has(i));
    rest.sort((a, b) => all[b]!.candidate.priority - all[a]!.candidate.priority || a - b);
    for (const i of rest) {
      if (chosen.size >= cap) break;
      chosen.add(i);
    }
  }
  return [...chosen].sort((a, b) => all[b]!.candidate.priority - all[a]!.candidate.priority || a - b);
}

/** A getStats candidate's transport address: `192.0.2.1:5000`, `[2001:db8::1]:5000`, `(hidden):5000` when the browser hid it. */
export function statsAddressText(c: GridStatsCandidate | undefined): string {
  if (c === undefined) return '?';
  const address = c.address === undefined || c.address === '' ? '(hidden)' : c.address.includes(':') ? `[${c.address}]` : c.address;
  return `${address}:${c.port ?? '?'}`;
}

function statsEnd(c: GridStatsCandidate | undefined): string {
  return `${c?.candidateType ?? '?'} ${statsAddressText(c)}`;
}

/**
 * The grid of one transport's check list, with what a dump says really
 * happened when `actual` is given.
 *
 * The first-nominated pair is the first pair of the list, the one with the
 * highest priority: the controlling agent nominates with regular nomination
 * (RFC 8445 §8.1.1: it lets checks run, then repeats a check on a valid pair
 * with USE-CANDIDATE), checks are sent in priority order (§6.1.4.2: each tick
 * takes the highest-priority Waiting pair), and §8.1.1 has the controlling
 * agent prefer the highest-priority valid pair. So when every check succeeds,
 * the pair nominated first is the list's highest-priority one. (Each component
 * is nominated on its own; with rtcp-mux there is only component 1.) A real
 * network changes this: a failed check, a late candidate, a peer-reflexive
 * one, which is why a dump's selected pair is drawn beside it.
 */
export function checkListGrid(list: GridListInput, actual?: GridActualInput, options: GridOptions = {}): CheckListGrid {
  const { checkList: cl } = list;
  const maxRows = axisCap(options.maxRows);
  const maxColumns = axisCap(options.maxColumns);

  const listed = new Map<string, { pair: FormedPair; rank: number; state: PairState }>();
  const localPairs = new Map<number, number>();
  const remotePairs = new Map<number, number>();
  const localBase = new Map<number, string>();
  cl.pairs.forEach((p, i) => {
    listed.set(`${p.localIndex}:${p.remoteIndex}`, { pair: p, rank: i + 1, state: p.state });
    localPairs.set(p.localIndex, (localPairs.get(p.localIndex) ?? 0) + 1);
    remotePairs.set(p.remoteIndex, (remotePairs.get(p.remoteIndex) ?? 0) + 1);
  });
  const pruned = new Map<string, (typeof cl.pruned)[number]>();
  for (const p of cl.pruned) pruned.set(`${p.localIndex}:${p.remoteIndex}`, p);
  for (const p of [...cl.pairs, ...cl.pruned]) if (p.replaced !== undefined) localBase.set(p.localIndex, candidateEndpoint(p.local));
  const prunedComplete = cl.pruned.length >= cl.prunedCount.total;

  const selectedIndex = actual?.selected?.predictedIndex;
  const selectedPair = selectedIndex === undefined ? undefined : cl.pairs[selectedIndex];
  const first = cl.pairs[0];
  const rowIdx = chooseAxis(
    list.localCandidates,
    cl.pairs.map((p) => p.localIndex),
    selectedPair === undefined ? [] : [selectedPair.localIndex],
    maxRows,
  );
  const colIdx = chooseAxis(
    list.remoteCandidates,
    cl.pairs.map((p) => p.remoteIndex),
    selectedPair === undefined ? [] : [selectedPair.remoteIndex],
    maxColumns,
  );

  const axisEntry = (input: GridCandidateInput, index: number, pairs: number, base: string | undefined): GridAxisEntry => {
    const c = input.candidate;
    const entry: GridAxisEntry = {
      index,
      candidate: c,
      type: c.type,
      protocol: protocolOf(c),
      endpoint: candidateEndpoint(c),
      component: c.component,
      priority: c.priority,
      pairs,
      label: `${c.type} ${candidateEndpoint(c)} ${protocolOf(c)}, component ${c.component}, priority ${c.priority}${base === undefined ? '' : `, checked from its base ${base}`}`,
    };
    if (input.line !== undefined) entry.line = input.line;
    if (input.trickled !== undefined) entry.trickled = input.trickled;
    if (base !== undefined) entry.base = base;
    return entry;
  };
  const rows = rowIdx.map((i) => axisEntry(list.localCandidates[i]!, i, localPairs.get(i) ?? 0, localBase.get(i)));
  const columns = colIdx.map((i) => axisEntry(list.remoteCandidates[i]!, i, remotePairs.get(i) ?? 0, undefined));

  const counts: Record<GridCellKind, number> = { pair: 0, pruned: 0, impossible: 0, skipped: 0 };
  let shownPairs = 0;
  let firstNominated: GridMark | undefined;
  let selected: GridMark | undefined;
  const total = cl.pairs.length;
  const cells = rows.map((r, ri) =>
    columns.map((c, ci): GridCell => {
      const key = `${r.index}:${c.index}`;
      const head = `${r.type} ${r.endpoint} → ${c.type} ${c.endpoint}`;
      const inList = listed.get(key);
      if (inList !== undefined) {
        shownPairs++;
        counts.pair++;
        const rankText = `${ordinal(inList.rank)} of ${total}`;
        const isFirst = inList.pair === first;
        const a = actual?.pairs[inList.rank - 1];
        const isSelected = selectedPair !== undefined && inList.pair === selectedPair;
        const cell: GridCell = {
          row: ri,
          column: ci,
          kind: 'pair',
          state: inList.state,
          priority: inList.pair.priority,
          rank: inList.rank,
          rankText,
          firstNominated: isFirst,
          selected: isSelected,
          text: '',
        };
        const parts = [`${head}: ${inList.state}, pair priority ${inList.pair.priority}, ${rankText} in the check list`];
        if (inList.pair.replaced !== undefined) parts.push(`checks sent from the base ${candidateEndpoint(inList.pair.local)}`);
        if (isFirst) parts.push('nominated first when every check succeeds (highest priority)');
        if (actual !== undefined) {
          cell.actual = { state: a === undefined ? 'never checked' : (a.stats.state ?? 'no state'), nominated: a?.stats.nominated === true };
          parts.push(`actually ${cell.actual.state}${cell.actual.nominated ? ', nominated' : ''}`);
        }
        if (isSelected) parts.push('the selected pair');
        cell.text = parts.join('; ');
        if (isFirst) firstNominated = { row: ri, column: ci, text: cell.text };
        if (isSelected) selected = { row: ri, column: ci, text: cell.text };
        return cell;
      }
      const p = pruned.get(key);
      if (p !== undefined) {
        counts.pruned++;
        return { row: ri, column: ci, kind: 'pruned', priority: p.priority, reason: p.reason, why: p.message, firstNominated: false, selected: false, text: `${head}: pruned (${p.reason}): ${p.message}` };
      }
      const can = canPair(r.candidate, c.candidate);
      if (!can.ok) {
        counts.impossible++;
        const why = can.reason ?? 'they cannot pair';
        return { row: ri, column: ci, kind: 'impossible', why, firstNominated: false, selected: false, text: `${head}: no pair, ${why}${why.includes('RFC') ? '' : ' (RFC 8445 §6.1.2.2)'}` };
      }
      if (!prunedComplete) {
        counts.pruned++;
        const why = `one of the ${cl.prunedCount.total - cl.pruned.length} pruned pairs the list counts but does not name`;
        return { row: ri, column: ci, kind: 'pruned', why, firstNominated: false, selected: false, text: `${head}: pruned, ${why}` };
      }
      counts.skipped++;
      const why = 'not formed: a candidate was left out of the check list (see its findings)';
      return { row: ri, column: ci, kind: 'skipped', why, firstNominated: false, selected: false, text: `${head}: ${why}` };
    }),
  );

  const grid: CheckListGrid = {
    rows,
    columns,
    cells,
    more: { rows: list.localCandidates.length - rows.length, columns: list.remoteCandidates.length - columns.length },
    pairs: total,
    shownPairs,
    counts,
    description: '',
  };
  if (firstNominated !== undefined) grid.firstNominated = firstNominated;
  if (selected !== undefined) grid.selected = selected;
  const sel = actual?.selected;
  if (sel !== undefined && selectedPair === undefined) grid.selectedElsewhere = `${statsEnd(sel.local)} → ${statsEnd(sel.remote)} (${sel.local?.protocol ?? '?'}), a pair the check list does not have`;

  const waiting = cl.pairs.filter((p) => p.state === 'Waiting').length;
  const sentences = [
    `Check list grid: ${plural(list.localCandidates.length, 'local candidate')} (rows) × ${plural(list.remoteCandidates.length, 'remote candidate')} (columns)${
      grid.more.rows + grid.more.columns > 0 ? `, ${rows.length} × ${columns.length} drawn` : ''
    }.`,
    `${plural(total, 'pair')} in the list (${waiting} Waiting, ${total - waiting} Frozen), ${plural(cl.prunedCount.total, 'pair')} pruned; drawn: ${counts.impossible} couples that cannot pair.`,
    first === undefined
      ? 'No pair to nominate.'
      : `Nominated first when every check succeeds: ${first.local.type} ${candidateEndpoint(first.local)} → ${first.remote.type} ${candidateEndpoint(first.remote)}, pair priority ${first.priority}.`,
  ];
  if (selectedPair !== undefined) {
    sentences.push(
      `Actually selected: ${selectedPair.local.type} ${candidateEndpoint(selectedPair.local)} → ${selectedPair.remote.type} ${candidateEndpoint(selectedPair.remote)}, ${ordinal(selectedIndex! + 1)} of ${total}.`,
    );
  } else if (grid.selectedElsewhere !== undefined) sentences.push(`Actually selected: ${grid.selectedElsewhere}.`);
  grid.description = sentences.join(' ');
  return grid;
}
