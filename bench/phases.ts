// The parser's phases, from the sources (tsx): the package bundles them into one file.
import { readFileSync } from 'node:fs';
import { sdpLexer } from '../src/parser/lexer/lexer.js';
import { parseRaw } from '../src/parser/grammar/run.js';
import { toModel } from '../src/parser/cst/to-model.js';
import { assembleDocument } from '../src/parser/model/document.js';
const offer = readFileSync(new URL('../examples/chrome-offer.sdp', import.meta.url), 'utf8');
function grow(target: number) { let big = ''; let i = 0; while (big.length < target) big += offer.replace(/a=mid:\S+/g, `a=mid:${i++}`); return big; }
const small = grow(5000), large = grow(5e6);
function rate(label: string, text: string, fn: (s: string) => unknown) {
  const reps = Math.max(1, Math.round(2e7 / text.length));
  fn(text);
  const t = performance.now(); for (let i = 0; i < reps; i++) fn(text); const ms = performance.now() - t;
  console.log(label.padEnd(30), (text.length * reps / 1e6 / (ms / 1000)).toFixed(1), 'MB/s');
}
for (const [name, text] of [['small', small], ['large', large]] as const) {
  rate(`${name} lex`, text, (s) => sdpLexer.tokenize(s));
  rate(`${name} lex+grammar`, text, (s) => parseRaw(s));
  rate(`${name} +toModel`, text, (s) => toModel(parseRaw(s)));
  rate(`${name} +assemble`, text, (s) => assembleDocument(toModel(parseRaw(s)).lines));
}
