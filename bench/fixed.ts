import { parse } from '../dist/index.js';
import { sdpLexer } from '../dist/parser/lexer/lexer.js';
import { parseRaw } from '../dist/parser/grammar/run.js';
import * as st from 'sdp-transform';
const s = 'v=0\r\n';
for (const [name, fn] of [['parse', () => parse(s)], ['lex', () => sdpLexer.tokenize(s)], ['raw', () => parseRaw(s)], ['sdp-transform', () => st.parse(s)]] as const) {
  for (let i = 0; i < 1e5; i++) fn();
  const t = performance.now(); for (let i = 0; i < 5e5; i++) fn(); const us = (performance.now() - t) / 5e5 * 1000;
  console.log(name, us.toFixed(2), 'µs per call');
}
