import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairPriority, pairPriorityForRole } from '../../src/ice/index.js';

// /work/shared/ice/README.md "Pair priorities".
const readmePairs: [string, number, number, bigint][] = [
  ['libwebrtc TestConnectionPriority, host side controlling', 2113937029, 50339561, 216206772417871115n],
  ['libwebrtc TestConnectionPriority, relay side controlling', 50339561, 2113937029, 216206772417871114n],
  ['libnice test-priority.c (1, 5000)', 1, 5000, 4294977296n],
  ['libnice test-priority.c (5000, 1)', 5000, 1, 4294977297n],
  ['RFC 8445 formula, host-host', 2130706431, 2130706431, 9151314442783293438n],
];

const valid = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('candidatePairPriority (RFC 8445 §6.1.2.3)', () => {
  it.each(readmePairs)('%s: G=%i D=%i', (_name, g, d, expected) => {
    expect(candidatePairPriority(g, d)).toBe(expected);
  });

  it('the libwebrtc vectors in hex', () => {
    expect(candidatePairPriority(2113937029, 50339561).toString(16)).toBe('3001ee9fc003d0b');
    expect(candidatePairPriority(50339561, 2113937029).toString(16)).toBe('3001ee9fc003d0a');
  });

  it("is not pion's value: pion multiplies by 2^32-1 (README: 9151314440652587007)", () => {
    const g = 2130706431n;
    const pion = (2n ** 32n - 1n) * g + 2n * g;
    expect(pion).toBe(9151314440652587007n);
    expect(candidatePairPriority(2130706431, 2130706431)).not.toBe(pion);
  });

  it('exceeds 2^53: a Number would lose the low bit', () => {
    const p = candidatePairPriority(2130706431, 2130706430);
    expect(p > 2n ** 53n).toBe(true);
    expect(BigInt(Number(p))).not.toBe(p);
  });

  it('throws a RangeError for a value that is not an unsigned 32-bit integer', () => {
    expect(() => candidatePairPriority(-1, 1)).toThrow(RangeError);
    expect(() => candidatePairPriority(1, 2 ** 32)).toThrow('controlled priority must be an integer from 0 to 2^32-1, got 4294967296');
    expect(() => candidatePairPriority(1.5, 1)).toThrow(RangeError);
  });

  it('pairPriorityForRole: controlling means G = local', () => {
    expect(pairPriorityForRole(2113937029, 50339561, 'controlling')).toBe(216206772417871115n);
    expect(pairPriorityForRole(2113937029, 50339561, 'controlled')).toBe(216206772417871114n);
  });

  it('property: distinct (G, D) give distinct pair priorities for RFC-valid priorities (1..2^31-1)', () => {
    fc.assert(
      fc.property(valid, valid, valid, valid, (g1, d1, g2, d2) => {
        fc.pre(g1 !== g2 || d1 !== d2);
        return candidatePairPriority(g1, d1) !== candidatePairPriority(g2, d2);
      }),
    );
    // Equal MIN and MAX but swapped roles is the hardest case: only the low bit differs.
    fc.assert(fc.property(valid, valid, (a, b) => a === b || candidatePairPriority(a, b) !== candidatePairPriority(b, a)));
  });

  it('but priorities above 2^31-1 (accepted on the wire) can collide: 2*MAX spills into the MIN field', () => {
    // (G=0, D=2^31+1): 2^32*0 + 2*(2^31+1) + 0 = 2^32 + 2; (G=1, D=1): 2^32*1 + 2*1 + 0 = 2^32 + 2.
    expect(candidatePairPriority(0, 2 ** 31 + 1)).toBe(candidatePairPriority(1, 1));
  });

  it('property: swapping roles changes only the low bit, and only when G ≠ D', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (g, d) => {
        const a = candidatePairPriority(g, d);
        const b = candidatePairPriority(d, g);
        if (g === d) return a === b && (a & 1n) === 0n;
        return (a ^ b) === 1n && (a & 1n) === (g > d ? 1n : 0n);
      }),
    );
  });

  it('property: monotone in MIN(G, D)', () => {
    fc.assert(
      fc.property(valid, valid, valid, valid, (g1, d1, g2, d2) => {
        fc.pre(Math.min(g1, d1) < Math.min(g2, d2));
        return candidatePairPriority(g1, d1) < candidatePairPriority(g2, d2);
      }),
    );
  });

  it('property: equals the formula written with exact integers and fits in 64 bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (g, d) => {
        const G = BigInt(g);
        const D = BigInt(d);
        const expected = (G < D ? G : D) * 4294967296n + 2n * (G > D ? G : D) + (G > D ? 1n : 0n);
        const p = candidatePairPriority(g, d);
        return p === expected && p >= 0n && p < 2n ** 64n;
      }),
    );
  });
});
