import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffOfferAnswer, negotiationLadder } from '../../src/diff/index.js';
import { sdpLikeText } from '../arbitraries/sdp.js';
import { corpusDir, corpusFiles, hasCorpus } from '../helpers/corpus.js';

const example = (f: string) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8');
const offer = example('chrome-offer.sdp');
const answer = example('firefox-answer.sdp');
const corpus = (f: string) => readFileSync(`${corpusDir}/${f}`, 'utf8');

describe('negotiationLadder: the example Chrome offer and Firefox answer', () => {
  const ladder = negotiationLadder(diffOfferAnswer(offer, answer));

  it('joins each offered section to its answer section by mid, with the m= lines', () => {
    expect(ladder.rows.map((r) => [r.mid, r.offer.label, r.offer.line, r.answer?.label, r.answer?.line, r.outcome])).toEqual([
      ['0', 'audio mid 0', 8, 'audio mid 0', 9, 'codecs-dropped'],
      ['1', 'video mid 1', 43, 'video mid 1', 32, 'codecs-dropped'],
      ['2', 'application mid 2', 174, 'application mid 2', 77, 'accepted'],
    ]);
    expect(ladder.rows[1]!.link).toBe('sendrecv → sendrecv; 6 codecs accepted, 19 dropped');
    expect(ladder.rows[1]!.offer.detail).toBe('sendrecv · 25 codecs');
    expect(ladder.rows[1]!.linkJump).toEqual({ side: 'answer', line: 34 });
  });

  it('brackets the BUNDLE group over mids 0 1 2 on the transport of mid 0, with the answer group line', () => {
    expect(ladder.brackets).toEqual([{ transport: 0, mids: ['0', '1', '2'], rows: [0, 1, 2], tag: '0', text: 'BUNDLE 0 1 2 on the transport of mid 0', jump: { side: 'answer', line: 6 } }]);
    expect(ladder.rows.map((r) => r.transport)).toEqual([0, 0, 0]);
  });

  it('draws the DTLS arrow from the answerer (client) to the offerer (server) and the offerer controlling ICE', () => {
    expect(ladder.transports[0]!.dtls).toEqual({
      client: 'answerer',
      server: 'offerer',
      valid: true,
      text: 'DTLS client: answerer (setup:active) → server: offerer (setup:actpass)',
      jump: { side: 'answer', line: 30 },
    });
    expect(ladder.ice.controlling).toBe('offerer');
    expect(ladder.ice.text).toBe('ICE: the offerer is controlling (both are full ICE agents: the offerer (initiating agent) is controlling)');
    expect(ladder.description).toContain('BUNDLE 0 1 2 on the transport of mid 0.');
  });

  it('colours a rejected section and a changed direction', () => {
    const rejected = answer.replace('m=video 9 ', 'm=video 0 ').replace('a=group:BUNDLE 0 1 2', 'a=group:BUNDLE 0 2');
    const l = negotiationLadder(diffOfferAnswer(offer, rejected));
    expect(l.rows[1]!.outcome).toBe('rejected');
    expect(l.rows[1]!.transport).toBeUndefined();
    expect(l.brackets[0]!.mids).toEqual(['0', '2']);
    const oneWay = answer.replace(/(m=audio[\s\S]*?)a=sendrecv/, '$1a=recvonly');
    expect(negotiationLadder(diffOfferAnswer(offer, oneWay)).rows[0]!.outcome).toBe('direction-changed');
  });
});

describe.skipIf(!hasCorpus)('negotiationLadder: simulcast (corpus Firefox simulcast pair)', () => {
  const so = corpus('webrtc-sdp/tests_parse_firefox_simulcast_offer.sdp');
  const sa = corpus('webrtc-sdp/tests_parse_firefox_simulcast_answer.sdp');

  it('both layers sent when the answer receives both', () => {
    const sc = negotiationLadder(diffOfferAnswer(so, sa)).rows[0]!.simulcast!;
    expect(sc.layers.map((l) => [l.rid, l.direction, l.outcome, l.survives])).toEqual([
      ['foo', 'send', 'sent', true],
      ['bar', 'send', 'sent', true],
    ]);
  });

  it('the answer receiving only bar: foo dropped, bar survives', () => {
    const only = sa.replace('a=simulcast: recv rid=foo;bar', 'a=simulcast: recv rid=bar');
    const sc = negotiationLadder(diffOfferAnswer(so, only)).rows[0]!.simulcast!;
    expect(sc.layers.map((l) => [l.rid, l.outcome, l.survives])).toEqual([
      ['foo', 'dropped', false],
      ['bar', 'sent', true],
    ]);
    expect(sc.text).toBe('simulcast: offerer sends bar; dropped foo');
  });

  it('declined (no a=simulcast in the answer): only the first encoding, foo, survives', () => {
    const declined = sa.replace(/a=simulcast: recv rid=foo;bar\r?\n/, '');
    const sc = negotiationLadder(diffOfferAnswer(so, declined)).rows[0]!.simulcast!;
    expect(sc.declined).toBe(true);
    expect(sc.layers.filter((l) => l.survives).map((l) => l.rid)).toEqual(['foo']);
  });
});

function checkInvariants(offerText: string, answerText: string): void {
  const diff = diffOfferAnswer(offerText, answerText);
  const l = negotiationLadder(diff);
  expect(JSON.parse(JSON.stringify(l))).toStrictEqual(l);
  expect(l.rows).toHaveLength(diff.sections.length);
  const mids = new Set(l.rows.map((r) => r.mid));
  for (const r of l.rows) {
    if (r.outcome !== 'rejected' && r.outcome !== 'disabled' && r.outcome !== 'missing') {
      expect(r.answer, r.offer.label).toBeDefined();
      expect(r.offer.label).not.toBe('');
    }
  }
  for (const b of l.brackets) {
    for (const m of b.mids) expect(mids.has(m), `bracket mid ${m}`).toBe(true);
    for (const i of b.rows) expect(l.rows[i], `bracket row ${i}`).toBeDefined();
    for (const i of b.rows) expect(l.rows[i]!.transport).toBe(b.transport);
  }
  for (const t of l.transports) for (const i of t.rows) expect(l.rows[i]!.transport).toBe(l.transports.indexOf(t));
}

describe('negotiationLadder: invariants', () => {
  it('never throws on SDP-like text; accepted rows have both ends; bracket mids exist', () => {
    fc.assert(fc.property(sdpLikeText, sdpLikeText, (o, a) => checkInvariants(o, a)), { numRuns: 200 });
  });

  it('holds for pairs of shared-corpus files', () => {
    const files = corpusFiles();
    for (let i = 0; i < files.length; i++) {
      checkInvariants(files[i]!.text, files[i]!.text);
      checkInvariants(files[i]!.text, files[(i + 1) % files.length]!.text);
    }
  });
});
