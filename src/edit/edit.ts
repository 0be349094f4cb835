// $ZodError by name: a namespace access (`z.core.…`) makes bundlers keep the whole of zod's core.
import { $ZodError } from 'zod/v4/core';
import { lineValueIssues, type LineValueIssue } from '../parser/create.js';
import type { Diagnostic } from '../parser/diagnostics/diagnostic.js';
import { partSlots, type PartKind } from '../parser/grammar/slots.js';
import { parse } from '../parser/index.js';
import type { AttributeValues, FlagAttributeName, ValueAttributeName } from '../parser/model/attributes/index.js';
import type { SdpDocument } from '../parser/model/document.js';
import type { SdpLine } from '../parser/model/line.js';
import type { LineType, LineValues } from '../parser/model/lines/index.js';
import { lineText } from '../parser/serialize/line-text.js';
import { selectMedia } from './sections.js';

/*
 * Lossless editing ("munging"): a list of operations on a parsed document
 * gives a new document in which
 * - every line no operation touched comes back byte for byte (text and end
 *   of line), and a touched line is written by its family's writer;
 * - a new line ends like most lines of the document, and goes to its place
 *   in its part (the grammar's order; an attribute next to its kin) unless
 *   the caller says where;
 * - the result is parsed again, so its views, positions and diagnostics are
 *   those of the edited text: never stale, and `print` is that text.
 */

/**
 * A line to write, typed by its type letter and attribute name: an rtpmap
 * value on a candidate line does not compile, and is refused at run time
 * with a zod error naming the path.
 */
export type NewLine =
  | { [N in ValueAttributeName]: { type: 'a'; name: N; value: AttributeValues[N] } }[ValueAttributeName]
  | { type: 'a'; name: FlagAttributeName }
  | { [T in Exclude<LineType, 'a'>]: { type: T; value: LineValues[T] } }[Exclude<LineType, 'a'>];

/** A part of the description: the session part, or a media description by index (0-based) or mid. */
export type Part = 'session' | { media: number } | { mid: string };

/**
 * One change. `line` is an index into the document's `lines` as given to
 * `edit` (operations do not renumber each other).
 * - replace: write the line anew from a typed value (it keeps its end of line);
 * - remove: drop the line;
 * - insert: add a line to a part, at its place in the grammar's order (after
 *   its kin: an fmtp or rtcp-fb after its payload type's lines, a candidate
 *   after the other candidates), or before line `before` when given.
 */
export type EditOp =
  | { op: 'replace'; line: number; with: NewLine }
  | { op: 'remove'; line: number }
  | { op: 'insert'; in: Part; line: NewLine; before?: number };

export interface EditResult {
  document: SdpDocument;
  diagnostics: Diagnostic[];
  /** The edited text: `print(document)`. */
  text: string;
}

/** Applies `ops` to `document`. Throws a zod error (`$ZodError`, zod's core error class) naming `ops.K…` when one is not valid. */
export function edit(document: SdpDocument, ops: readonly EditOp[]): EditResult {
  const r = safeEdit(document, ops);
  if (!r.success) throw r.error;
  return r.result;
}

/** Like `edit`, but returns the zod error instead of throwing it. */
export function safeEdit(document: SdpDocument, ops: readonly EditOp[]): { success: true; result: EditResult } | { success: false; error: $ZodError } {
  const issues: LineValueIssue[] = [];
  const lines = document.lines;
  const eol = dominantEol(lines);
  /** Per original line: its new text (with end of line), '' when removed, undefined when untouched. */
  const rewritten = new Map<number, string>();
  /** Lines to write before original line i (i = lines.length: at the end). */
  const before = new Map<number, string[]>();

  ops.forEach((op, k) => {
    if (op.op === 'insert') {
      const problem = newLineIssues(op.line, ['ops', k, 'line']);
      if (problem.length > 0) return void issues.push(...problem);
      const at = op.before ?? placeOf(document, op.in, op.line);
      if (at === undefined || at < 0 || at > lines.length) {
        issues.push({ code: 'custom', path: ['ops', k, op.before === undefined ? 'in' : 'before'], message: 'no such part or line in the document' });
        return;
      }
      const list = before.get(at) ?? [];
      list.push(lineText(op.line as SdpLine) + eol);
      before.set(at, list);
      return;
    }
    if (!Number.isInteger(op.line) || op.line < 0 || op.line >= lines.length) {
      issues.push({ code: 'custom', path: ['ops', k, 'line'], message: `no line ${op.line}: the document has lines 0 to ${lines.length - 1}` });
      return;
    }
    if (op.op === 'remove') {
      rewritten.set(op.line, '');
      return;
    }
    const problem = newLineIssues(op.with, ['ops', k, 'with']);
    if (problem.length > 0) return void issues.push(...problem);
    rewritten.set(op.line, lineText(op.with as SdpLine) + (lines[op.line]!.source?.eol || eol));
  });
  if (issues.length > 0) return { success: false, error: new $ZodError(issues as never) };

  let text = '';
  // Whether the text so far ends with an end of line (kept aside: reading the
  // last character of a string built by += flattens it, every time).
  let open = false;
  const append = (piece: string): void => {
    if (piece === '') return;
    // A line without end of line (the last one of a text that lacks it) gets
    // one when a line comes after it: the only way to keep both lines.
    if (open) text += eol;
    text += piece;
    const last = piece.charCodeAt(piece.length - 1);
    open = last !== 10 && last !== 13;
  };
  for (let i = 0; i <= lines.length; i++) {
    for (const added of before.get(i) ?? []) append(added);
    if (i === lines.length) break;
    const line = lines[i]!;
    const own = rewritten.get(i);
    append(own ?? (line.source === undefined ? `${lineText(line)}\r\n` : line.source.text + line.source.eol));
  }
  const { document: edited, diagnostics } = parse(text);
  return { success: true, result: { document: edited, diagnostics, text } };
}

