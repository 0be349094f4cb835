import {
  defaultSelection,
  descriptionFindings,
  extractDescriptions,
  isRollback,
  labelWithin as shortLabel,
  type DescriptionType,
  type Diagnostic,
  type ExtractResult,
  type ExtractedDescription,
  type ExtractedPeerConnection,
  type Negotiation,
  type SdpType,
} from '../index.js';
import { usageError, type CommandResult, type Input } from './commands/result.js';
import { plural } from './views/rows.js';

/*
 * The one input layer of every command that takes a file: the file's text
 * goes through the library's extractDescriptions, and `--pick` chooses among
 * what it found. A plain SDP file (one raw description, or no description at
 * all, which the parser then reports) is used exactly as read, so positions
 * refer to the file. Anything else (JSON, escaped strings, logs,
 * webrtc-internals and about:webrtc dumps) becomes inputs named `file#N`
 * (N as `sdp extract` numbers them) whose positions refer to the
 * description; what the extraction repaired is returned as notes for stderr.
 */

/** What `--pick` selects: description N, or negotiation K of peer connection P. */
export type Pick =
  | { kind: 'description'; text: string; number: number }
  | { kind: 'negotiation'; text: string; pc: number; negotiation: number | 'last' };

export const PICK_SYNTAX = 'N (a description, as sdp extract lists them) or P:K (peer connection P, negotiation K or last)';

export function parsePick(text: string): Pick | undefined {
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    return number >= 1 ? { kind: 'description', text, number } : undefined;
  }
  const m = /^(?:pc)?(\d+):(\d+|last)$/i.exec(text);
  if (m === null) return undefined;
  const pc = Number(m[1]);
  const negotiation = m[2]!.toLowerCase() === 'last' ? 'last' : Number(m[2]);
  if (pc < 1 || negotiation === 0) return undefined;
  return { kind: 'negotiation', text, pc, negotiation };
}

export type PicksResult = { ok: true; picks: Pick[] } | { ok: false; error: string };

export function parsePicks(values: readonly string[]): PicksResult {
  const picks: Pick[] = [];
  for (const v of values) {
    const p = parsePick(v);
    if (p === undefined) return { ok: false, error: `--pick takes ${PICK_SYNTAX} (got '${v}')` };
    picks.push(p);
  }
  return { ok: true, picks };
}

/** A file after extraction. */
export interface Source {
  input: Input;
  result: ExtractResult;
  /** One raw description (or none): the file is used as it is. */
  plain: boolean;
}

/** Codes of an input that holds no SDP at all: the parser's diagnostics say more about such text than extraction. */
const NOTHING_FOUND = new Set(['extract-no-sdp', 'extract-empty-input']);

export function readSource(input: Input): Source {
  const result = extractDescriptions(input.text);
  const plain =
    (result.format === 'raw' && result.descriptions.length === 1) ||
    (result.format === 'none' && result.descriptions.length === 0 && result.diagnostics.every((d) => NOTHING_FOUND.has(d.code)));
  return { input, result, plain };
}

/** The type the lint rules and explanations understand (a provisional answer is an answer). */
export function descriptionType(type: SdpType | undefined): DescriptionType | undefined {
  if (type === 'offer') return 'offer';
  if (type === 'answer' || type === 'pranswer') return 'answer';
  return undefined;
}

/** One extracted description as a command input, named `file#N`. */
export function descriptionInput(source: Source, d: ExtractedDescription): Input {
  const number = d.number;
  const input: Input = {
    name: `${source.input.name}#${number}`,
    text: d.sdp,
    part: { file: source.input.name, number, label: d.label, lineOrigins: d.lineOrigins },
  };
  const encoding = source.input.encoding;
  if (encoding !== undefined) input.encoding = { encoding: encoding.encoding, bom: false };
  const type = descriptionType(d.type);
  if (type !== undefined) input.type = type;
  const findings = descriptionFindings(source.result, d.index);
  if (findings.length > 0) input.findings = findings;
  return input;
}

