import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffOfferAnswer, type OfferAnswerDiff } from '../../src/diff/index.js';
import { previousExchange } from '../../src/dump/index.js';
import { extractDescriptions } from '../../src/extract/index.js';
import { parse } from '../../src/parser/index.js';
import { corpusFiles } from '../helpers/corpus.js';
import { section } from './helpers.js';

/*
 * Re-offer and ICE restart: from the pair alone (o= version, candidate
 * generations) and exactly against the previous exchange. The dump is the
 * real Chromium one of test/fixtures/dumps (its README): PC 1 offers first,
 * the other side re-offers in negotiation 2, PC 1 restarts ICE in 3 and
 * re-offers without a restart in 4.
 */

const dump = extractDescriptions(readFileSync(new URL('../fixtures/dumps/chromium-internals.json', import.meta.url), 'utf8'));
const pc = dump.peerConnections![0]!;
const negotiation = (k: number): { offer: string; answer: string } => {
  const n = pc.negotiations.find((x) => x.number === k)!;
  return { offer: dump.descriptions[n.offer!]!.sdp, answer: dump.descriptions[n.answer!]!.sdp };
};
const pairOnly = (k: number): OfferAnswerDiff => diffOfferAnswer(negotiation(k).offer, negotiation(k).answer);
const exact = (k: number): OfferAnswerDiff => {
  const previous = previousExchange(dump, pc, k);
  return diffOfferAnswer(negotiation(k).offer, negotiation(k).answer, previous === undefined ? {} : { previous });
};
const evidence = (d: OfferAnswerDiff, which: 'reoffer' | 'iceRestart'): [string, number | undefined, string][] =>
  d.renegotiation[which].evidence.map((e) => [e.side, e.line, e.text]);

describe('from the pair alone: real Chromium negotiations', () => {
  it.each([
    // [negotiation, re-offer, ICE restart, re-offer evidence, first ICE restart evidence]
    [1, 'no', 'no', [['offer', 2, 'o=- 1000000000000000001 2 IN IP4 127.0.0.1']], undefined],
    [2, 'likely', 'unlikely', [['offer', 2, 'o=- 1000000000000000002 3 IN IP4 127.0.0.1']], ['offer', 11, 'a=candidate:3769507062 1 udp 2122260223 127.0.0.1 60537 typ host generation 0 network-id 1 network-cost 50']],
    [3, 'likely', 'unknown', [['offer', 2, 'o=- 1000000000000000001 4 IN IP4 127.0.0.1']], undefined],
    [4, 'likely', 'likely', [
      ['offer', 2, 'o=- 1000000000000000001 5 IN IP4 127.0.0.1'],
      ['offer', 11, 'a=candidate:2166474440 1 udp 2122260223 127.0.0.1 53621 typ host generation 1 network-id 1 network-cost 50'],
    ], ['offer', 11, 'a=candidate:2166474440 1 udp 2122260223 127.0.0.1 53621 typ host generation 1 network-id 1 network-cost 50']],
  ] as const)('negotiation %i: re-offer %s, ICE restart %s', (k, reoffer, restart, reEvidence, firstRestartEvidence) => {
    const d = pairOnly(k);
    expect(d.renegotiation.basis).toBe('pair');
    expect(d.renegotiation.reoffer.answer).toBe(reoffer);
    expect(d.renegotiation.iceRestart.answer).toBe(restart);
    expect(evidence(d, 'reoffer')).toEqual(reEvidence);
    expect(evidence(d, 'iceRestart')[0]).toEqual(firstRestartEvidence);
  });

  it('says how many descriptions the o= version counts, and where the facts come from', () => {
    expect(pairOnly(3).renegotiation.reoffer.summary).toBe('the o= version says this is the 3rd description this libwebrtc peer created: a subsequent offer (or a repeated createOffer)');
    expect(pairOnly(3).renegotiation.reoffer.evidence[0]!.says).toContain('webrtc_session_description_factory.cc');
    expect(pairOnly(4).renegotiation.iceRestart.evidence.map((e) => `${e.side}:${e.line}`)).toEqual(['offer:11', 'offer:12', 'answer:11', 'answer:12']);
    expect(pairOnly(4).renegotiation.iceRestart.summary).toContain('cannot tell whether this offer or an earlier one');
  });
});

