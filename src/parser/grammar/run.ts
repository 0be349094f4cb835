import { sdpLexer } from '../lexer/lexer.js';
import { sdpGrammar, type RawDescription } from './parser.js';

/** Lexes and parses `text` into its raw sections. Total: never fails, never throws for a string. */
export function parseRaw(text: string): RawDescription {
  sdpGrammar.input = sdpLexer.tokenize(text).tokens;
  const raw = sdpGrammar.description();
  // The grammar instance is shared: drop its reference to the tokens so they can be collected.
  sdpGrammar.input = [];
  return raw;
}
