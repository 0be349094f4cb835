import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

/*
 * SDP is line oriented (RFC 8866 §5): `<type>=<value>` then CRLF.
 *
 * The tokens are coarse on purpose: one token per line, its end-of-line
 * included. Field-level grammar (rtpmap, candidate, …) belongs to each
 * attribute family, where it is a split and a few checks. Measured on the
 * shared corpus, fine-grained tokens (numbers, words, slashes) and a
 * separate end-of-line token cost 3–5x the time and gave the families
 * nothing they need (see README, "Design notes").
 *
 * Together the tokens match every character of any input, so the lexer
 * never reports an error and printing stays lossless.
 */

const CR = 13;
const LF = 10;
const EQ = 61;
const M = 109;

/** Index just past the end-of-line (CRLF, LF or a lone CR) that ends the line starting at `offset`. */
function lineEnd(text: string, offset: number): number {
  const n = text.length;
  let i = offset;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    i++;
  }
  return n;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A matcher for "this whole line", guarded by a test on its first two characters. */
function wholeLine(accept: (first: number, second: number) => boolean): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (!accept(text.charCodeAt(offset), text.charCodeAt(offset + 1))) return null;
    return [text.slice(offset, lineEnd(text, offset))] as unknown as RegExpExecArray;
  };
}

/** Any line at all: the category the grammar consumes inside a section. */
export const AnyLine: TokenType = createToken({ name: 'AnyLine', pattern: Lexer.NA });

/** `m=…`: opens a media description (RFC 8866 §5.14). Not an AnyLine: it ends a section. */
export const MediaLine: TokenType = createToken({
  name: 'MediaLine',
  pattern: { exec: wholeLine((a, b) => a === M && b === EQ) },
  start_chars_hint: ['m'],
  line_breaks: true,
});

/** `<letter>=…` but `m=`: any other line with a type (RFC 8866 §9: `type = ALPHA`). */
export const TypedLine: TokenType = createToken({
  name: 'TypedLine',
  pattern: { exec: wholeLine((a, b) => b === EQ && a !== M && isLetter(a)) },
  line_breaks: true,
  categories: [AnyLine],
});

/** Anything else (a blank line, a line without `<letter>=`): kept verbatim, diagnosed by the model phase. */
export const OtherLine: TokenType = createToken({
  name: 'OtherLine',
  pattern: { exec: wholeLine(() => true) },
  line_breaks: true,
  categories: [AnyLine],
});

/** Order matters: the first matching token wins; the most frequent kind is tried first. */
export const allTokens: TokenType[] = [TypedLine, MediaLine, OtherLine, AnyLine];
