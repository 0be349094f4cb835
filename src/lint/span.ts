import type { SdpLine } from '../parser/model/line.js';
import { lineText } from '../parser/serialize/line-text.js';

/*
 * Character ranges inside one line, for findings. Offsets are 0-based into
 * the line's text as written (`source.text`), end exclusive; run.ts turns
 * them into 1-based columns. Lines built without a source get the text
 * `print` would write, which keeps the helpers total.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function textOf(line: SdpLine): string {
  return line.source?.text ?? lineText(line);
}

/** Offset where the value starts: after `a=<name>:` for attributes, after `<type>=` otherwise. */
function valueStart(line: SdpLine, text: string): number {
  if (line.type === 'a' && line.name !== undefined) {
    const at = text.indexOf(`${line.name}:`);
    if (at >= 0) return at + line.name.length + 1;
  }
  const eq = text.indexOf('=');
  return eq >= 0 ? eq + 1 : 0;
}

/** The value of the line (`abcd` in `a=ice-ufrag:abcd`), or the whole line for a property attribute. */
export function valueSpan(line: SdpLine): Span {
  const text = textOf(line);
  if (line.type === 'a' && line.raw === undefined) return { start: 0, end: text.length };
  return { start: valueStart(line, text), end: text.length };
}

/** The whole line. */
export function lineSpan(line: SdpLine): Span {
  return { start: 0, end: textOf(line).length };
}

/**
 * Field `index` of the value, fields being runs of non-space characters
 * (`m=audio 9 UDP/TLS/RTP/SAVPF 111`: field 3 is `111`). Falls back to the
 * value when there are fewer fields.
 */
export function fieldSpan(line: SdpLine, index: number): Span {
  const text = textOf(line);
  if (text.length > LONG) return indexOf(line, text).fields[index] ?? valueSpan(line);
  const from = valueStart(line, text);
  const re = /[^ ]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text)) !== null) {
    if (i === index) return { start: m.index, end: m.index + m[0].length };
    i++;
  }
  return valueSpan(line);
}

/*
 * Long lines (an m= line with thousands of formats, a group of thousands of
 * mids) get their fields and words indexed once: rules ask for one field per
 * finding, and scanning from the start each time made lint quadratic.
 */
const LONG = 256;

interface LineIndex {
  readonly text: string;
  /** Fields of the value, as fieldSpan counts them. */
  readonly fields: readonly Span[];
  /** Each maximal run of word characters → the offsets where it starts, ascending. */
  words?: Map<string, number[]>;
}

const indexes = new WeakMap<SdpLine, LineIndex>();

function indexOf(line: SdpLine, text: string): LineIndex {
  const known = indexes.get(line);
  if (known !== undefined && known.text === text) return known;
  const fields: Span[] = [];
  const re = /[^ ]+/g;
  re.lastIndex = valueStart(line, text);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) fields.push({ start: m.index, end: m.index + m[0].length });
  const index: LineIndex = { text, fields };
  indexes.set(line, index);
  return index;
}

const WORD = /^[A-Za-z0-9_-]+$/;

/** Where the first whole-token `needle` (word characters only) starts at or after `from`, or -1. */
function wordAt(index: LineIndex, needle: string, from: number): number {
  if (index.words === undefined) {
    const words = new Map<string, number[]>();
    const re = /[A-Za-z0-9_-]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(index.text)) !== null) {
      const list = words.get(m[0]);
      if (list === undefined) words.set(m[0], [m.index]);
      else list.push(m.index);
    }
    index.words = words;
  }
  const starts = index.words.get(needle);
  if (starts === undefined) return -1;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] ?? -1;
}

/**
 * The first occurrence of `needle` in the value that stands as a whole token
 * (not inside a longer word of letters, digits, `-` or `_`), or the value
 * when it does not occur.
 */
export function tokenSpan(line: SdpLine, needle: string, fromOffset = 0): Span {
  const text = textOf(line);
  let at = Math.max(valueStart(line, text), fromOffset);
  if (text.length > LONG && WORD.test(needle)) {
    // A needle of word characters stands alone exactly where a maximal run of them equals it.
    const start = wordAt(indexOf(line, text), needle, at);
    return start < 0 ? valueSpan(line) : { start, end: start + needle.length };
  }
  while (needle !== '' && (at = text.indexOf(needle, at)) >= 0) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + needle.length);
    if (!isWordChar(before) && !isWordChar(after)) return { start: at, end: at + needle.length };
    at += 1;
  }
  return valueSpan(line);
}

function isWordChar(c: string): boolean {
  return c !== '' && /[A-Za-z0-9_-]/.test(c);
}
