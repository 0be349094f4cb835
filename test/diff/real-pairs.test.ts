import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffOfferAnswer, exchangeCheckLists, negotiationLadder } from '../../src/diff/index.js';
import { parse } from '../../src/parser/index.js';

/*
 * The real browser pairs of test/fixtures/pairs and test/fixtures/ice-restart
 * (made by `npm run fixtures:pairs`, their README says how) through what the
 * inspector's pictures draw: the negotiation ladder and its simulcast strip,
 * the ICE restart, the check lists. Every expected value is read here from
 * the raw text with a few string operations, not with the library.
 */

const read = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

interface RawSection {
  /** 1-based line of the m= line. */
  line: number;
  kind: string;
  port: number;
  mid?: string;
  direction?: string;
  candidates: number;
  /** `a=rid:` lines: rid, direction, 1-based line. */
  rids: { rid: string; direction: string; line: number }[];
  /** The `a=simulcast:` value, e.g. "send q;h;f". */
  simulcast?: string;
  ufrag?: string;
}

/** The m-sections of a description, read line by line. */
function rawSections(text: string): RawSection[] {
  const out: RawSection[] = [];
  text.split('\r\n').forEach((l, i) => {
    if (l.startsWith('m=')) {
      const [kind, port] = l.slice(2).split(' ');
      out.push({ line: i + 1, kind: kind!, port: Number(port), candidates: 0, rids: [] });
      return;
    }
    const s = out[out.length - 1];
    if (s === undefined) return;
    if (l.startsWith('a=mid:')) s.mid = l.slice(6);
    if (/^a=(sendrecv|sendonly|recvonly|inactive)$/.test(l)) s.direction = l.slice(2);
    if (l.startsWith('a=candidate:')) s.candidates++;
    if (l.startsWith('a=simulcast:')) s.simulcast = l.slice(12);
    if (l.startsWith('a=ice-ufrag:')) s.ufrag ??= l.slice(12);
    if (l.startsWith('a=rid:')) {
      const [rid, direction] = l.slice(6).split(' ');
      s.rids.push({ rid: rid!, direction: direction!, line: i + 1 });
    }
  });
  return out;
}

/** 1-based line of the first line that starts with `prefix`. */
const lineOf = (text: string, prefix: string): number => text.split('\r\n').findIndex((l) => l.startsWith(prefix)) + 1;

const PAIRS: [string, string, string][] = [
  ['simulcast-chromium-chromium', 'pairs/simulcast-chromium-chromium/offer.sdp', 'pairs/simulcast-chromium-chromium/answer.sdp'],
  ['simulcast-chromium-firefox', 'pairs/simulcast-chromium-firefox/offer.sdp', 'pairs/simulcast-chromium-firefox/answer.sdp'],
  ['simulcast-firefox-chromium', 'pairs/simulcast-firefox-chromium/offer.sdp', 'pairs/simulcast-firefox-chromium/answer.sdp'],
  ['relay-only-chromium-chromium', 'pairs/relay-only-chromium-chromium/offer.sdp', 'pairs/relay-only-chromium-chromium/answer.sdp'],
  ['relay-only-firefox-firefox', 'pairs/relay-only-firefox-firefox/offer.sdp', 'pairs/relay-only-firefox-firefox/answer.sdp'],
  ['ice-restart-chromium-chromium 1', 'ice-restart/chromium-offer-1.sdp', 'ice-restart/chromium-answer-1.sdp'],
  ['ice-restart-chromium-chromium 2', 'ice-restart/chromium-offer-2-restart.sdp', 'ice-restart/chromium-answer-2-restart.sdp'],
  ['ice-restart-chromium-firefox 1', 'pairs/ice-restart-chromium-firefox/offer-1.sdp', 'pairs/ice-restart-chromium-firefox/answer-1.sdp'],
  ['ice-restart-chromium-firefox 2', 'pairs/ice-restart-chromium-firefox/offer-2-restart.sdp', 'pairs/ice-restart-chromium-firefox/answer-2-restart.sdp'],
];

describe.each(PAIRS)('%s', (_name, offerPath, answerPath) => {
  const offer = read(offerPath);
  const answer = read(answerPath);
  const rawOffer = rawSections(offer);
  const rawAnswer = rawSections(answer);

  it('is real browser output: CRLF only, no parse errors, every candidate parsed', () => {
    for (const [text, raw] of [[offer, rawOffer], [answer, rawAnswer]] as const) {
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
      const { document, diagnostics } = parse(text);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(document.media.map((m) => m.candidates.length)).toEqual(raw.map((s) => s.candidates));
    }
  });

  it('the ladder has one row per offered section, each joined to the answer section of the same mid', () => {
    const diff = diffOfferAnswer(offer, answer);
    const ladder = negotiationLadder(diff);
    expect(rawAnswer.map((s) => s.mid)).toEqual(rawOffer.map((s) => s.mid));
    expect(ladder.rows.map((r) => [r.mid, r.kind, r.offer.line])).toEqual(rawOffer.map((s) => [s.mid, s.kind, s.line]));
    expect(diff.sections.map((s) => [s.matchedBy, s.answerIndex, s.answerMid, s.answerLine])).toEqual(rawAnswer.map((s, i) => ['mid', i, undefined, s.line]));
    expect(ladder.extraAnswer).toEqual([]);
    // Every section is accepted (no port 0 anywhere in these pairs).
    expect([...rawOffer, ...rawAnswer].every((s) => s.port !== 0)).toBe(true);
    expect(ladder.rows.map((r) => r.outcome).filter((o) => o === 'rejected' || o === 'missing' || o === 'disabled')).toEqual([]);
  });

  it('the check list of the BUNDLE transport pairs the candidates of the first section on each side', () => {
    const lists = exchangeCheckLists(offer, answer);
    expect(lists.map((l) => [l.mid, l.localCandidates.length, l.remoteCandidates.length])).toEqual([[rawOffer[0]!.mid, rawOffer[0]!.candidates, rawAnswer[0]!.candidates]]);
    if (rawOffer[0]!.candidates === 0 || rawAnswer[0]!.candidates === 0) expect(lists[0]!.checkList.pairs).toEqual([]);
    else expect(lists[0]!.checkList.pairs.length).toBeGreaterThan(0);
  });
});

