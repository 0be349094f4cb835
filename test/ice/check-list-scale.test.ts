import { describe, expect, it } from 'vitest';
import { iceCommand } from '../../src/cli/commands/ice.js';
import { checkList } from '../../src/ice/index.js';
import { parseCandidate } from '../../src/parser/index.js';
import { candidates, sdpWith } from './generated.js';

/*
 * The check list must cost about O((n+m)·log + limit·log), not O(n·m): 10k × 10k
 * candidates form 10^8 pairs, which the old all-pairs list could not hold
 * (out of memory after 163 s). Bounds are generous: this machine is shared.
 */

function timed<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

describe('checkList at scale', () => {
  const big = { local: candidates(0, 10_000, parseCandidate), remote: candidates(1, 10_000, parseCandidate) };

  it('10k × 10k candidates: a few seconds, bounded memory, every pair counted', () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { ms, value: r } = timed(() => checkList(big.local, big.remote, { role: 'controlling' }));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(ms).toBeLessThan(8_000);
    // The old list kept every formed pair at ~800 bytes each: 10^8 pairs would be ~80 GB.
    expect(heapGrowth).toBeLessThan(200e6);
    expect(r.pairs).toHaveLength(100);
    expect(r.pruned).toHaveLength(100);
    expect(r.formedCount).toBe(r.pairs.length + r.prunedCount.total);
    expect(r.formedCount).toBeGreaterThan(10_000_000);
    expect(r.prunedCount['no-base']).toBeGreaterThan(0);
    expect(r.prunedCount.redundant).toBeGreaterThan(0);
    expect(r.prunedCount.limit).toBeGreaterThan(0);
  });

  it('4× the candidates costs clearly less than 16× the time (min of 5 interleaved runs, bound 8×)', () => {
    // CPU time of this process, not wall time: other processes on a loaded machine do not count.
    const cpu = (n: number) => {
      const local = big.local.slice(0, n);
      const remote = big.remote.slice(0, n);
      const t = process.cpuUsage();
      checkList(local, remote, { role: 'controlled', limit: 200 });
      const d = process.cpuUsage(t);
      return d.user + d.system;
    };
    cpu(500); // warm up the JIT
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < 5; i++) {
      small.push(cpu(2_500));
      large.push(cpu(10_000));
    }
    expect(Math.min(...large) / Math.min(...small)).toBeLessThan(8);
  });
});

describe('sdp ice on a large generated exchange (the ~50 MB shape, smaller)', () => {
  it('20k candidates per side: check list built, pruned pairs counted, output bounded', () => {
    const offer = { name: 'offer.sdp', text: sdpWith(0, 20_000) };
    const answer = { name: 'answer.sdp', text: sdpWith(1, 20_000) };
    const { ms, value: r } = timed(() => iceCommand(offer, { remote: answer, json: false, color: false }));
    expect(r.exitCode).toBe(0);
    expect(ms).toBeLessThan(60_000);
    const heading = r.stdout.split('\n').find((l) => l.startsWith('audio mid 0: ') && l.includes(' pairs'));
    expect(heading).toMatch(/^audio mid 0: 100 pairs, \d+ pruned \(\d+ redundant, \d+ beyond the limit, \d+ without a known base\)$/);
    expect(r.stdout).toMatch(/… and \d+ more pruned pairs \(counted, not listed\)/);
  }, 120_000);
});
