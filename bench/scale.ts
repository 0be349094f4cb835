/*
 * Scaling harness: for every lint rule, lint as a whole, explain, extract
 * and diff, the time at n and 4n on generated inputs (test/helpers/scale-inputs.ts)
 * and the log-log exponent log(t4n / tn) / log 4. Linear code gives about
 * 1, quadratic code 2. Parsing is done beforehand and not timed.
 *
 *   npm run scale                  every subject on every shape
 *   npm run scale -- bundle explain  only subjects whose name contains one of the words
 *
 * Times are CPU time of the process (wall time on a busy machine favours
 * short runs), the minimum of several runs, each after a full GC (the script
 * runs node with --expose-gc). Exponents of runs under 5 ms at 4n are left
 * out: too short to read on a busy machine, and too fast to matter.
 */
import { diffOfferAnswer } from '../src/diff/index.js';
import { explain } from '../src/explain/index.js';
import { extractDescriptions } from '../src/extract/index.js';
import { rules } from '../src/lint/registry.js';
import { lint } from '../src/lint/run.js';
import { parse, type ParseResult } from '../src/parser/index.js';
import { escapedSdp, sections, shapes, type Shape } from '../test/helpers/scale-inputs.js';
import { cpuMs } from '../test/helpers/scaling.js';

const MIN_MS = 5;
const filters = process.argv.slice(2);
const wanted = (name: string): boolean => filters.length === 0 || filters.some((f) => name.includes(f));

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * The best of several runs, each after a full GC: on a busy machine a short
 * run is often interrupted, so short ones are repeated until 200 ms were
 * spent (at most 30 runs); one run when it takes over a second.
 */
function time(run: () => void): number {
  let best = Infinity;
  let spent = 0;
  for (let k = 0; k < 30; k++) {
    gc();
    const t = cpuMs(run);
    best = Math.min(best, t);
    spent += t;
    if (t > 1000 || (k >= 2 && spent >= 200)) break;
  }
  return best;
}

interface Row {
  subject: string;
  shape: string;
  n: number;
  t1: number;
  t4: number;
  exponent: number | undefined;
}

const rows: Row[] = [];

function measure(subject: string, shape: string, n: number, prepare: (n: number) => () => void): void {
  const t1 = time(prepare(n));
  // Far too slow already: 4n would take minutes.
  const t4 = t1 > 3000 ? NaN : time(prepare(4 * n));
  const exponent = Number.isNaN(t4) || t4 < MIN_MS ? undefined : Math.log(t4 / Math.max(t1, 0.01)) / Math.log(4);
  const row = { subject, shape, n, t1, t4, exponent };
  rows.push(row);
  if (exponent !== undefined && exponent > 1.3) print(row);
}

function print(r: Row): void {
  const e = r.exponent === undefined ? '   –' : r.exponent.toFixed(2).padStart(5);
  console.log(`${r.subject.padEnd(34)} ${r.shape.padEnd(20)} n=${String(r.n).padStart(6)}  ${r.t1.toFixed(1).padStart(8)} ms → ${r.t4.toFixed(1).padStart(8)} ms  exponent ${e}`);
}

const parsed = new Map<string, ParseResult>();
function doc(shape: Shape, n: number, role: 'offer' | 'answer' = 'offer'): ParseResult {
  const key = `${shape.name}/${n}/${role}`;
  let r = parsed.get(key);
  if (r === undefined) {
    r = parse(shape.build(n, role));
    parsed.set(key, r);
  }
  return r;
}

console.log('exponents above 1.3 as they are found; the full table follows\n');

for (const rule of rules) {
  if (!wanted(rule.id)) continue;
  for (const shape of shapes) {
    measure(rule.id, shape.name, shape.n, (n) => {
      if (rule.scope === 'document') {
        const d = doc(shape, n).document;
        return () => rule.check({ document: d, type: 'answer', report: () => {} });
      }
      const offer = doc(shape, n, 'offer').document;
      const answer = doc(shape, n, 'answer').document;
      return () => rule.check({ offer, answer, report: () => {} });
    });
  }
}

if (wanted('lint')) {
  for (const shape of shapes) {
    measure('lint (all rules)', shape.name, shape.n, (n) => {
      const r = doc(shape, n);
      return () => lint(r, { type: 'offer' });
    });
  }
}

if (wanted('explain')) {
  for (const shape of shapes) {
    measure('explain', shape.name, shape.n, (n) => {
      const d = doc(shape, n).document;
      return () => explain(d);
    });
  }
}

if (wanted('diff')) {
  for (const shape of shapes) {
    measure('diff', shape.name, shape.n, (n) => {
      const offer = doc(shape, n, 'offer').document;
      const answer = doc(shape, n, 'answer').document;
      return () => diffOfferAnswer(offer, answer);
    });
  }
  const size = (n: number): number => JSON.stringify(diffOfferAnswer(doc(sections, n, 'offer').document, doc(sections, n, 'answer').document)).length;
  const [s1, s4] = [size(sections.n), size(4 * sections.n)];
  rows.push({ subject: 'diff JSON size (bytes, not ms)', shape: 'sections', n: sections.n, t1: s1, t4: s4, exponent: Math.log(s4 / s1) / Math.log(4) });
}

if (wanted('extract')) {
  measure('extractDescriptions', 'escaped JSON (sections)', 200, (n) => {
    const text = escapedSdp(n);
    return () => extractDescriptions(text);
  });
}

console.log('\nsubject                            shape                  size      time at n → time at 4n');
for (const r of rows) print(r);
const bad = rows.filter((r) => r.exponent !== undefined && r.exponent > 1.3);
console.log(`\n${bad.length} of ${rows.length} measurements above exponent 1.3`);