describe('the simulcast strip', () => {
  it.each(PAIRS.filter(([name]) => name.startsWith('simulcast')))('%s: rids, their direction, and what the answer made of them', (_name, offerPath, answerPath) => {
    const offer = read(offerPath);
    const answer = read(answerPath);
    const video = rawSections(offer).findIndex((s) => s.simulcast !== undefined);
    const offered = rawSections(offer)[video]!;
    const answered = rawSections(answer)[video]!;
    // The browsers offer q, h, f to send, in sendEncodings order.
    expect(offered.rids.map((r) => `${r.rid} ${r.direction}`)).toEqual(['q send', 'h send', 'f send']);
    expect(offered.simulcast).toBe('send q;h;f');
    // RFC 8853 §5.3: an answer without a=simulcast declines it; the offerer then sends its first encoding only.
    expect(answered.simulcast).toBeUndefined();
    expect(answered.rids).toEqual([]);
    expect(answered.direction).toBe('recvonly');
    const first = offered.simulcast!.slice('send '.length).split(';')[0];

    const strip = negotiationLadder(diffOfferAnswer(offer, answer)).rows[video]!.simulcast!;
    expect(strip.declined).toBe(true);
    expect(strip.layers.map((l) => [l.rid, l.direction, l.outcome, l.survives, l.jump])).toEqual(
      offered.rids.map((r) => [r.rid, r.direction, r.rid === first ? 'sent' : 'dropped', r.rid === first, { side: 'offer', line: r.line }]),
    );
    expect(strip.jump).toEqual({ side: 'offer', line: lineOf(offer, 'a=simulcast:') });
    // The other rows have no strip.
    expect(negotiationLadder(diffOfferAnswer(offer, answer)).rows.filter((r) => r.simulcast !== undefined)).toHaveLength(1);
  });
});

describe('the ICE restarts', () => {
  it.each([
    ['ice-restart/chromium-offer-1.sdp', 'ice-restart/chromium-answer-1.sdp', 'ice-restart/chromium-offer-2-restart.sdp', 'ice-restart/chromium-answer-2-restart.sdp'],
    ['pairs/ice-restart-chromium-firefox/offer-1.sdp', 'pairs/ice-restart-chromium-firefox/answer-1.sdp', 'pairs/ice-restart-chromium-firefox/offer-2-restart.sdp', 'pairs/ice-restart-chromium-firefox/answer-2-restart.sdp'],
  ])('%s …: detected against the first exchange, with both ufrag changes', (o1, a1, o2, a2) => {
    const [offer1, answer1, offer2, answer2] = [o1, a1, o2, a2].map(read) as [string, string, string, string];
    const ufrag = (text: string): string => rawSections(text)[0]!.ufrag!;
    // Both sides changed their credentials in exchange 2.
    expect(ufrag(offer2)).not.toBe(ufrag(offer1));
    expect(ufrag(answer2)).not.toBe(ufrag(answer1));
    const d = diffOfferAnswer(offer2, answer2, { previous: { offer: offer1, answer: answer1 } });
    expect(d.renegotiation.basis).toBe('previous');
    expect(d.renegotiation.iceRestart.answer).toBe('yes');
    expect(d.renegotiation.iceRestart.summary).toBe(`ufrag ${ufrag(offer1)} → ${ufrag(offer2)}; the answer ${ufrag(answer1)} → ${ufrag(answer2)}`);
    expect(d.renegotiation.iceRestart.evidence.map((e) => [e.side, e.line, e.text])).toEqual([
      ['offer', lineOf(offer2, 'a=ice-ufrag:'), `a=ice-ufrag:${ufrag(offer2)}`],
      ['answer', lineOf(answer2, 'a=ice-ufrag:'), `a=ice-ufrag:${ufrag(answer2)}`],
    ]);
    // The first exchange against itself restarts nothing.
    expect(diffOfferAnswer(offer1, answer1, { previous: { offer: offer1, answer: answer1 } }).renegotiation.iceRestart.answer).toBe('no');
  });
});

describe('relay only, with no ICE servers', () => {
  it.each(PAIRS.filter(([name]) => name.startsWith('relay-only')))('%s: no candidate anywhere, every section on port 9 and 0.0.0.0', (_name, offerPath, answerPath) => {
    for (const text of [read(offerPath), read(answerPath)]) {
      expect(text).not.toContain('a=candidate:');
      expect(rawSections(text).map((s) => s.port)).toEqual([9, 9, 9]);
      expect(text.split('\r\n').filter((l) => l.startsWith('c=')).every((l) => l === 'c=IN IP4 0.0.0.0')).toBe(true);
    }
  });
});
