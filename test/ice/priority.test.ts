import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePriority, decodePriority, MAX_PRIORITY } from '../../src/ice/index.js';

// Vectors from /work/shared/ice/README.md: each is a published unit-test value of its implementation.
const readmeCandidatePriorities: [string, number, number, number, number][] = [
  // [source, type preference, local preference, component, priority]
  ['pion host udp', 126, 65535, 1, 2130706431],
  ['pion host tcp active (99 = 126 - 27, 6<<13|8191)', 99, 57343, 1, 1675624447],
  ['pion host tcp passive', 99, 40959, 1, 1671430143],
  ['pion host tcp so', 99, 24575, 1, 1667235839],
  ['pion prflx udp', 110, 65535, 1, 1862270975],
  ['pion prflx tcp so', 83, 57343, 1, 1407188991],
  ['pion prflx tcp active', 83, 40959, 1, 1402994687],
  ['pion prflx tcp passive', 83, 24575, 1, 1398800383],
  ['pion srflx udp', 100, 65535, 1, 1694498815],
  ['pion relay via TURN/UDP', 0, 3, 1, 1023],
  ['pion relay via TURN/TCP', 0, 1, 1, 511],
  ['libwebrtc host, component 123, NIC 0, IPv4', 126, 30, 123, 2113937029],
  ['libwebrtc relay UDP, component 23, type 3', 3, 30, 23, 50339561],
  ['libwebrtc relay DTLS, component 23, type 2', 2, 30, 23, 33562345],
  ['libnice host UDP, ip index 0', 120, 0x2000, 1, 2015363327],
  ['Chrome host UDP IPv4 single NIC', 126, 32542, 1, 2122260223],
  ['Chrome srflx UDP IPv4', 100, 32542, 1, 1686052607],
];

describe('candidatePriority (RFC 8445 §5.1.2.1)', () => {
  it.each(readmeCandidatePriorities)('%s: %i/%i/%i = %i', (_name, typePreference, localPreference, component, expected) => {
    const r = candidatePriority({ typePreference, localPreference, component });
    expect(r).toEqual({ priority: expected, findings: [] });
  });

  it.each([
    ['type preference 127', { typePreference: 127, localPreference: 0, component: 1 }, ['type-preference-out-of-range']],
    ['negative type preference', { typePreference: -1, localPreference: 0, component: 1 }, ['type-preference-out-of-range']],
    ['fractional type preference', { typePreference: 1.5, localPreference: 0, component: 1 }, ['type-preference-out-of-range']],
    ['local preference 65536', { typePreference: 0, localPreference: 65536, component: 1 }, ['local-preference-out-of-range']],
    ['component 0', { typePreference: 126, localPreference: 0, component: 0 }, ['component-out-of-range']],
    ['component 257', { typePreference: 126, localPreference: 0, component: 257 }, ['component-out-of-range']],
    ['NaN component', { typePreference: 126, localPreference: 0, component: NaN }, ['component-out-of-range']],
    ['all three wrong', { typePreference: 200, localPreference: -5, component: 300 }, ['type-preference-out-of-range', 'local-preference-out-of-range', 'component-out-of-range']],
    ['0/0/256 gives priority 0', { typePreference: 0, localPreference: 0, component: 256 }, ['priority-out-of-range']],
  ])('%s: no priority, findings %j', (_name, parts, codes) => {
    const r = candidatePriority(parts);
    expect(r.priority).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toEqual(codes);
    expect(r.findings.every((f) => f.severity === 'error' && f.ref === 'RFC 8445 §5.1.2.1')).toBe(true);
  });

  it('quotes the offending value in the message', () => {
    expect(candidatePriority({ typePreference: 127, localPreference: 0, component: 1 }).findings[0]?.message).toBe(
      'type preference 127 is not an integer from 0 to 126',
    );
  });

  it('the extremes: 0/0/255 = 1 and 126/65535/1 = 2130706431', () => {
    expect(candidatePriority({ typePreference: 0, localPreference: 0, component: 255 }).priority).toBe(1);
    expect(candidatePriority({ typePreference: 126, localPreference: 65535, component: 1 }).priority).toBe(2130706431);
  });
});

