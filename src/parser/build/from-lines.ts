import { createTokenInstance, type IToken } from 'chevrotain';
import { tokenTypeOf } from '../lexer/tokens.js';
import { sdpGrammar } from '../grammar/parser.js';
import type { SdpLine } from '../model/line.js';
import type { Sections } from '../model/sections.js';

/**
 * The sections of lines that were not parsed from text (built from plain
 * objects, or edited): the same grammar reads a token per typed line, so a
 * built document has the structure a parsed one would have.
 */
export function sectionsOfLines(lines: readonly SdpLine[]): Sections {
  const tokens: IToken[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, index) => {
    const type = tokenTypeOf(line.type);
    if (type === undefined) return;
    tokens.push(createTokenInstance(type, '', index, index, NaN, NaN, NaN, NaN));
    lineOf.push(index);
  });
  const mediaStarts = sdpGrammar().outline(tokens).mediaStarts.map((k) => lineOf[k]!);
  return { sessionEnd: mediaStarts[0] ?? lines.length, mediaStarts };
}
