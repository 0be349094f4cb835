import { sdpLexer } from '../lexer/lexer.js';
import { sdpGrammar, type RawDescription } from './parser.js';

/** Lexes and parses `text` into its raw sections. Total: never fails, never throws for a string. */
export function parseRaw(text: string): RawDescription {
  sdpGrammar.input = sdpLexer.tokenize(text).tokens;
  return sdpGrammar.description();
}