describe('exactly, against the previous exchange of a dump', () => {
  it.each([
    [1, 'pair', 'no', []],
    // The other side offers: each party is compared with its own last description.
    [2, 'previous', 'no', []],
    [3, 'previous', 'yes', [['offer', 'u1hi', 'u3vw'], ['answer', 'u2op', 'u4CD']]],
    // Generation 1 candidates, same credentials as negotiation 3: no restart here.
    [4, 'previous', 'no', []],
  ] as const)('negotiation %i: basis %s, ICE restart %s', (k, basis, restart, steps) => {
    const d = exact(k);
    expect(d.renegotiation.basis).toBe(basis);
    expect(d.renegotiation.iceRestart.answer).toBe(restart);
    if (basis === 'previous') expect(d.renegotiation.reoffer.answer).toBe('yes');
    expect((d.renegotiation.iceRestart.steps ?? []).map((s) => [s.side, s.from, s.to])).toEqual(steps);
  });

  it('negotiation 3 names the ufrag lines and the previous negotiation', () => {
    const d = exact(3);
    expect(d.renegotiation.iceRestart.summary).toBe('ufrag u1hi → u3vw; the answer u2op → u4CD');
    expect(evidence(d, 'iceRestart')).toEqual([['offer', 11, 'a=ice-ufrag:u3vw'], ['answer', 11, 'a=ice-ufrag:u4CD']]);
    expect(previousExchange(dump, pc, 3)!.negotiation).toBe(2);
    expect(previousExchange(dump, pc, 1)).toBeUndefined();
  });
});

describe('written pairs', () => {
  const doc = (origin: string, ...lines: string[]): string => ['v=0', origin, 's=-', 't=0 0', 'a=group:BUNDLE 0', ...section('offer', { lines }), ''].join('\r\n');
  const answer = ['v=0', 'o=- 7 2 IN IP4 127.0.0.1', 's=-', 't=0 0', ...section('answer'), ''].join('\r\n');
  it.each([
    ['o=mozilla...THIS_IS_SDPARTA-99.0 3166012389026734613 0 IN IP4 0.0.0.0', [], 'no', 'no'],
    ['o=mozilla...THIS_IS_SDPARTA-99.0 3166012389026734613 2 IN IP4 0.0.0.0', [], 'likely', 'unknown'],
    ['o=- 4611731400430051336 2 IN IP4 127.0.0.1', [], 'no', 'no'],
    // A timestamp-seeded version (pion and others): nothing to say.
    ['o=- 1733380000 1733380000 IN IP4 0.0.0.0', [], 'unknown', 'unknown'],
    ['o=- 4611731400430051336 3 IN IP4 127.0.0.1', ['a=candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host generation 2 ufrag offU'], 'likely', 'likely'],
    // generation 1 for other credentials than the section's: a stale candidate, not this restart.
    ['o=- 4611731400430051336 3 IN IP4 127.0.0.1', ['a=candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host generation 1 ufrag OLD1'], 'likely', 'unknown'],
    // First description by its o= line, yet restarted candidates: an edited description.
    ['o=- 4611731400430051336 2 IN IP4 127.0.0.1', ['a=candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host generation 1'], 'unknown', 'unknown'],
  ] as const)('%s %j: re-offer %s, ICE restart %s', (origin, lines, reoffer, restart) => {
    const d = diffOfferAnswer(doc(origin, ...lines), answer);
    expect([d.renegotiation.reoffer.answer, d.renegotiation.iceRestart.answer]).toEqual([reoffer, restart]);
    expect(d.renegotiation.reoffer.evidence[0]).toMatchObject({ side: 'offer', line: 2, text: origin });
  });

  it('ordinals in the count', () => {
    const d = diffOfferAnswer(doc('o=mozilla...THIS_IS_SDPARTA-99.0 1 10 IN IP4 0.0.0.0'), answer);
    expect(d.renegotiation.reoffer.summary).toContain('the 11th description');
  });
});

