import { describe, expect, it } from 'vitest';
import { pairDescriptions, type AppliedDescription } from '../../src/extract/index.js';

type Row = [string, AppliedDescription<string>[], [string, string | undefined, string | undefined, boolean, string[]][]];

const L = (type: AppliedDescription<string>['type'], ref: string): AppliedDescription<string> => ({ side: 'local', ref, ...(type !== undefined ? { type } : {}) });
const R = (type: AppliedDescription<string>['type'], ref: string): AppliedDescription<string> => ({ side: 'remote', ref, ...(type !== undefined ? { type } : {}) });

/** name, applied descriptions in order, expected [initiator, offer, answer, complete, notes] per negotiation. */
const table: Row[] = [
  ['local offer, remote answer', [L('offer', 'o1'), R('answer', 'a1')], [['local', 'o1', 'a1', true, []]]],
  ['remote offer, local answer', [R('offer', 'o1'), L('answer', 'a1')], [['remote', 'o1', 'a1', true, []]]],
  [
    'renegotiation from the other side',
    [L('offer', 'o1'), R('answer', 'a1'), R('offer', 'o2'), L('answer', 'a2')],
    [
      ['local', 'o1', 'a1', true, []],
      ['remote', 'o2', 'a2', true, []],
    ],
  ],
  ['pranswer then answer', [L('offer', 'o1'), R('pranswer', 'p1'), R('answer', 'a1')], [['local', 'o1', 'a1', true, []]]],
  ['rollback', [L('offer', 'o1'), L('rollback', 'rb')], [['local', 'o1', undefined, false, ['the local offer was rolled back']]]],
  ['types read from the state when the source has none', [R(undefined, 'x'), L(undefined, 'y'), L(undefined, 'z')], [
    ['remote', 'x', 'y', true, []],
    ['local', 'z', undefined, false, ['the local offer has no answer in this dump']],
  ]],
  ['an answer with no offer before it', [R('answer', 'a1')], [['local', undefined, 'a1', false, ['a remote answer without a local offer before it']]]],
  [
    'a second offer while one is pending',
    [L('offer', 'o1'), L('offer', 'o2'), R('answer', 'a2')],
    [
      ['local', 'o1', undefined, false, ['the local offer got no answer before the next offer']],
      ['local', 'o2', 'a2', true, []],
    ],
  ],
  ['an implicit local answer whose SDP the dump lacks', [R('offer', 'o1'), { side: 'local' }], [['remote', 'o1', undefined, false, []]]],
];

describe('pairDescriptions', () => {
  it.each(table)('%s', (_name, applied, expected) => {
    const got = pairDescriptions(applied);
    expect(got.map((p) => [p.initiator, p.offer, p.answer, p.complete, p.notes])).toEqual(expected);
    expect(got.map((p) => p.index)).toEqual(expected.map((_, i) => i + 1));
  });

  it('keeps pranswers and marks rollbacks', () => {
    const [p] = pairDescriptions([L('offer', 'o1'), R('pranswer', 'p1'), R('pranswer', 'p2'), R('answer', 'a1')]);
    expect(p!.pranswers).toEqual(['p1', 'p2']);
    expect(pairDescriptions([R('offer', 'o1'), R('rollback', 'r')])[0]!.rolledBack).toBe(true);
  });
});
