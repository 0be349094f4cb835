/*
 * Check-list cost at scale: `node --import tsx bench/ice-scale.ts list N M` builds the
 * check list of N local × M remote generated candidates (the built library) and prints
 * time and heap; `bench/ice-scale.ts sdp N FILE SIDE` writes an SDP with N candidates in
 * one m-section, for measuring `sdp ice` (run it under /usr/bin/time -v).
 */
import { writeFileSync } from 'node:fs';
import { candidates, sdpWith } from '../test/ice/generated.js';
import { sdpkit } from './built.js';

const [mode, x, y] = process.argv.slice(2);
if (mode === 'list') {
  const local = candidates(0, Number(x), sdpkit.parseCandidate);
  const remote = candidates(1, Number(y ?? x), sdpkit.parseCandidate);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t = performance.now();
  const r = sdpkit.checkList(local, remote, { role: 'controlling' });
  const ms = performance.now() - t;
  console.log(JSON.stringify({ local: local.length, remote: remote.length, ms: Math.round(ms), pairs: r.pairs.length, pruned: r.pruned.length, formed: r.formedCount, prunedCount: r.prunedCount, heapMB: Math.round((process.memoryUsage().heapUsed - before) / 1e6), rssMB: Math.round(process.memoryUsage().rss / 1e6) }));
} else if (mode === 'sdp') {
  writeFileSync(String(y), sdpWith(Number(process.argv[5] ?? 0), Number(x)));
}