describe('a real Chromium ICE restart (test/fixtures/ice-restart)', () => {
  const read = (name: string): string => readFileSync(new URL(`../fixtures/ice-restart/chromium-${name}.sdp`, import.meta.url), 'utf8');
  const [offer1, answer1, offer2, answer2] = ['offer-1', 'answer-1', 'offer-2-restart', 'answer-2-restart'].map(read) as [string, string, string, string];

  it('the initial pair: not a re-offer; generation 0 candidates make a restart unlikely', () => {
    const d = diffOfferAnswer(offer1, answer1);
    expect([d.renegotiation.reoffer.answer, d.renegotiation.iceRestart.answer]).toEqual(['no', 'unlikely']);
    expect(evidence(d, 'reoffer')).toEqual([['offer', 2, 'o=- 7600378644538630147 2 IN IP4 127.0.0.1']]);
  });

  it('the restart pair alone: a likely re-offer (o= version 3) and, by its generation 1 candidates, a likely restart', () => {
    const d = diffOfferAnswer(offer2, answer2);
    expect([d.renegotiation.reoffer.answer, d.renegotiation.iceRestart.answer]).toEqual(['likely', 'likely']);
    expect(evidence(d, 'reoffer')).toEqual([
      ['offer', 2, 'o=- 7600378644538630147 3 IN IP4 127.0.0.1'],
      ['offer', 11, 'a=candidate:3247489141 1 udp 2122260223 127.0.0.1 40500 typ host generation 1 network-id 1 network-cost 50'],
    ]);
    expect(d.renegotiation.reoffer.summary).toContain('the 2nd description this libwebrtc peer created');
    expect(evidence(d, 'iceRestart').map(([side, line]) => `${side}:${line}`)).toEqual(['offer:11', 'offer:12', 'answer:11']);
    expect(d.renegotiation.iceRestart.summary).toContain('cannot tell whether this offer or an earlier one');
  });

  it('against the first exchange: ICE restart I+y3 → YSR0, answered wPvq → OVpI', () => {
    const d = diffOfferAnswer(offer2, answer2, { previous: { offer: offer1, answer: answer1 } });
    expect(d.renegotiation.iceRestart.answer).toBe('yes');
    expect(d.renegotiation.iceRestart.summary).toBe('ufrag I+y3 → YSR0; the answer wPvq → OVpI');
    expect(evidence(d, 'iceRestart')).toEqual([['offer', 13, 'a=ice-ufrag:YSR0'], ['answer', 12, 'a=ice-ufrag:OVpI']]);
    // Both sections share the BUNDLE transport: one step per side.
    expect(d.renegotiation.iceRestart.steps).toHaveLength(2);
    expect(d.findings.filter((f) => f.code.startsWith('ice-restart'))).toEqual([]);
  });
});

describe('exactly, written pairs', () => {
  const offer = (ufrag: string, pwd: string): string => ['v=0', 'o=- 1 3 IN IP4 127.0.0.1', 's=-', 't=0 0', ...section('offer', { ice: { ufrag, pwd } }), ''].join('\r\n');
  const answer = ['v=0', 'o=- 2 3 IN IP4 127.0.0.1', 's=-', 't=0 0', ...section('answer'), ''].join('\r\n');
  const before = offer('offU', 'offerpassword0000000000');
  it.each([
    // [ufrag, pwd, answer, evidence line, what the line says]
    ['NEW1', 'newpassword000000000000', 'yes', 'a=ice-ufrag:NEW1', 'ice-ufrag offU → NEW1'],
    ['NEW1', 'offerpassword0000000000', 'yes', 'a=ice-ufrag:NEW1', 'ice-ufrag offU → NEW1 (ice-pwd kept: RFC 8839 §4.4.1.1.1 wants both changed)'],
    ['offU', 'newpassword000000000000', 'no', 'a=ice-pwd:newpassword000000000000', 'ice-pwd changed, ice-ufrag offU kept: not an ICE restart by RFC 8839 §4.4.1.1.1'],
  ] as const)('ufrag %s, pwd %s: %s', (ufrag, pwd, restart, text, says) => {
    const d = diffOfferAnswer(offer(ufrag, pwd), answer, { previous: { offer: before, answer } });
    expect(d.renegotiation.iceRestart.answer).toBe(restart);
    expect(d.renegotiation.iceRestart.evidence[0]).toMatchObject({ side: 'offer', line: ufrag === 'offU' ? 8 : 7, text });
    expect(d.renegotiation.iceRestart.evidence[0]!.says.startsWith(says)).toBe(true);
  });
});

