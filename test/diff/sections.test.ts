import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { section, sdp } from './helpers.js';

const audio = (role: 'offer' | 'answer', mid: string | null, extra: Parameters<typeof section>[1] = {}) => section(role, { mid, ...extra });
const video = (role: 'offer' | 'answer', mid: string | null, extra: Parameters<typeof section>[1] = {}) =>
  section(role, { kind: 'video', mid, codecs: ['96 VP8/90000'], ...extra });

describe('matching m-sections (RFC 3264 §6)', () => {
  it('by mid when mids are present', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', 'a'), video('offer', 'v')), sdp([], audio('answer', 'a'), video('answer', 'v')));
    expect(d.sections.map((s) => [s.mid, s.answerIndex, s.matchedBy])).toEqual([['a', 0, 'mid'], ['v', 1, 'mid']]);
    expect(d.verdict.status).toBe('ok');
  });

  it('by position when there are no mids', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', null), video('offer', null)), sdp([], audio('answer', null), video('answer', null)));
    expect(d.sections.map((s) => [s.answerIndex, s.matchedBy])).toEqual([[0, 'position'], [1, 'position']]);
    expect(d.sections[1]!.summary).toBe('video #2: sendrecv ↔ sendrecv, VP8/90000 accepted, DTLS client: answerer');
  });

  it('a misordered answer is matched by mid and reported', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', 'a'), video('offer', 'v')), sdp([], video('answer', 'v'), audio('answer', 'a')));
    expect(d.sections.map((s) => [s.mid, s.answerIndex])).toEqual([['a', 1], ['v', 0]]);
    expect(d.findings.filter((f) => f.code === 'section-out-of-order').map((f) => [f.mid, f.line])).toEqual([['a', 14], ['v', 5]]);
    expect(d.verdict.status).toBe('failed');
  });

  it('a different mid at the same position is matched by position and reported', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', 'a')), sdp([], audio('answer', 'x')));
    expect(d.sections[0]).toMatchObject({ mid: 'a', answerMid: 'x', matchedBy: 'position' });
    expect(d.findings[0]).toMatchObject({ code: 'mid-mismatch', side: 'answer', line: 5, message: 'm-section #1 has mid a in the offer but mid x in the answer' });
  });

  it('a missing answer section and an added one fail the exchange', () => {
    const missing = diffOfferAnswer(sdp([], audio('offer', '0'), video('offer', '1')), sdp([], audio('answer', '0')));
    expect(missing.sections[1]).toMatchObject({ status: 'missing', summary: 'video mid 1: missing from the answer' });
    expect(missing.verdict).toEqual({ status: 'failed', reasons: ['the answer has no m-section for the offered video section mid 1'] });

    const added = diffOfferAnswer(sdp([], audio('offer', '0')), sdp([], audio('answer', '0'), video('answer', '1')));
    expect(added.extraAnswerSections).toEqual([{ index: 1, kind: 'video', mid: '1', line: 14 }]);
    expect(added.verdict.reasons).toEqual(['the answer adds video section mid 1, which answers no offered m-section']);
  });

  it('another media type in the answer fails', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', '0')), sdp([], video('answer', '0')));
    expect(d.sections[0]).toMatchObject({ kind: 'audio', answerKind: 'video' });
    expect(d.findings.map((f) => f.code)).toContain('kind-mismatch');
    expect(d.verdict.status).toBe('failed');
  });

  it('another transport protocol is a warning', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', '0')), sdp([], audio('answer', '0', { proto: 'RTP/SAVPF' })));
    expect(d.findings.map((f) => [f.code, f.severity])).toContainEqual(['protocol-mismatch', 'warning']);
  });
});

describe('rejected sections (port 0)', () => {
  it('video rejected with port 0: degraded, audio still flows', () => {
    const d = diffOfferAnswer(
      sdp([], audio('offer', '0'), video('offer', '1')),
      sdp([], audio('answer', '0'), video('answer', '1', { port: 0, ice: null, setup: null, fingerprint: false })),
    );
    const v = d.sections[1]!;
    expect(v).toMatchObject({ status: 'rejected', port: { offer: 9, answer: 0 }, summary: 'video mid 1: rejected (port 0)' });
    expect(v.direction).toMatchObject({ negotiated: 'inactive', offerer: { sends: false, receives: false } });
    expect(v.codecs).toBeUndefined();
    expect(v.transport).toBeUndefined();
    expect(v.findings.map((f) => [f.code, f.side, f.line])).toEqual([['section-rejected', 'answer', 14]]);
    expect(d.verdict).toEqual({ status: 'degraded', reasons: ['the answer rejected video mid 1 (port 0)'] });
  });

  it('every section rejected: failed', () => {
    const d = diffOfferAnswer(sdp([], audio('offer', '0')), sdp([], audio('answer', '0', { port: 0 })));
    expect(d.verdict.status).toBe('failed');
    expect(d.verdict.reasons).toEqual(['none of the 1 offered m-sections is accepted', 'the answer rejected audio mid 0 (port 0)']);
  });

  it('a section the offer disabled stays disabled; giving it a port is invalid', () => {
    const o = sdp([], audio('offer', '0'), video('offer', '1', { port: 0 }));
    const ok = diffOfferAnswer(o, sdp([], audio('answer', '0'), video('answer', '1', { port: 0 })));
    expect(ok.sections[1]!.status).toBe('disabled');
    expect(ok.verdict.status).toBe('ok');
    const bad = diffOfferAnswer(o, sdp([], audio('answer', '0'), video('answer', '1')));
    expect(bad.findings.map((f) => f.code)).toContain('disabled-section-accepted');
    expect(bad.verdict.status).toBe('failed');
  });
});

describe('header extensions (RFC 8285 §6)', () => {
  it('kept with the same or another id, dropped, and added-not-offered', () => {
    const d = diffOfferAnswer(
      sdp([], audio('offer', '0', { lines: ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:2/sendonly urn:a', 'a=extmap:3 urn:b'] })),
      sdp([], audio('answer', '0', { lines: ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:3/recvonly urn:a', 'a=extmap:4 urn:c'] })),
    );
    const e = d.sections[0]!.extensions!;
    expect(e).toEqual({
      kept: [
        { uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level', offerId: 1, answerId: 1, idChanged: false, offerLine: 14, answerLine: 14 },
        { uri: 'urn:a', offerId: 2, answerId: 3, idChanged: true, offerDirection: 'sendonly', answerDirection: 'recvonly', offerLine: 15, answerLine: 15 },
      ],
      dropped: [{ uri: 'urn:b', id: 3, line: 16 }],
      added: [{ uri: 'urn:c', id: 4, line: 16 }],
    });
    expect(d.findings.map((f) => [f.code, f.message])).toEqual([
      ['extension-id-changed', 'urn:a is id 2 in the offer and id 3 in the answer (id 3 is urn:b in the offer)'],
      ['extension-not-offered', 'the answer maps id 4 to urn:c, which the offer did not list'],
    ]);
  });

  it('session-level extmaps apply to sections without their own', () => {
    const d = diffOfferAnswer(sdp(['a=extmap:5 urn:x'], audio('offer', '0')), sdp([], audio('answer', '0', { lines: ['a=extmap:5 urn:x'] })));
    expect(d.sections[0]!.extensions!.kept).toEqual([{ uri: 'urn:x', offerId: 5, answerId: 5, idChanged: false, offerLine: 5, answerLine: 14 }]);
  });
});
