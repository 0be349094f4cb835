import { sdpkit } from './built.js';
import { sdpLexer } from '../src/parser/lexer/lexer.js';
import { parseRaw } from '../src/parser/grammar/run.js';
import * as st from 'sdp-transform';
// parse from the build; the lexer and the raw grammar from the sources (the package bundles them).
const { parse } = sdpkit;
const s = 'v=0\r\n';
for (const [name, fn] of [['parse', () => parse(s)], ['lex', () => sdpLexer.tokenize(s)], ['raw', () => parseRaw(s)], ['sdp-transform', () => st.parse(s)]] as const) {
  for (let i = 0; i < 1e5; i++) fn();
  const t = performance.now(); for (let i = 0; i < 5e5; i++) fn(); const us = (performance.now() - t) / 5e5 * 1000;
  console.log(name, us.toFixed(2), 'µs per call');
}
