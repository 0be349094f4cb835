import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

/*
 * SDP is line oriented (RFC 8866 §5): `<type>=<value>` then CRLF.
 *
 * One token per line, its end-of-line included, and one token type per line
 * type (RFC 8866 §5, §9: `type = ALPHA`), so the grammar can say which line
 * may come where. Field-level grammar (rtpmap, candidate, …) belongs to each
 * attribute family, where it is a split and a few checks: fine-grained
 * tokens (numbers, words, slashes) measured 3–5x slower and gave the
 * families nothing they need (see README, "Design notes").
 *
 * A line is recognised by its type letter even when it is indented or has
 * white space before `=` (` a=…`, `m =…`): the model phase reports the white
 * space, and the line still takes its place in the structure, so an indented
 * `m=` line still opens a media section.
 *
 * Together the tokens match every character of any input, so the lexer never
 * reports an error and printing stays lossless. Lines the grammar has no
 * place for (an unknown type letter, a blank line, text without `=`) go to
 * the `unparsed` group: kept in order, typed and diagnosed by the model phase.
 */

const CR = 13;
const LF = 10;
const EQ = 61;
const SP = 32;
const TAB = 9;

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

/**
 * The type letter of the line at `offset` (after any spaces or tabs, and
 * followed by `=` after any spaces or tabs), or -1 when the line has none.
 */
export function typeLetterAt(text: string, offset: number): number {
  let i = offset;
  let c = text.charCodeAt(i);
  if (text.charCodeAt(i + 1) === EQ) return isLetter(c) ? c : -1; // the common case: `a=`
  while (c === SP || c === TAB) c = text.charCodeAt(++i);
  if (!isLetter(c)) return -1;
  let j = i + 1;
  let d = text.charCodeAt(j);
  while (d === SP || d === TAB) d = text.charCodeAt(++j);
  return d === EQ ? c : -1;
}

/** A matcher for "this whole line", when the line's type letter passes `accept`. */
function wholeLine(accept: (letter: number) => boolean): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (!accept(typeLetterAt(text, offset))) return null;
    return [text.slice(offset, lineEnd(text, offset))] as unknown as RegExpExecArray;
  };
}

/** The line types of RFC 8866 §5, each with what it holds (for messages). */
export const lineTypes = {
  v: 'protocol version',
  o: 'origin',
  s: 'session name',
  i: 'session or media information',
  u: 'URI of description',
  e: 'email address',
  p: 'phone number',
  c: 'connection information',
  b: 'bandwidth information',
  t: 'time the session is active',
  r: 'repeat times',
  z: 'time zone adjustments',
  k: 'encryption key',
  a: 'attribute',
  m: 'media name and transport address',
} as const;
export type KnownLineType = keyof typeof lineTypes;

function lineToken(type: KnownLineType): TokenType {
  const code = type.charCodeAt(0);
  return createToken({
    name: type,
    pattern: { exec: wholeLine((c) => c === code) },
    // An indented line starts with a space or a tab; every other line with its letter.
    start_chars_hint: [type, ' ', '\t'],
    line_breaks: true,
  });
}

/** One token type per line type, keyed by its letter (the token's name is the letter too). */
export const lineTokens: Readonly<Record<KnownLineType, TokenType>> = {
  v: lineToken('v'),
  o: lineToken('o'),
  s: lineToken('s'),
  i: lineToken('i'),
  u: lineToken('u'),
  e: lineToken('e'),
  p: lineToken('p'),
  c: lineToken('c'),
  b: lineToken('b'),
  t: lineToken('t'),
  r: lineToken('r'),
  z: lineToken('z'),
  k: lineToken('k'),
  a: lineToken('a'),
  m: lineToken('m'),
};

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];

/** `<letter>=…` with a letter RFC 8866 does not define (`y=` of GB28181, `X=`): kept, reported. */
export const UnknownTypeLine: TokenType = createToken({
  name: 'UnknownTypeLine',
  pattern: { exec: wholeLine((c) => c >= 0 && !Object.hasOwn(lineTypes, String.fromCharCode(c))) },
  start_chars_hint: [...LETTERS, ' ', '\t'],
  line_breaks: true,
  group: 'unparsed',
});

/**
 * Anything else (a blank line, a line without `<letter>=`): kept verbatim,
 * diagnosed by the model phase. It may start with any UTF-16 code unit; saying
 * so lets chevrotain index every token by its first character, so a line is
 * tried against the one or two tokens that can start with it, not all 17.
 */
export const OtherLine: TokenType = createToken({
  name: 'OtherLine',
  pattern: { exec: (text, offset) => [text.slice(offset, lineEnd(text, offset))] as unknown as RegExpExecArray },
  start_chars_hint: anyCodeUnit(),
  line_breaks: true,
  group: 'unparsed',
});

function anyCodeUnit(): number[] {
  const all = new Array<number>(0x10000);
  for (let c = 0; c < all.length; c++) all[c] = c;
  return all;
}

/**
 * Order matters: the first matching token wins. Attribute lines are most of
 * any real description, so `a=` is tried first; OtherLine matches anything
 * and comes last.
 */
export const allTokens: TokenType[] = [
  lineTokens.a,
  lineTokens.m,
  lineTokens.c,
  lineTokens.b,
  lineTokens.v,
  lineTokens.o,
  lineTokens.s,
  lineTokens.t,
  lineTokens.i,
  lineTokens.u,
  lineTokens.e,
  lineTokens.p,
  lineTokens.r,
  lineTokens.z,
  lineTokens.k,
  UnknownTypeLine,
  OtherLine,
];

/** The token type of a line of this type letter, for building token streams from lines. */
export function tokenTypeOf(type: string): TokenType | undefined {
  return Object.hasOwn(lineTokens, type) ? lineTokens[type as KnownLineType] : undefined;
}

export { Lexer };
