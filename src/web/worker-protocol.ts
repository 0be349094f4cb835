/**
 * The page's analysis runs in a module worker (worker.ts); this module is the
 * protocol between it and the page, and the worker's message handler, kept
 * free of Worker globals so a unit test drives it directly.
 *
 * - Every request carries an id. Analysis is latest-wins: a request that
 *   arrives while the worker is busy replaces any request still waiting, and the
 *   page drops replies whose id is not its newest, so typing never queues stale work.
 * - Results stream by view: `parsed` (each side's parse: the Lines view draws
 *   from it) comes before `analysis` (lint, the offer/answer diff and whatever
 *   else analyze() computes: the other views).
 * - Big arrays travel in chunks. A structured clone of a 1.3 MB SDP's whole
 *   analysis is ~12 MB and takes the receiving thread 100–300 ms to
 *   deserialise, in one task; split into `chunk` messages of CHUNK items each,
 *   every message costs a few ms and the page stays responsive between them.
 *   The last message of a reply holds the rest (the skeleton) and where the
 *   chunked arrays go back.
 * - A library error is reported (`error`, or analyze()'s own `errors`), never thrown out of the handler.
 */
import { extractDescriptions } from '../index.js';
import type { ExtractResult, IceRole, Target } from '../index.js';
import { analyze, checkListsOf, type Analysis, type Side, type SideAnalysis } from './analysis.js';

/**
 * Items per chunk message: 250 parsed lines are ~50 kB of clone. Receiving one
 * takes a few ms, but every object survives, so the young generation's scavenges
 * (copying them) come on top: small chunks keep each task well under the budget.
 */
export const CHUNK = 250;

export type Request =
  | { kind: 'analyze'; id: number; offer: string; answer: string; targets?: readonly Target[] | undefined }
  /** The check lists of the analysis of request `of` (RFC 8445 §6.1.2), as `local`'s agent builds them. */
  | { kind: 'checkLists'; id: number; of: number; local: Side; role?: IceRole | undefined }
  /** extractDescriptions of a pasted or opened text. */
  | { kind: 'extract'; id: number; text: string };

/** Where a chunked array goes back: a path of keys from the reply's value. */
export type Path = (string | number)[];

/** A chunked array and where it goes; `from`: it is a run of an earlier slot's items (a media section's lines are the document's), sent once. */
export interface Slot {
  slot: number;
  paths: Path[];
  from?: { slot: number; start: number; length: number };
}

interface Packed {
  items: unknown[];
  paths: Path[];
  from?: { slot: number; start: number; length: number };
}

export type ReplyKind = 'parsed' | 'analysis' | 'checkLists' | 'extract';

export type Reply =
  | { kind: 'chunk'; id: number; slot: number; items: unknown[] }
  | { kind: ReplyKind; id: number; value: unknown; slots: Slot[] }
  /** `stale`: asked of an analysis a newer one has replaced; the page asks again of the newer one. */
  | { kind: 'error'; id: number; of: ReplyKind; message: string; stale?: true };

/** What the parse stage sends of each side: everything but the lint findings, which come with the analysis. */
export type Parsed = Pick<Analysis, 'offer' | 'answer'>;

/** The analysis minus what `parsed` already sent (each side's text, parse and candidates). */
export type AnalysisRest = Omit<Analysis, 'offer' | 'answer'> & { offer?: Partial<SideAnalysis>; answer?: Partial<SideAnalysis> };

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Splits a value for posting: every array longer than CHUNK (anywhere but inside
 * another such array) is taken out and sent as chunks; the rest is copied (the
 * worker keeps the original for later requests). Objects reached twice stay shared.
 */
export function pack(value: unknown): { skeleton: unknown; arrays: Packed[] } {
  const arrays: Packed[] = [];
  const big = new Map<unknown[], number>();
  /** Where each object item of a chunked array was sent. */
  const sent = new Map<unknown, { slot: number; index: number }>();
  const runOf = (v: unknown[]): Packed['from'] => {
    const at = typeof v[0] === 'object' ? sent.get(v[0]) : undefined;
    if (at === undefined) return undefined;
    const base = arrays[at.slot]!.items;
    if (at.index + v.length > base.length) return undefined;
    for (let k = 0; k < v.length; k++) if (v[k] !== base[at.index + k]) return undefined;
    return { slot: at.slot, start: at.index, length: v.length };
  };
  const copies = new Map<object, unknown>();
  const walk = (v: unknown, path: Path): unknown => {
    if (Array.isArray(v)) {
      if (v.length > CHUNK) {
        let slot = big.get(v);
        if (slot === undefined) {
          slot = arrays.length;
          big.set(v, slot);
          const from = runOf(v);
          if (from !== undefined) arrays.push({ items: [], paths: [], from });
          else {
            arrays.push({ items: v, paths: [] });
            v.forEach((x, index) => {
              if (typeof x === 'object' && x !== null && !sent.has(x)) sent.set(x, { slot: slot!, index });
            });
          }
        }
        arrays[slot]!.paths.push(path);
        return [];
      }
      const seen = copies.get(v);
      if (seen !== undefined) return seen;
      const out: unknown[] = [];
      copies.set(v, out);
      v.forEach((x, i) => out.push(walk(x, [...path, i])));
      return out;
    }
    if (!isPlain(v)) return v;
    const seen = copies.get(v);
    if (seen !== undefined) return seen;
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...path, k]);
    return out;
  };
  return { skeleton: walk(value, []), arrays };
}

