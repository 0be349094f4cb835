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

/**
 * Chunks of about this many characters are lexed and modelled one after the
 * other, so chevrotain's token objects die young instead of living (and
 * being promoted by the garbage collector) until a multi-megabyte input is
 * fully modelled.
 */
export const CHUNK = 64 * 1024;

/** Lexes and parses `text` chunk by chunk, each ending after a line feed (or at the end). */
export function* parseRawChunks(text: string): Generator<RawDescription & { base: number }> {
  let base = 0;
  while (base < text.length) {
    const lf = text.indexOf('\n', base + CHUNK);
    const end = lf < 0 ? text.length : lf + 1;
    yield { ...parseRaw(text.slice(base, end)), base };
    base = end;
  }
}