describe('initial browser offers of the shared corpus', () => {
  it('are never called a re-offer or an ICE restart', () => {
    let judged = 0;
    for (const f of corpusFiles()) {
      const o = parse(f.text).document.session.origin;
      const initial = o !== undefined && ((o.username === '-' && o.address === '127.0.0.1' && o.sessionVersion === '2') || (o.username.startsWith('mozilla...THIS_IS_SDPARTA') && o.sessionVersion === '0'));
      const d = diffOfferAnswer(f.text, f.text);
      expect(['yes', 'likely'], f.name).not.toContain(d.renegotiation.iceRestart.answer);
      if (!initial) continue;
      judged++;
      expect(['yes', 'likely'], f.name).not.toContain(d.renegotiation.reoffer.answer);
    }
    if (corpusFiles().length > 0) expect(judged).toBeGreaterThan(20);
  });
});

describe('properties', () => {
  const ufrag = fc.stringMatching(/^[A-Za-z0-9+/]{4,8}$/);
  it('the same ufrag in both offers is never a restart in the exact comparison', () => {
    fc.assert(fc.property(ufrag, ufrag, fc.boolean(), fc.nat({ max: 3 }), (u, other, samePwd, generation) => {
      const offer = (pwd: string): string => ['v=0', 'o=- 1 3 IN IP4 127.0.0.1', 's=-', 't=0 0', ...section('offer', { ice: { ufrag: u, pwd }, lines: [`a=candidate:1 1 udp 1 127.0.0.1 9 typ host generation ${generation} ufrag ${u}`] }), ''].join('\r\n');
      const answer = ['v=0', 'o=- 2 3 IN IP4 127.0.0.1', 's=-', 't=0 0', ...section('answer', { ice: { ufrag: other, pwd: 'answerpassword000000000' } }), ''].join('\r\n');
      const d = diffOfferAnswer(offer('offerpassword0000000000'), answer, { previous: { offer: offer(samePwd ? 'offerpassword0000000000' : 'otherpassword0000000000'), answer } });
      expect(d.renegotiation.iceRestart.answer).toBe('no');
      expect(d.renegotiation.iceRestart.steps?.filter((s) => s.side === 'offer')).toEqual([]);
    }), { numRuns: 200 });
  });

  it('never throws, with or without a previous exchange, and stays plain data', () => {
    const text = fc.array(fc.oneof(
      fc.constantFrom('v=0', 'o=- 1 2 IN IP4 127.0.0.1', 'o=mozilla...THIS_IS_SDPARTA-1 1 99999999999999999999 IN IP4 0.0.0.0', 'm=audio 9 UDP/TLS/RTP/SAVPF 111', 'a=mid:0', 'a=group:BUNDLE 0', 'a=ice-ufrag:x', 'a=ice-pwd:y'),
      fc.string().map((s) => `a=candidate:1 1 udp 1 127.0.0.1 9 typ host generation ${s} ufrag ${s}`),
      fc.string(),
    ), { maxLength: 12 }).map((ls) => ls.join('\r\n'));
    fc.assert(fc.property(text, text, fc.option(fc.tuple(text, text)), (o, a, prev) => {
      const d = diffOfferAnswer(o, a, prev === null ? {} : { previous: { offer: prev[0], answer: prev[1] } });
      expect(JSON.parse(JSON.stringify(d.renegotiation))).toStrictEqual(d.renegotiation);
      for (const e of [...d.renegotiation.reoffer.evidence, ...d.renegotiation.iceRestart.evidence]) expect(e.line === undefined || e.line >= 1).toBe(true);
    }), { numRuns: 300 });
  });
});