/** Posts a value as chunk messages and then the reply itself. */
export function sendPacked(post: (reply: Reply) => void, kind: ReplyKind, id: number, value: unknown): void {
  const { skeleton, arrays } = pack(value);
  arrays.forEach(({ items }, slot) => {
    for (let at = 0; at < items.length; at += CHUNK) post({ kind: 'chunk', id, slot, items: items.slice(at, at + CHUNK) });
  });
  post({ kind, id, value: skeleton, slots: arrays.map(({ paths, from }, slot) => ({ slot, paths, ...(from !== undefined ? { from } : {}) })) });
}

/**
 * The page's side: collects chunks and puts the arrays back into the reply's
 * value. Chunks of a reply that is not wanted any more are dropped (`forget`).
 */
export class Assembler {
  private readonly pending = new Map<number, Map<number, unknown[][]>>();

  /** A chunk: kept for its reply. */
  chunk(reply: Extract<Reply, { kind: 'chunk' }>): void {
    let slots = this.pending.get(reply.id);
    if (slots === undefined) {
      slots = new Map();
      this.pending.set(reply.id, slots);
    }
    let parts = slots.get(reply.slot);
    if (parts === undefined) {
      parts = [];
      slots.set(reply.slot, parts);
    }
    parts.push(reply.items);
  }

  /** The reply's value with its arrays back in place. */
  finish(reply: Extract<Reply, { value: unknown }>): unknown {
    const slots = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    let root = reply.value;
    const made = new Map<number, unknown[]>();
    for (const { slot, paths, from } of reply.slots) {
      const items = from !== undefined ? (made.get(from.slot) ?? []).slice(from.start, from.start + from.length) : ([] as unknown[]).concat(...(slots?.get(slot) ?? []));
      made.set(slot, items);
      for (const path of paths) {
        if (path.length === 0) {
          root = items;
          continue;
        }
        let at = root as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = items;
      }
    }
    return root;
  }

  /** Drops the chunks of every reply but `keep`'s (ids below it are stale). */
  forget(below: number): void {
    for (const id of this.pending.keys()) if (id < below) this.pending.delete(id);
  }
}

/** Each side's parse, without the lint findings still to come (the parser's own diagnostics are shown meanwhile). */
function parsedOf(sides: Partial<Record<Side, SideAnalysis>>): Parsed {
  const out: Parsed = {};
  for (const s of [sides.offer, sides.answer]) if (s !== undefined) out[s.side] = { ...s, diagnostics: s.result.diagnostics };
  return out;
}

/** The analysis without what `parsed` sent. */
function restOf(analysis: Analysis): AnalysisRest {
  const { offer: _offer, answer: _answer, ...others } = analysis;
  const rest: AnalysisRest = others;
  for (const s of [analysis.offer, analysis.answer]) {
    if (s === undefined) continue;
    const { text: _text, result: _result, candidates: _candidates, ...own } = s;
    rest[s.side] = own;
  }
  return rest;
}

/** Puts a `parsed` and its `analysis` back together into the Analysis analyze() returned. */
export function joinAnalysis(parsed: Parsed, rest: AnalysisRest): Analysis {
  const out = { ...rest } as Analysis;
  for (const side of ['offer', 'answer'] as const) {
    const p = parsed[side];
    if (p === undefined) continue;
    out[side] = { ...p, ...rest[side] } as SideAnalysis;
  }
  return out;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The worker's message handler. Analysis requests wait for the next turn of the
 * worker's event loop (`defer`), so requests that arrived meanwhile replace
 * them: only the newest runs. The last analysis is kept for check-list requests.
 */
export function createHandler(post: (reply: Reply) => void, defer: (run: () => void) => void = (run) => setTimeout(run, 0)): (request: Request) => void {
  let waiting: Extract<Request, { kind: 'analyze' }> | undefined;
  let last: { id: number; analysis: Analysis } | undefined;
  const runAnalysis = (): void => {
    const request = waiting;
    waiting = undefined;
    if (request === undefined) return;
    try {
      const analysis = analyze(request.offer, request.answer, request.targets, (sides) => sendPacked(post, 'parsed', request.id, parsedOf(sides)));
      last = { id: request.id, analysis };
      sendPacked(post, 'analysis', request.id, restOf(analysis));
    } catch (e) {
      post({ kind: 'error', id: request.id, of: 'analysis', message: message(e) });
    }
  };
  return (request) => {
    switch (request.kind) {
      case 'analyze': {
        const idle = waiting === undefined;
        waiting = request;
        if (idle) defer(runAnalysis);
        return;
      }
      case 'checkLists': {
        if (last === undefined || last.id !== request.of) {
          post({ kind: 'error', id: request.id, of: 'checkLists', message: 'that analysis is not the latest', stale: true });
          return;
        }
        try {
          const lists = checkListsOf(last.analysis, request.local, request.role);
          sendPacked(post, 'checkLists', request.id, lists);
        } catch (e) {
          post({ kind: 'error', id: request.id, of: 'checkLists', message: message(e) });
        }
        return;
      }
      case 'extract': {
        try {
          const result: ExtractResult = extractDescriptions(request.text);
          sendPacked(post, 'extract', request.id, result);
        } catch (e) {
          post({ kind: 'error', id: request.id, of: 'extract', message: message(e) });
        }
        return;
      }
    }
  };
}
