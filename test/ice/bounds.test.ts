import { describe, expect, it } from 'vitest';
import { candidatePairPriority, candidatePriority, decodePriority, MAX_PRIORITY } from '../../src/ice/index.js';

/*
 * The edges of the ranges RFC 8445 gives (priority 1..2^31-1 in §5.1.2.1,
 * type preference 0..126, pair priorities over unsigned 32-bit values in
 * §6.1.2.3), one table per function, with the exact findings and messages.
 */

const findings = (r: { findings: readonly { code: string; message: string }[] }) => r.findings.map((f) => `${f.code}: ${f.message}`);

describe('candidatePriority: out-of-range inputs give one finding each, with its numbers', () => {
  it.each([
    [{ typePreference: 127, localPreference: 0, component: 1 }, ['type-preference-out-of-range: type preference 127 is not an integer from 0 to 126']],
    [{ typePreference: 0, localPreference: 65536, component: 1 }, ['local-preference-out-of-range: local preference 65536 is not an integer from 0 to 65535']],
    [{ typePreference: 0, localPreference: 0, component: 257 }, ['component-out-of-range: component 257 is not an integer from 1 to 256']],
    [{ typePreference: 0, localPreference: 0, component: 0 }, ['component-out-of-range: component 0 is not an integer from 1 to 256']],
    [{ typePreference: 0, localPreference: 0, component: 256 }, [`priority-out-of-range: type 0, local preference 0 and component 256 give priority 0; a priority must be from 1 to ${MAX_PRIORITY}`]],
  ])('%o', (parts, expected) => {
    const r = candidatePriority(parts);
    expect(findings(r)).toEqual(expected);
    expect(r).not.toHaveProperty('priority');
  });

  it('type 0, local 0, component 255 is the lowest valid priority, 1', () => {
    expect(candidatePriority({ typePreference: 0, localPreference: 0, component: 255 })).toEqual({ priority: 1, findings: [] });
  });
});

describe('decodePriority: the edges of 1..2^31-1 and of type preference 126', () => {
  it.each([
    [1, []],
    [MAX_PRIORITY, ['type-preference-out-of-range: priority 2147483647 holds type preference 127; the maximum is 126']],
    [126 * 2 ** 24 + 65535 * 2 ** 8 + 255, []],
    [0, [`priority-out-of-range: priority 0 is outside 1..${MAX_PRIORITY}`]],
    [MAX_PRIORITY + 1, [`priority-out-of-range: priority 2147483648 is outside 1..${MAX_PRIORITY}`, 'type-preference-out-of-range: priority 2147483648 holds type preference 128; the maximum is 126']],
    [2 ** 32, [`priority-out-of-range: priority 4294967296 is not an integer from 1 to ${MAX_PRIORITY}`]],
    [1.5, [`priority-out-of-range: priority 1.5 is not an integer from 1 to ${MAX_PRIORITY}`]],
  ])('%d', (priority, expected) => {
    expect(findings(decodePriority(priority))).toEqual(expected);
  });

  it('a type preference above 126 is out of range, not also inconsistent with the candidate type', () => {
    expect(decodePriority(MAX_PRIORITY, { component: 1, type: 'host' }).findings.map((f) => f.code)).toEqual(['type-preference-out-of-range']);
  });

  it.each([
    ['prflx', 40, ['type-preference-inconsistent']],
    ['PRFLX', 40, ['type-preference-inconsistent']],
    ['prflx', 110, []],
    ['srflx', 111, ['type-preference-inconsistent']],
    ['host', 59, ['type-preference-inconsistent']],
    ['relay', 31, ['type-preference-inconsistent']],
    ['relay', 30, []],
    ['unknown-type', 0, []],
  ])('a %s candidate with type preference %i: %o', (type, typePreference, codes) => {
    const priority = typePreference * 2 ** 24 + 1000 * 2 ** 8 + 255;
    expect(decodePriority(priority, { component: 1, type }).findings.map((f) => f.code)).toEqual(codes);
  });
});

describe('candidatePairPriority: unsigned 32-bit inputs (RFC 8445 §6.1.2.3)', () => {
  it('accepts 2^32-1 on either side', () => {
    const top = 2 ** 32 - 1;
    expect(candidatePairPriority(top, 0)).toBe(2n * BigInt(top) + 1n);
    expect(candidatePairPriority(0, top)).toBe(2n * BigInt(top));
    expect(candidatePairPriority(top, top)).toBe(2n ** 32n * BigInt(top) + 2n * BigInt(top));
  });

  it.each([
    [2 ** 32, 1, 'controlling priority must be an integer from 0 to 2^32-1, got 4294967296'],
    [1, -1, 'controlled priority must be an integer from 0 to 2^32-1, got -1'],
    [1, 0.5, 'controlled priority must be an integer from 0 to 2^32-1, got 0.5'],
  ])('throws a RangeError naming the side for (%d, %d)', (g, d, message) => {
    expect(() => candidatePairPriority(g, d)).toThrow(new RangeError(message));
  });
});
