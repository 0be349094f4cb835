/*
 * Plain SDP text: lines as RFC 8866 §5 writes them, `<type>=<value>`, the
 * first one `v=0`. These helpers are shared with log.ts, which reads the same
 * lines behind a prefix.
 */

export interface TextLine {
  /** Offset of the first character. */
  start: number;
  /** Offset of the end-of-line (or of the end of the text). */
  contentEnd: number;
  /** Offset just past the end-of-line. */
  end: number;
}

/** Splits at CRLF, LF and lone CR (what the parser counts as line ends). */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const contentEnd = i;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    out.push({ start, contentEnd, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, contentEnd: text.length, end: text.length });
  return out;
}

/** `<letter>=`, allowing the stray white space the parser reports (leading-whitespace, space-around-equals). */
const SDP_LINE = /^[ \t]*[a-zA-Z][ \t]*=/;
const BLANK = /^[ \t]*$/;

export function isSdpLine(content: string): boolean {
  return SDP_LINE.test(content);
}

export function isBlank(content: string): boolean {
  return BLANK.test(content);
}

/** A `v=0` line: the version line that starts every description (RFC 8866 §5.1). */
export function isVersionLine(content: string): boolean {
  return /^v=0[ \t]*$/.test(content);
}

/**
 * Where a description starts on this line: the offset of `v=0` when the line
 * ends with it and what comes before is a prefix (not part of a word, not an
 * escape). -1 otherwise.
 */
export function versionAnchor(content: string): number {
  const m = /(?<![\w\\])v=0[ \t]*$/.exec(content);
  return m === null ? -1 : m.index;
}

/**
 * The lines of a raw description that starts at `first`: SDP lines, blank
 * lines, and a single line that is neither when an SDP line follows it (a
 * broken line inside a description stays for the parser to report). It stops
 * before the next `v=0`. Trailing blank lines are kept only when nothing but
 * white space follows them.
 */
export function rawBlockEnd(text: string, lines: readonly TextLine[], first: number, usable: (i: number) => boolean): number {
  let last = first;
  let i = first + 1;
  while (i < lines.length && usable(i)) {
    const content = text.slice(lines[i]!.start, lines[i]!.contentEnd);
    if (isVersionLine(content)) break;
    if (isSdpLine(content)) {
      last = i;
    } else if (!isBlank(content)) {
      const next = lines[i + 1];
      if (next === undefined || !usable(i + 1) || !isSdpLine(text.slice(next.start, next.contentEnd))) break;
      const nextContent = text.slice(next.start, next.contentEnd);
      if (isVersionLine(nextContent)) break;
      last = i;
    }
    i++;
  }
  // Blank lines after the last SDP line belong to it only at the very end.
  let k = last + 1;
  while (k < lines.length && usable(k) && isBlank(text.slice(lines[k]!.start, lines[k]!.contentEnd))) k++;
  return k === lines.length ? k - 1 : last;
}
