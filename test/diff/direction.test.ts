import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFlow } from '../../src/diff/direction.js';
import { allowedAnswers, diffOfferAnswer, directionOutcome, reverseDirection } from '../../src/diff/index.js';
import type { Direction } from '../../src/index.js';
import { pair } from './helpers.js';

const DIRECTIONS: Direction[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

// Every offered × answered direction: [offered, answered, valid, offerer sends, offerer receives, verdict, finding code]
const table: [Direction, Direction, boolean, boolean, boolean, 'ok' | 'degraded' | 'failed', string | null][] = [
  ['sendrecv', 'sendrecv', true, true, true, 'ok', null],
  ['sendrecv', 'sendonly', true, false, true, 'degraded', 'direction-narrowed'],
  ['sendrecv', 'recvonly', true, true, false, 'degraded', 'direction-narrowed'],
  ['sendrecv', 'inactive', true, false, false, 'degraded', 'direction-inactive'],
  ['sendonly', 'sendrecv', false, true, false, 'failed', 'direction-invalid'],
  ['sendonly', 'sendonly', false, false, false, 'failed', 'direction-invalid'],
  ['sendonly', 'recvonly', true, true, false, 'ok', null],
  ['sendonly', 'inactive', true, false, false, 'degraded', 'direction-inactive'],
  ['recvonly', 'sendrecv', false, false, true, 'failed', 'direction-invalid'],
  ['recvonly', 'sendonly', true, false, true, 'ok', null],
  ['recvonly', 'recvonly', false, false, false, 'failed', 'direction-invalid'],
  ['recvonly', 'inactive', true, false, false, 'degraded', 'direction-inactive'],
  ['inactive', 'sendrecv', false, false, false, 'failed', 'direction-invalid'],
  ['inactive', 'sendonly', false, false, false, 'failed', 'direction-invalid'],
  ['inactive', 'recvonly', false, false, false, 'failed', 'direction-invalid'],
  ['inactive', 'inactive', true, false, false, 'ok', null],
];

describe('direction outcome (RFC 3264 §6.1)', () => {
  it.each(table)('offer %s, answer %s: valid %s, offerer sends %s, receives %s', (o, a, valid, sends, receives) => {
    const r = directionOutcome(o, a);
    expect(r.valid).toBe(valid);
    expect(r.offerer).toEqual({ sends, receives });
    expect(r.answerer).toEqual({ sends: receives, receives: sends });
  });

  it.each(table)('diff of a one-section pair, offer %s, answer %s', (o, a, _valid, sends, receives, status, code) => {
    const [offer, answer] = pair({ direction: o }, { direction: a });
    const d = diffOfferAnswer(offer, answer);
    const s = d.sections[0]!;
    expect(s.direction).toMatchObject({ offered: o, answered: a, offerer: { sends, receives }, offerLine: 12, answerLine: 12 });
    expect(d.verdict.status).toBe(status);
    expect(d.findings.filter((f) => f.code.startsWith('direction-')).map((f) => f.code)).toEqual(code === null ? [] : [code]);
    if (code !== null) expect(d.findings.find((f) => f.code === code)).toMatchObject({ side: 'answer', line: 12, section: 0, mid: '0' });
  });

  it('an absent direction attribute means sendrecv, and the session-level one applies to every section', () => {
    const [offer, answer] = pair({}, {}, { answer: ['a=recvonly'] });
    const s = diffOfferAnswer(offer, answer).sections[0]!;
    expect(s.direction).toMatchObject({ offered: 'sendrecv', answered: 'recvonly', answerLine: 5 });
    expect(s.direction!.offerLine).toBeUndefined();
  });

  it('a rejected section flows nothing, whatever the attributes say', () => {
    const r = directionOutcome('sendrecv', 'sendrecv', true);
    expect(r.offerer).toEqual({ sends: false, receives: false });
    expect(r.negotiated).toBe('inactive');
  });

  it('property: the offerer sends iff the answerer receives, and valid iff listed in the table', () => {
    const direction = fc.constantFrom(...DIRECTIONS);
    fc.assert(fc.property(direction, direction, fc.boolean(), (o, a, rejected) => {
      const r = directionOutcome(o, a, rejected);
      expect(r.offerer.sends).toBe(r.answerer.receives);
      expect(r.offerer.receives).toBe(r.answerer.sends);
      expect(r.valid).toBe(allowedAnswers[o].includes(a));
      // A valid answer never makes a side send what its own description does not allow.
      if (r.offerer.sends) expect(['sendrecv', 'sendonly']).toContain(o);
      if (r.answerer.sends) expect(['sendrecv', 'sendonly']).toContain(a);
      // The reverse of the offer is always a valid answer, and keeps every flow the offer asked for.
      const full = directionOutcome(o, reverseDirection(o));
      expect(full.valid).toBe(true);
      expect(full.negotiated).toBe(o);
    }));
  });
});

describe('describeFlow: one side\'s flow in words', () => {
  it.each([
    [{ sends: true, receives: true }, 'sends and receives'],
    [{ sends: true, receives: false }, 'sends only'],
    [{ sends: false, receives: true }, 'receives only'],
    [{ sends: false, receives: false }, 'neither sends nor receives'],
  ])('%o → %s', (flow, words) => {
    expect(describeFlow(flow)).toBe(words);
  });
});