/** Extraction facts lint reports as findings of the description (munged-description, set-description-failed), not as notes. */
const LINT_FINDINGS = new Set(['extract-munged', 'extract-apply-failed']);

function noteLine(command: string, where: string, d: Diagnostic): string {
  return `sdp ${command}: note: ${where}: ${d.message} (${d.code})`;
}

/**
 * Info lines for stderr: what was taken from a file and what the extraction
 * had to repair to get it (never a failure: the command still runs).
 */
export function extractionNotes(command: string, source: Source, used: readonly ExtractedDescription[], announce: boolean): string[] {
  if (source.plain) return [];
  const name = source.input.name;
  const out = source.result.diagnostics.map((d) => noteLine(command, name, d));
  for (const d of used) {
    if (announce) out.push(`sdp ${command}: note: ${name}#${d.number} is ${d.label} (${d.source})`);
    for (const x of d.diagnostics) if (command !== 'lint' || !LINT_FINDINGS.has(x.code)) out.push(noteLine(command, `${name}#${d.number}`, x));
  }
  return out;
}

export type Resolved<T> = { ok: true; value: T; notes: string[] } | { ok: false; result: CommandResult };

function fail<T>(command: string, message: string): Resolved<T> {
  return { ok: false, result: usageError(command, message) };
}

function range(n: number): string {
  return n === 1 ? '1' : `1-${n}`;
}

function negotiationCount(result: ExtractResult): number {
  return (result.peerConnections ?? []).reduce((n, pc) => n + pc.negotiations.length, 0);
}

/** The error for a file with nothing usable in it. */
function nothingIn<T>(command: string, source: Source): Resolved<T> {
  const problem = source.result.diagnostics.find((d) => d.severity === 'error') ?? source.result.diagnostics[0];
  return fail(command, `${source.input.name}: ${problem === undefined ? 'no session description found' : `${problem.message} (${problem.code})`}`);
}

/** The one-line error for several descriptions and no --pick. */
function severalIn<T>(command: string, source: Source, pairs: boolean): Resolved<T> {
  const name = source.input.name;
  const n = source.result.descriptions.length;
  const negotiations = negotiationCount(source.result);
  const how = pairs && negotiations > 0 ? `pick a negotiation with --pick P:K (e.g. --pick 1:last) or descriptions with --pick N (${range(n)})` : `pick one with --pick N (${range(n)})`;
  return fail(command, `${name} holds ${n} session descriptions${negotiations > 0 ? ` (${plural(negotiations, 'negotiation')})` : ''}; ${how}; sdp extract ${name} lists them`);
}

function descriptionAt<T>(command: string, source: Source, pick: Extract<Pick, { kind: 'description' }>): { ok: true; d: ExtractedDescription } | { ok: false; error: Resolved<T> } {
  const ds = source.result.descriptions;
  const d = ds[pick.number - 1];
  if (d === undefined) return { ok: false, error: fail(command, `--pick ${pick.text}: ${source.input.name} holds ${plural(ds.length, 'session description')} (${range(ds.length)})`) };
  return { ok: true, d };
}

export interface FoundNegotiation {
  pc: ExtractedPeerConnection;
  negotiation: Negotiation;
}

/** `last` is the last negotiation with both an offer and an answer (a rolled-back one changed nothing), else the last one. */
function findNegotiation<T>(command: string, source: Source, pick: Extract<Pick, { kind: 'negotiation' }>): { ok: true; found: FoundNegotiation } | { ok: false; error: Resolved<T> } {
  const name = source.input.name;
  const pcs = source.result.peerConnections ?? [];
  const err = (message: string): { ok: false; error: Resolved<T> } => ({ ok: false, error: fail(command, `--pick ${pick.text}: ${message}`) });
  if (pcs.length === 0) return err(`${name} has no peer connections (only webrtc-internals and about:webrtc dumps do); pick descriptions with --pick N`);
  const pc = pcs.find((p) => p.number === pick.pc);
  if (pc === undefined) return err(`${name} has ${plural(pcs.length, 'peer connection')} (${range(pcs.length)})`);
  const all = pc.negotiations;
  if (all.length === 0) return err(`${pc.label} has no negotiation in ${name}`);
  const negotiation =
    pick.negotiation === 'last' ? ([...all].reverse().find((n) => n.offer !== undefined && n.answer !== undefined) ?? all[all.length - 1]) : all.find((n) => n.number === pick.negotiation);
  if (negotiation === undefined) return err(`${pc.label} has ${plural(all.length, 'negotiation')} (${range(all.length)})`);
  return { ok: true, found: { pc, negotiation } };
}