function newLineIssues(line: NewLine, at: (string | number)[]): LineValueIssue[] {
  if (line === null || typeof line !== 'object' || typeof line.type !== 'string' || !/^[a-z]$/.test(line.type)) {
    return [{ code: 'custom', path: [...at, 'type'], message: 'a line type letter (v o s i u e p c b t r z k a m)' }];
  }
  if (line.type === 'a' && (typeof line.name !== 'string' || !/^[^:\s]+$/.test(line.name))) {
    return [{ code: 'custom', path: [...at, 'name'], message: 'an attribute name without colon or white space' }];
  }
  const value = 'value' in line ? line.value : undefined;
  if (value === undefined && line.type !== 'a') return [{ code: 'custom', path: [...at, 'value'], message: `a typed value for ${line.type}=` }];
  return lineValueIssues({ type: line.type, name: line.type === 'a' ? line.name : undefined, value } as SdpLine, at);
}

/** The end of line most of the document's lines have (CRLF when none has one). */
function dominantEol(lines: readonly SdpLine[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const eol = line.source?.eol;
    if (eol !== undefined && eol !== '') counts.set(eol, (counts.get(eol) ?? 0) + 1);
  }
  let best = '\r\n';
  let most = 0;
  for (const [eol, n] of counts) if (n > most) [best, most] = [eol, n];
  return best;
}

/** Where the part's lines are in `document.lines`: [start, end), and its kind; undefined when there is no such part. */
function partRange(document: SdpDocument, part: Part): { start: number; end: number; kind: PartKind } | undefined {
  if (part === 'session') return { start: 0, end: document.session.lines.length, kind: 'session' };
  const selected = selectMedia(document, part)[0];
  return selected === undefined ? undefined : { start: selected.start, end: selected.start + selected.media.lines.length, kind: 'media' };
}

/**
 * The index to insert a new line before, in its part: after the last line of
 * its kin when it has some, else after the last line whose slot comes no
 * later than its own in the grammar's order.
 */
function placeOf(document: SdpDocument, part: Part, line: NewLine): number | undefined {
  const range = partRange(document, part);
  if (range === undefined) return undefined;
  const lines = document.lines;
  const kin = kinOf(line);
  if (kin !== undefined) {
    // A candidate goes before a=end-of-candidates when the part has one (RFC 8840 §4.1: it comes last).
    if (line.type === 'a' && line.name === 'candidate') {
      for (let i = range.start; i < range.end; i++) if (lines[i]!.type === 'a' && lines[i]!.name === 'end-of-candidates') return i;
    }
    for (let i = range.end - 1; i >= range.start; i--) if (kin(lines[i]!)) return i + 1;
  }
  const { slots, index } = partSlots(range.kind);
  const slot = index.get(line.type);
  const rank = slot === undefined ? Infinity : slots[slot]!.rank;
  // After the last line that comes no later; a line without a slot counts as the one before it.
  let at = range.start;
  let current = -1;
  for (let i = range.start; i < range.end; i++) {
    const s = index.get(lines[i]!.type);
    if (s !== undefined) current = slots[s]!.rank;
    if (current <= rank && !(lines[i]!.type === '' && (lines[i]!.raw ?? '').trim() === '')) at = i + 1;
  }
  return at;
}

/** Lines a new line belongs after: the same payload type's rtpmap/fmtp/rtcp-fb, or lines of its attribute name. */
function kinOf(line: NewLine): ((other: SdpLine) => boolean) | undefined {
  if (line.type !== 'a') return undefined;
  const format = formatOfLine(line as SdpLine);
  if (format !== undefined) return (other) => formatOfLine(other) === format;
  return (other) => other.type === 'a' && other.name === line.name;
}

/** The format (payload type) an a=rtpmap, a=fmtp or a=rtcp-fb line is about (`*` for rtcp-fb's wildcard), else undefined. */
export function formatOfLine(line: Pick<SdpLine, 'type' | 'name' | 'value'>): string | undefined {
  const v = line.value as { payloadType?: number | string; format?: string } | undefined;
  if (line.type !== 'a' || v === undefined || v === null || typeof v !== 'object') return undefined;
  if (line.name === 'rtpmap' || line.name === 'rtcp-fb') return v.payloadType === undefined ? undefined : String(v.payloadType);
  if (line.name === 'fmtp') return v.format;
  return undefined;
}
