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

/**
 * The first occurrence of `needle` in the value that stands as a whole token
 * (not inside a longer word of letters, digits, `-` or `_`), or the value
 * when it does not occur.
 */
export function tokenSpan(line: SdpLine, needle: string, fromOffset = 0): Span {
  const text = textOf(line);
  let at = Math.max(valueStart(line, text), fromOffset);
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