/** One description (parse, format, explain, ice): the only one, or `--pick N`. */
export function pickOne(command: string, source: Source, pick: Pick | undefined): Resolved<Input> {
  if (pick?.kind === 'negotiation') return fail(command, `--pick ${pick.text} picks a negotiation (an offer and an answer); ${command} takes one description: --pick N`);
  if (source.plain) {
    if (pick !== undefined && pick.number !== 1) return fail(command, `--pick ${pick.text}: ${source.input.name} holds 1 session description`);
    return { ok: true, value: source.input, notes: [] };
  }
  const ds = source.result.descriptions;
  if (ds.length === 0) return nothingIn(command, source);
  let d: ExtractedDescription;
  if (pick === undefined) {
    if (ds.length > 1) return severalIn(command, source, false);
    d = ds[0]!;
  } else {
    const at = descriptionAt<Input>(command, source, pick);
    if (!at.ok) return at.error;
    d = at.d;
  }
  return { ok: true, value: descriptionInput(source, d), notes: extractionNotes(command, source, [d], true) };
}

export interface Pair {
  offer: Input;
  answer?: Input | undefined;
  /** For a negotiation of a dump: which side of the peer connection made the offer. */
  initiator?: 'local' | 'remote' | undefined;
  /** For a negotiation of a dump: where it is, for what the dump knows beyond the two descriptions (trickled candidates, stats). */
  dump?: { result: ExtractResult; pc: ExtractedPeerConnection; negotiation: number } | undefined;
}

function pairOf(source: Source, offer: ExtractedDescription, answer: ExtractedDescription | undefined, command: string, announce: boolean): Resolved<Pair> {
  const used = answer === undefined ? [offer] : [offer, answer];
  const value: Pair = { offer: descriptionInput(source, offer) };
  if (answer !== undefined) value.answer = descriptionInput(source, answer);
  return { ok: true, value, notes: extractionNotes(command, source, used, announce) };
}

/**
 * An offer and an answer from one file (diff, inspect, ice, lint --pair):
 * `--pick P:K`, or `--pick N --pick M`. `needAnswer` false lets a negotiation
 * without an answer give its offer alone.
 */
