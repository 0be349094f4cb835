/*
 * Where parse time goes, phase by phase, on a ~5 KB and a ~5 MB description
 * (run with `npx tsx bench/phases.ts`; reads the sources, not the build).
 */
import { readFileSync } from 'node:fs';
import { lexLines } from '../src/parser/lexer/lexer.js';
import { sdpGrammar } from '../src/parser/grammar/parser.js';
import { buildModel } from '../src/parser/build/to-model.js';
import { assembleDocument } from '../src/parser/model/document.js';

const offer = readFileSync(new URL('../examples/chrome-offer.sdp', import.meta.url), 'utf8');
function grow(target: number): string {
  let big = '';
  let i = 0;
  while (big.length < target) big += offer.replace(/a=mid:\S+/g, `a=mid:${i++}`);
  return big;
}
const small = grow(5000);
const large = grow(5e6);
function rate(label: string, text: string, fn: (s: string) => unknown): void {
  const reps = Math.max(1, Math.round(2e7 / text.length));
  fn(text);
  const t = performance.now();
  for (let i = 0; i < reps; i++) fn(text);
  const ms = performance.now() - t;
  console.log(label.padEnd(30), ((text.length * reps) / 1e6 / (ms / 1000)).toFixed(1), 'MB/s');
}
for (const [name, text] of [['small', small], ['large', large]] as const) {
  rate(`${name} lex`, text, (s) => lexLines(s));
  rate(`${name} lex+grammar`, text, (s) => sdpGrammar().outline(lexLines(s).grammar));
  rate(`${name} +model`, text, (s) => buildModel(s));
  rate(`${name} +views`, text, (s) => {
    const m = buildModel(s);
    return assembleDocument(m.lines, m.sections);
  });
}
