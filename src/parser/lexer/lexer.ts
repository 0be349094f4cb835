import { Lexer } from 'chevrotain';
import { allTokens } from './tokens.js';

let lexer: Lexer | undefined;

/**
 * The one lexer, built on first use (no work at import) and reused for every
 * parse. Only offsets are tracked: lines are counted by the model phase (one
 * token per line), and columns come from offsets, which costs far less than
 * chevrotain's full position tracking.
 */
export function sdpLexer(): Lexer {
  lexer ??= new Lexer(allTokens, {
    positionTracking: 'onlyOffset',
    skipValidations: true,
    ensureOptimizations: false,
  });
  return lexer;
}
