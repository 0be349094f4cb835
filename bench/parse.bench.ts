/*
 * npm run bench: sdpkit's parse against sdp-transform's, in one process, on
 * the same inputs. Reports throughput (MB/s, medians of several timed runs
 * after a warm-up) and the ratio, then a scaling run on a ~5 KB and a ~5 MB
 * description (time per byte should stay flat).
 *
 * sdpkit's result is the full one: every line with its source and position,
 * typed values, session/media views, and diagnostics.
 */
import { readFileSync } from 'node:fs';
import * as sdpTransform from 'sdp-transform';
import { corpusFiles, hasCorpus } from '../test/helpers/corpus.js';
import { coldImport, formatMs } from '../scripts/measure.js';
import { sdpkit } from './built.js';

const { parse } = sdpkit;

type Parser = (text: string) => unknown;

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function measure(inputs: readonly string[], fn: Parser, minMs: number): number {
  const bytes = inputs.reduce((n, s) => n + s.length, 0);
  // Warm-up: let the JIT settle on this input set.
  const warmEnd = performance.now() + minMs;
  while (performance.now() < warmEnd) for (const s of inputs) fn(s);
  const rates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let iterations = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (const s of inputs) fn(s);
      iterations++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    rates.push((bytes * iterations) / 1e6 / (elapsed / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

function row(label: string, inputs: readonly string[], minMs = 200): { ours: number; peer: number } {
  // Alternate the order so neither parser always runs on a warmer machine.
  const peer1 = measure(inputs, (s) => sdpTransform.parse(s), minMs);
  const ours1 = measure(inputs, parse, minMs);
  const ours2 = measure(inputs, parse, minMs);
  const peer2 = measure(inputs, (s) => sdpTransform.parse(s), minMs);
  const ours = (ours1 + ours2) / 2;
  const peer = (peer1 + peer2) / 2;
  const kb = inputs.reduce((n, s) => n + s.length, 0) / 1024;
  console.log(
    `${label.padEnd(34)} ${kb.toFixed(1).padStart(9)} KB   sdpkit ${ours.toFixed(1).padStart(7)} MB/s   sdp-transform ${peer.toFixed(1).padStart(7)} MB/s   ratio ${(ours / peer).toFixed(2)}x`,
  );
  return { ours, peer };
}

function candidateLine(i: number): string {
  const a = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  return `a=candidate:${1000000 + i} 1 udp ${2122260223 - i} ${a} ${50000 + (i % 10000)} typ host generation 0 network-id 1 network-cost 10\r\n`;
}

/** A browser-shaped description grown to about `target` bytes with m-sections and candidates. */
function synthetic(base: string, target: number): string {
  const sections = base.split(/(?=^m=)/m);
  const head = sections[0]!;
  const media = sections.slice(1);
  let out = head;
  let i = 0;
  while (out.length < target) {
    const m = media[i % media.length]!.replace(/a=mid:\S+/, `a=mid:${i}`);
    let cands = '';
    for (let k = 0; k < 20; k++) cands += candidateLine(i * 20 + k);
    out += m + cands;
    i++;
  }
  return out;
}

const offer = readFileSync(new URL('../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../examples/firefox-answer.sdp', import.meta.url), 'utf8');

console.log(`node ${process.version}, ${RUNS} timed runs per figure (median), inputs parsed in a loop\n`);
const results: { ours: number; peer: number }[] = [];
if (hasCorpus) {
  results.push(row(`shared corpus (${corpusFiles().length} files)`, corpusFiles().map((f) => f.text)));
} else {
  console.log('shared corpus not found: corpus row skipped');
}
results.push(row('browser offer + answer (examples/)', [offer, answer]));

console.log('\nscaling (time per byte):');
const small = synthetic(offer, 5 * 1024);
const large = synthetic(offer, 5 * 1024 * 1024);
const s = row('~5 KB description', [small]);
const l = row('~5 MB description', [large], 2000);
const nsPerByte = (mbps: number) => 1000 / mbps;
console.log(
  `\nsdpkit ns/byte: 5 KB ${nsPerByte(s.ours).toFixed(2)}, 5 MB ${nsPerByte(l.ours).toFixed(2)} (5 MB / 5 KB = ${(s.ours / l.ours).toFixed(2)}x, target <= 1.5x)`,
);
// Memory: what the parsed result keeps alive, per line, at 5 MB (the input text itself not counted).
const gc = (globalThis as { gc?: () => void }).gc;
if (gc !== undefined) {
  const lineCount = large.split('\n').length - 1;
  const retained = (fn: Parser): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = fn(large);
    gc();
    const after = process.memoryUsage().heapUsed;
    if (kept === undefined) throw new Error('unreachable: keeps the result alive until measured');
    return (after - before) / lineCount;
  };
  const ours = retained(parse);
  const peer = retained((t) => sdpTransform.parse(t));
  console.log(`\nretained per line at 5 MB (${lineCount} lines): sdpkit ${ours.toFixed(0)} B   sdp-transform ${peer.toFixed(0)} B   ratio ${(ours / peer).toFixed(2)}x (target sdpkit <= 250 B)`);
} else {
  console.log('\nretained memory not measured: run with node --expose-gc (npm run bench does)');
}
// Startup, not throughput: importing the package in a fresh process (the same measurement as npm run size).
const ourImport = coldImport('sdpkit');
const peerImport = coldImport('sdp-transform');
console.log(`\ncold import (fresh node, median of ${ourImport.runs}): sdpkit ${formatMs(ourImport.median)}   sdp-transform ${formatMs(peerImport.median)}`);
// Editing: one recipe on a browser offer against one parse of it (the edit includes parsing its result).
{
  const parsed = parse(offer).document;
  const editRate = measure([offer], () => sdpkit.removeCodecs(parsed, 'video', 'VP8'), 200);
  const parseRate = measure([offer], parse, 200);
  const peerRate = measure([offer], (t) => sdpTransform.write(sdpTransform.parse(t)), 200);
  console.log(
    `\nediting the browser offer (removeCodecs video VP8): ${(parseRate / editRate).toFixed(2)}x the time of one parse; ` +
      `sdp-transform parse+write of it: ${(parseRate / peerRate).toFixed(2)}x`,
  );
}
const main = results[0]!;
console.log(`\nheadline: sdpkit / sdp-transform = ${(main.ours / main.peer).toFixed(2)}x on ${hasCorpus ? 'the shared corpus' : 'the examples'}`);
