import { createToken, type TokenType } from 'chevrotain';

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
 * The token types are chevrotain's, for the grammar; the lines are cut by
 * ./lexer.ts (a line is its first letter and its end-of-line, nothing a
 * regex engine is needed for).
 */

const EQ = 61;
const SP = 32;
const TAB = 9;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The type letter of the line at `offset` (after any spaces or tabs, and
 * followed by `=` after any spaces or tabs), or -1 when the line has none.
 * A line is recognised by its letter even when it is indented or has white
 * space before `=` (` a=…`, `m =…`): the model phase reports the white
 * space, and the line still takes its place in the structure, so an
 * indented `m=` line still opens a media description.
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

/** One token type per line type, keyed by its letter (the token's name is the letter too). */
export const lineTokens: Readonly<Record<KnownLineType, TokenType>> = {
  v: createToken({ name: 'v' }),
  o: createToken({ name: 'o' }),
  s: createToken({ name: 's' }),
  i: createToken({ name: 'i' }),
  u: createToken({ name: 'u' }),
  e: createToken({ name: 'e' }),
  p: createToken({ name: 'p' }),
  c: createToken({ name: 'c' }),
  b: createToken({ name: 'b' }),
  t: createToken({ name: 't' }),
  r: createToken({ name: 'r' }),
  z: createToken({ name: 'z' }),
  k: createToken({ name: 'k' }),
  a: createToken({ name: 'a' }),
  m: createToken({ name: 'm' }),
};

/**
 * Lines the grammar has no place for, kept in order and diagnosed by the
 * model phase: `<letter>=…` with a letter RFC 8866 does not define (`y=` of
 * GB28181, `X=`), and anything else (a blank line, a line without `=`).
 */
export const UnknownTypeLine: TokenType = createToken({ name: 'UnknownTypeLine' });
export const OtherLine: TokenType = createToken({ name: 'OtherLine' });

/** The grammar's vocabulary. */
export const allTokens: TokenType[] = Object.values(lineTokens);

/** The token type of a line of this type letter, for building token streams from lines. */
export function tokenTypeOf(type: string): TokenType | undefined {
  return Object.hasOwn(lineTokens, type) ? lineTokens[type as KnownLineType] : undefined;
}