export function pickPair(command: string, source: Source, picks: readonly Pick[], needAnswer: boolean): Resolved<Pair> {
  const [first, second] = picks;
  if (first === undefined) return fail(command, 'internal: no --pick');
  if (picks.length > 2) return fail(command, `too many --pick options (${picks.length}): one file takes --pick P:K or --pick N --pick M`);
  if (source.plain) {
    return fail(command, `--pick ${first.text}: ${source.input.name} is one session description; give the answer as a second file`);
  }
  if (source.result.descriptions.length === 0) return nothingIn(command, source);
  if (first.kind === 'negotiation') {
    if (second !== undefined) return fail(command, `--pick ${first.text} already picks an offer and an answer; drop --pick ${second.text}`);
    const found = findNegotiation<Pair>(command, source, first);
    if (!found.ok) return found.error;
    const { pc, negotiation: n } = found.found;
    const ds = source.result.descriptions;
    const offer = n.offer === undefined ? undefined : ds[n.offer];
    const answer = n.answer === undefined ? undefined : ds[n.answer];
    const what = `${pc.label}, ${n.label}`;
    if (offer === undefined) return fail(command, `--pick ${first.text}: ${what}: the offer is not in ${source.input.name}`);
    if (answer === undefined && needAnswer) return fail(command, `--pick ${first.text}: ${what}: there is no answer`);
    const pair = pairOf(source, offer, answer, command, false);
    if (pair.ok) {
      pair.value.initiator = n.initiator;
      pair.value.dump = { result: source.result, pc, negotiation: n.number };
    }
    if (pair.ok) pair.notes.unshift(`sdp ${command}: note: --pick ${first.text} is ${what} (${[offer, answer].filter((d) => d !== undefined).map((d) => `#${d.number}`).join(' ↔ ')})`);
    return pair;
  }
  if (second === undefined) {
    if (needAnswer) return fail(command, `--pick ${first.text} picks one description; ${command} needs an offer and an answer: --pick P:K or --pick N --pick M`);
    const at = descriptionAt<Pair>(command, source, first);
    if (!at.ok) return at.error;
    return pairOf(source, at.d, undefined, command, true);
  }
  if (second.kind === 'negotiation') return fail(command, `--pick ${second.text} picks a negotiation; after --pick ${first.text} give a description: --pick N`);
  const a = descriptionAt<Pair>(command, source, first);
  if (!a.ok) return a.error;
  const b = descriptionAt<Pair>(command, source, second);
  if (!b.ok) return b.error;
  return pairOf(source, a.d, b.d, command, true);
}

/**
 * The exchange in a file when nothing is picked: the only negotiation with
 * an offer and an answer, or a file of exactly one offer and one answer.
 */
export function defaultPair(command: string, source: Source): Resolved<Pair> | undefined {
  const ds = source.result.descriptions;
  if (source.plain || ds.length === 0) return undefined;
  const sel = defaultSelection(source.result);
  if (sel?.kind === 'negotiation') {
    const pc = source.result.peerConnections![sel.peerConnection]!;
    const n = pc.negotiations[sel.negotiation]!;
    const pair = pairOf(source, ds[sel.offer]!, ds[sel.answer]!, command, false);
    if (pair.ok) {
      pair.value.initiator = n.initiator;
      pair.value.dump = { result: source.result, pc, negotiation: n.number };
    }
    if (pair.ok) pair.notes.unshift(`sdp ${command}: note: ${source.input.name}: using ${pc.label}, ${n.label} (#${sel.offer + 1} ↔ #${sel.answer + 1}), the only negotiation`);
    return pair;
  }
  if (sel?.kind === 'pair') return pairOf(source, ds[sel.offer]!, ds[sel.answer], command, true);
  return undefined;
}

/** For diff and inspect without a choice: the error that asks for one. */
export function needPick<T>(command: string, source: Source): Resolved<T> {
  if (source.result.descriptions.length === 0) return nothingIn(command, source);
  return severalIn(command, source, true);
}

/**
 * Every description of a file (lint, redact), or the picked ones. With
 * `pairs` (lint --pair), a dump gives the offer and answer of each complete
 * negotiation, in order.
 */
export function pickAll(command: string, source: Source, pick: Pick | undefined, pairs: boolean): Resolved<Input[]> {
  if (source.plain) {
    if (pick === undefined) return { ok: true, value: [source.input], notes: [] };
    if (pick.kind === 'negotiation') return fail(command, `--pick ${pick.text}: ${source.input.name} is one session description and has no peer connections`);
    if (pick.number !== 1) return fail(command, `--pick ${pick.text}: ${source.input.name} holds 1 session description`);
    return { ok: true, value: [source.input], notes: [] };
  }
  const ds = source.result.descriptions;
  if (ds.length === 0) return nothingIn(command, source);
  if (pick !== undefined) {
    if (pick.kind === 'negotiation') {
      const pair = pickPair(command, source, [pick], pairs);
      if (!pair.ok) return pair;
      return { ok: true, value: pair.value.answer === undefined ? [pair.value.offer] : [pair.value.offer, pair.value.answer], notes: pair.notes };
    }
    const at = descriptionAt<Input[]>(command, source, pick);
    if (!at.ok) return at.error;
    return { ok: true, value: [descriptionInput(source, at.d)], notes: extractionNotes(command, source, [at.d], true) };
  }
  if (pairs) {
    const used = (source.result.peerConnections ?? []).flatMap((pc) => pc.negotiations.flatMap((n) => (n.offer !== undefined && n.answer !== undefined ? [ds[n.offer]!, ds[n.answer]!] : [])));
    if (used.length > 0) return { ok: true, value: used.map((d) => descriptionInput(source, d)), notes: extractionNotes(command, source, used, false) };
  }
  // A rollback (setLocalDescription({type: 'rollback'})) is an event of the negotiation, not a description: perfect negotiation rolls back routinely.
  const rollbacks = ds.filter(isRollback);
  const described = ds.filter((d) => !isRollback(d));
  if (described.length === 0) return nothingIn(command, source);
  const notes = extractionNotes(command, source, described, false);
  if (rollbacks.length > 0) notes.push(`sdp ${command}: note: ${source.input.name}: skipped ${plural(rollbacks.length, 'rollback')} (${rollbacks.map((d) => `#${d.number}`).join(', ')}): a rollback carries no description`);
  return { ok: true, value: described.map((d) => descriptionInput(source, d)), notes };
}

/** One entry of the inspector's chooser: a heading (no offer) or what to open. */
export interface InspectChoice {
  label: string;
  offer?: Input | undefined;
  answer?: Input | undefined;
  /** In a dump: the peer connection (0-based index into `peerConnections`) the heading or entry belongs to. */
  peerConnection?: number | undefined;
  /** A negotiation's entry: its `Negotiation.number`. */
  negotiation?: number | undefined;
}

/**
 * The chooser's list for a file with several descriptions: per peer
 * connection its negotiations (offer and answer together), then its
 * descriptions one by one; then descriptions outside any peer connection.
 */
export function inspectChoices(source: Source): InspectChoice[] {
  const ds = source.result.descriptions;
  const out: InspectChoice[] = [];
  const inPc = new Set<number>();
  for (const [p, pc] of (source.result.peerConnections ?? []).entries()) {
    out.push({ label: `${pc.label}${pc.closed === true ? ' (closed)' : ''}`, peerConnection: p });
    for (const n of pc.negotiations) {
      const offer = n.offer === undefined ? undefined : ds[n.offer];
      if (offer === undefined) continue;
      const answer = n.answer === undefined ? undefined : ds[n.answer];
      const numbers = answer === undefined ? `#${offer.number}` : `#${offer.number} ↔ #${answer.number}`;
      out.push({
        label: `  ${pc.number}:${n.number}  ${n.label}  ${numbers}`,
        offer: descriptionInput(source, offer),
        answer: answer === undefined ? undefined : descriptionInput(source, answer),
        peerConnection: p,
        negotiation: n.number,
      });
    }
    for (const i of pc.descriptions) {
      const d = ds[i];
      if (d === undefined) continue;
      inPc.add(i);
      out.push({ label: `  #${i + 1}  ${shortLabel(d, pc)}`, offer: descriptionInput(source, d), peerConnection: p });
    }
  }
  const rest = ds.filter((d) => !inPc.has(d.index));
  const indent = out.length > 0 ? '  ' : '';
  if (rest.length > 0 && indent !== '') out.push({ label: 'other descriptions' });
  for (const d of rest) out.push({ label: `${indent}#${d.number}  ${d.label}`, offer: descriptionInput(source, d) });
  return out;
}

/** The chooser's title line. */
export function inspectTitle(source: Source): string {
  const r = source.result;
  const pcs = r.peerConnections?.length ?? 0;
  return `${source.input.name}: ${plural(r.descriptions.length, 'session description')}${pcs > 0 ? ` in ${plural(pcs, 'peer connection')}` : ''}`;
}