describe('decodePriority', () => {
  // RFC 8421 §4 examples (type-pref | local-pref | 256-component).
  it.each([
    [2129289471, 126, 60000, 1],
    [1693081855, 100, 60000, 1],
    [15360255, 0, 60000, 1],
  ])('RFC 8421 example %i = %i / %i / component %i', (priority, typePreference, localPreference, component) => {
    expect(decodePriority(priority)).toEqual({ typePreference, localPreference, component, findings: [] });
  });

  it.each(readmeCandidatePriorities)('decodes the README vector %s', (_name, typePreference, localPreference, component, priority) => {
    expect(decodePriority(priority)).toEqual({ typePreference, localPreference, component, findings: [] });
  });

  it('a low byte of 0 means component 256', () => {
    expect(decodePriority(0x7e000100)).toMatchObject({ typePreference: 126, localPreference: 1, component: 256 });
  });

  it('reports a component that differs from the candidate (Google server: tcp priority computed for component 2)', () => {
    const r = decodePriority(2113939710, { component: 1, type: 'host' });
    expect(r.component).toBe(2);
    expect(r.findings).toEqual([
      {
        code: 'priority-component-mismatch',
        severity: 'warning',
        message: 'priority 2113939710 ends in 254 = 256 - 2, so it was computed for component 2, but the candidate is component 1',
        ref: 'RFC 8445 §5.1.2.1',
      },
    ]);
  });

  it.each([
    ['relay with 126', 2130706431, 'relay', 'a relay candidate with type preference 126: RFC 8445 §5.1.2.2 recommends 0 and known stacks use 0–30 for relay'],
    ['host with 0 (like the Google ICE-lite server, 0x000A0EFF)', 0x000a0eff, 'host', 'a host candidate with type preference 0: RFC 8445 §5.1.2.2 recommends 126 and known stacks use 60–126 for host'],
    ['srflx with 126', 2130706431, 'srflx', 'a srflx candidate with type preference 126: RFC 8445 §5.1.2.2 recommends 100 and known stacks use 50–110 for srflx'],
  ])('type preference inconsistent with type: %s', (_name, priority, type, message) => {
    const r = decodePriority(priority, { component: 1, type });
    expect(r.findings).toEqual([{ code: 'type-preference-inconsistent', severity: 'warning', message, ref: 'RFC 8445 §5.1.2.2' }]);
  });

  it.each([
    ['host 126', 2130706431, 'host'],
    ['libnice tcp host 60', 60 * 2 ** 24 + 255, 'host'],
    ['Chrome 2014 srflx 110', 1845501695, 'srflx'],
    ['Firefox relay 5', 100401151, 'relay'],
    ['libnice relay 30', 30 * 2 ** 24 + 255, 'relay'],
    ['unknown type is not checked', 2130706431, 'weird'],
  ])('no type finding for %s', (_name, priority, type) => {
    expect(decodePriority(priority, { component: 1, type }).findings).toEqual([]);
  });

  it.each([
    [0, ['priority-out-of-range']],
    [2 ** 31, ['priority-out-of-range', 'type-preference-out-of-range']],
    [2 ** 32 - 1, ['priority-out-of-range', 'type-preference-out-of-range']],
    [127 * 2 ** 24, ['type-preference-out-of-range']],
  ])('range findings for %i', (priority, codes) => {
    expect(decodePriority(priority).findings.map((f) => f.code)).toEqual(codes);
  });

  it.each([-1, 1.5, 2 ** 32, NaN, Infinity])('%s is not a 32-bit priority: NaN fields and an error', (priority) => {
    const r = decodePriority(priority);
    expect(r.typePreference).toBeNaN();
    expect(r.localPreference).toBeNaN();
    expect(r.component).toBeNaN();
    expect(r.findings.map((f) => f.code)).toEqual(['priority-out-of-range']);
  });

  it('property: decode(candidatePriority(parts)) = parts for every valid input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 126 }), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 1, max: 256 }), (t, l, c) => {
        const r = candidatePriority({ typePreference: t, localPreference: l, component: c });
        if (t === 0 && l === 0 && c === 256) return r.priority === undefined;
        return r.priority !== undefined && r.priority >= 1 && r.priority <= MAX_PRIORITY && JSON.stringify(decodePriority(r.priority)) === JSON.stringify({ typePreference: t, localPreference: l, component: c, findings: [] });
      }),
    );
  });

  it('property: candidatePriority is strictly monotone in type, then local preference, then lower component', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 126 }), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 1, max: 255 })),
        fc.tuple(fc.integer({ min: 0, max: 126 }), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 1, max: 255 })),
        ([t1, l1, c1], [t2, l2, c2]) => {
          const p1 = candidatePriority({ typePreference: t1, localPreference: l1, component: c1 }).priority!;
          const p2 = candidatePriority({ typePreference: t2, localPreference: l2, component: c2 }).priority!;
          const key1 = [t1, l1, -c1];
          const key2 = [t2, l2, -c2];
          const cmp = key1[0]! - key2[0]! || key1[1]! - key2[1]! || key1[2]! - key2[2]!;
          return Math.sign(p1 - p2) === Math.sign(cmp);
        },
      ),
    );
  });

  it('property: decodePriority never throws and its fields recompose the priority', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (p) => {
        const d = decodePriority(p);
        return d.typePreference * 2 ** 24 + d.localPreference * 2 ** 8 + (256 - d.component) === p;
      }),
    );
  });
});
