import { decodeLiteral, decodeRun } from './json-value.js';
import { mappedView, type View } from './positions.js';
import type { Span } from './log.js';

/*
 * SDP inside JSON string escapes, as it shows up when a signalling message
 * or a webrtc-internals value is copied out of a log line:
 *   "v=0\r\no=- 46117 2 IN IP4 127.0.0.1\r\n…"        (a string literal)
 *   v=0\r\no=- 46117 2 IN IP4 127.0.0.1\r\n…          (its body, quotes lost)
 *   \"v=0\\r\\no=- 46117…\"                          (escaped twice)
 * Each occurrence is decoded once; the caller reads the decoded text again,
 * which undoes the next level of escaping the same way.
 */

export interface EscapedText {
  /** Offsets in the scanned view: the literal with its quotes, or the unquoted run. */
  start: number;
  end: number;
  /** The decoded text, mapped back to the input. */
  view: View;
  quoted: boolean;
}

/** `v=0` followed by an escaped line end: `\n`, `\r\n`, `\r`, or the same escaped again (`\\r\\n`). */
const ESCAPED_VERSION = /(?<![\w\\])v=0\\+(?:r(?:\\+n)?|n)/g;

/** Finds escaped SDP outside the excluded spans (sorted, in view offsets). */
export function findEscaped(view: View, excluded: readonly Span[]): EscapedText[] {
  const text = view.text;
  const out: EscapedText[] = [];
  let consumedTo = 0;
  ESCAPED_VERSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPED_VERSION.exec(text)) !== null) {
    const k = m.index;
    if (k < consumedTo || excluded.some((s) => s.start <= k && k < s.end)) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', k - 1), text.lastIndexOf('\r', k - 1)) + 1;
    let lineEnd = text.length;
    for (let i = k; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        lineEnd = i;
        break;
      }
    }
    const quote = openingQuote(text, lineStart, k);
    if (quote >= 0) {
      const literal = decodeLiteral(text, quote, true);
      if (literal !== undefined) {
        out.push({ start: quote, end: literal.end, view: mappedView(view, literal.value, literal.map), quoted: true });
        consumedTo = literal.end;
        ESCAPED_VERSION.lastIndex = literal.end;
        continue;
      }
    }
    // No closing quote on the line: the body of a literal whose quotes were
    // lost. It runs from `v=0` (with any escaped quote just before it) to the
    // end of the line, less trailing white space.
    let start = quote >= 0 ? quote + 1 : k;
    if (quote < 0) while (start > lineStart && (text[start - 1] === '"' || text[start - 1] === '\\')) start--;
    let end = lineEnd;
    while (end > k && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const run = decodeRun(text, start, end);
    out.push({ start, end, view: mappedView(view, run.value, run.map), quoted: false });
    consumedTo = lineEnd;
    ESCAPED_VERSION.lastIndex = lineEnd;
  }
  return out;
}

/** The nearest `"` before `k` on the line that is not itself escaped (an even number of backslashes before it). */
function openingQuote(text: string, lineStart: number, k: number): number {
  for (let i = k - 1; i >= lineStart; i--) {
    if (text[i] !== '"') continue;
    let slashes = 0;
    while (i - 1 - slashes >= lineStart && text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}

/** True when the text still is escaped SDP: escaped line ends and not one real line break. */
export function stillEscaped(text: string): boolean {
  return !/[\r\n]/.test(text) && /\\[rn]/.test(text);
}
