import type { IToken, TokenType } from 'chevrotain';
import { lineTokens, OtherLine, typeLetterAt, UnknownTypeLine } from './tokens.js';

/** Token types by the char code of their letter (128 entries: ASCII). */
let byCode: (TokenType | undefined)[] | undefined;

function tokenTypes(): (TokenType | undefined)[] {
  if (byCode === undefined) {
    byCode = new Array<TokenType | undefined>(128).fill(undefined);
    for (const [letter, type] of Object.entries(lineTokens)) byCode[letter.charCodeAt(0)] = type;
  }
  return byCode;
}

export interface Lexed {
  /** Every line, in order: one token each, its end-of-line included in its image. */
  readonly lines: IToken[];
  /** The lines of a known type, in order: what the grammar reads. */
  readonly grammar: IToken[];
}

const LF = 10;

/**
 * Cuts `text` into line tokens. Total: every character lands in exactly one
 * token, so printing stays lossless. A line ends after CRLF, LF or a lone
 * CR (RFC 8866 §5 requires CRLF; the others are reported, not refused).
 *
 * Chevrotain parsers read tokens from any lexer (its docs, "custom
 * lexers"); this one is a line walk with indexOf, which measured several
 * times faster than chevrotain's tokenizer running a matcher per token
 * type, for the same tokens. The next CR and LF are remembered, so the walk
 * stays linear when one of them never comes.
 */
export function lexLines(text: string): Lexed {
  const types = tokenTypes();
  const lines: IToken[] = [];
  const grammar: IToken[] = [];
  const n = text.length;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let offset = 0;
  while (offset < n) {
    if (nextLf >= 0 && nextLf < offset) nextLf = text.indexOf('\n', offset);
    if (nextCr >= 0 && nextCr < offset) nextCr = text.indexOf('\r', offset);
    let end: number;
    if (nextCr >= 0 && (nextLf < 0 || nextCr < nextLf)) {
      // A CR before the next LF: CRLF, or a lone CR.
      end = text.charCodeAt(nextCr + 1) === LF ? nextCr + 2 : nextCr + 1;
    } else {
      end = nextLf < 0 ? n : nextLf + 1;
    }
    const code = typeLetterAt(text, offset);
    const type = code < 0 ? OtherLine : code < 128 ? (types[code] ?? UnknownTypeLine) : UnknownTypeLine;
    const token: IToken = {
      image: text.slice(offset, end),
      startOffset: offset,
      endOffset: end - 1,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
      startLine: NaN,
      startColumn: NaN,
      endLine: NaN,
      endColumn: NaN,
    };
    lines.push(token);
    if (type !== OtherLine && type !== UnknownTypeLine) grammar.push(token);
    offset = end;
  }
  return { lines, grammar };
}
