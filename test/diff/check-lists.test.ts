import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkList, exchangeCheckLists, parse } from '../../src/index.js';

const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

describe('exchangeCheckLists', () => {
  it('gives one check list for the BUNDLE transport of the example pair, from the tag sections', () => {
    const lists = exchangeCheckLists(offer, answer);
    expect(lists.map((l) => [l.label, l.offerIndex, l.answerIndex, l.role])).toEqual([['mid 0 (BUNDLE: 0, 1, 2)', 0, 0, 'controlling']]);
    const [list] = lists;
    expect(list!.localCandidates.map((c) => c.line)).toEqual([11, 12, 13, 14, 15]);
    expect(list!.remoteCandidates.map((c) => c.line)).toEqual([11, 12, 13]);
    const direct = checkList(parse(offer).document.media[0]!.candidates, parse(answer).document.media[0]!.candidates, { role: 'controlling' });
    expect(list!.checkList.pairs.map((p) => p.priority)).toEqual(direct.pairs.map((p) => p.priority));
  });

  it("builds the answerer's list as the controlled agent by default", () => {
    const [list] = exchangeCheckLists(offer, answer, { local: 'answer' });
    expect(list!.role).toBe('controlled');
    expect(list!.localCandidates).toHaveLength(3);
    // Pair priority depends on roles, not on whose list it is (RFC 8445 §6.1.2.3): every pair the
    // answerer keeps was also formed by the offerer (pruning differs, as each side replaces its own srflx).
    const [mine] = exchangeCheckLists(offer, answer);
    const formed = new Set([...mine!.checkList.pairs, ...mine!.checkList.pruned].map((p) => p.priority));
    expect(list!.checkList.pairs.length).toBeGreaterThan(0);
    for (const p of list!.checkList.pairs) expect(formed.has(p.priority), String(p.priority)).toBe(true);
  });
});
