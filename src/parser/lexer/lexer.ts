import { Lexer } from 'chevrotain';
import { allTokens } from './tokens.js';

/**
 * One lexer instance, reused for every parse. Only offsets are tracked: the
 * grammar counts lines (one per line token), and columns come from offsets,
 * which costs far less than chevrotain's full position tracking.
 */
export const sdpLexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  skipValidations: true,
  ensureOptimizations: false,
});
