import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { ANSWER_ICE, OFFER_ICE, pair, section, sdp } from './helpers.js';

const app = (maxOffer: number | null, maxAnswer: number | null) =>
  pair(
    { kind: 'application', ...(maxOffer === null ? {} : { lines: [`a=max-message-size:${maxOffer}`] }) },
    { kind: 'application', ...(maxAnswer === null ? {} : { lines: [`a=max-message-size:${maxAnswer}`] }) },
  );

describe('data channel (RFC 8841)', () => {
  it.each([
    // [offer, answer, offerer can send, answerer can send, effective, summary size]
    [262144, 1073741823, 1073741823, 262144, 262144, '256 KB'],
    [null, 262144, 262144, 65536, 65536, '64 KB'], // absent = 64 KB (RFC 8841 §6.1)
    [0, 100000, 100000, null, 100000, '100000 bytes'], // 0 = no limit
    [0, 0, null, null, null, 'no limit'],
  ] as const)('max-message-size offer %s, answer %s', (o, a, offererCanSend, answererCanSend, effective, words) => {
    const [offer, answer] = app(o, a);
    const d = diffOfferAnswer(offer, answer);
    expect(d.sections[0]!.dataChannel!.maxMessageSize).toMatchObject({ offererCanSend, answererCanSend, effective });
    expect(d.sections[0]!.summary).toBe(`application mid 0: data channel, sctp-port 5000 ↔ 5000, max-message-size ${words}, DTLS client: answerer`);
    expect(d.sections[0]!.codecs).toBeUndefined();
    expect(d.verdict.status).toBe('ok');
  });

  it('sctp-port per side, legacy sctpmap, and the default when absent', () => {
    const [offer, answer] = pair(
      { kind: 'application', sctpPort: 5001 },
      { kind: 'application', proto: 'DTLS/SCTP', sctpPort: null, lines: ['a=sctpmap:5000 webrtc-datachannel 1024'] },
    );
    // An old-style answer: m=application 9 DTLS/SCTP 5000.
    const d = diffOfferAnswer(offer, answer.replace('DTLS/SCTP webrtc-datachannel', 'DTLS/SCTP 5000'));
    expect(d.sections[0]!.dataChannel).toMatchObject({ sctpPort: { offer: 5001, answer: 5000, offerLine: 12, answerLine: 12 }, legacySctpmap: { offer: false, answer: true } });
    const [o2, a2] = pair({ kind: 'application' }, { kind: 'application', sctpPort: null });
    expect(diffOfferAnswer(o2, a2).findings.map((f) => [f.code, f.side])).toEqual([['sctp-port-missing', 'answer']]);
  });
});

describe('ICE lite and the controlling role (RFC 8445 §6.1.1)', () => {
  it.each([
    [false, false, 'offerer', []],
    [false, true, 'offerer', []],
    [true, false, 'answerer', []],
    [true, true, 'offerer', ['ice-both-lite']],
  ] as const)('offer lite %s, answer lite %s: %s controls', (offerLite, answerLite, controlling, codes) => {
    const [offer, answer] = pair({}, {}, { offer: offerLite ? ['a=ice-lite'] : [], answer: answerLite ? ['a=ice-lite'] : [] });
    const d = diffOfferAnswer(offer, answer);
    expect(d.ice.roles).toMatchObject({ offerLite, answerLite, controlling, controlled: controlling === 'offerer' ? 'answerer' : 'offerer' });
    if (answerLite) expect(d.ice.roles.answerLine).toBe(5);
    expect(d.findings.map((f) => f.code)).toEqual(codes);
  });
});

describe('ICE restart detection against the previous exchange (RFC 8839 §4.4.1.1.1)', () => {
  const NEW_OFFER = { ufrag: 'offV', pwd: 'offerpassword1111111111' };
  const NEW_ANSWER = { ufrag: 'ansV', pwd: 'answerpassword111111111' };
  const previous = { offer: sdp([], section('offer', { ice: OFFER_ICE })), answer: sdp([], section('answer', { ice: ANSWER_ICE })) };

  it('no restart: both unchanged', () => {
    const d = diffOfferAnswer(previous.offer, previous.answer, { previous });
    expect(d.ice.restart).toEqual({ offerRestarted: false, answerRestarted: false, sections: [{ section: 0, mid: '0', offer: 'unchanged', answer: 'unchanged' }] });
    expect(d.sections[0]!.iceRestart).toEqual({ section: 0, mid: '0', offer: 'unchanged', answer: 'unchanged' });
    expect(d.verdict.status).toBe('ok');
  });

  it('restart offered and answered', () => {
    const d = diffOfferAnswer(sdp([], section('offer', { ice: NEW_OFFER })), sdp([], section('answer', { ice: NEW_ANSWER })), { previous });
    expect(d.ice.restart).toMatchObject({ offerRestarted: true, answerRestarted: true });
    expect(d.findings).toEqual([]);
  });

  it('restart offered, answer kept its credentials: degraded', () => {
    const d = diffOfferAnswer(sdp([], section('offer', { ice: NEW_OFFER })), previous.answer, { previous });
    expect(d.ice.restart!.sections[0]).toMatchObject({ offer: 'restarted', answer: 'unchanged' });
    expect(d.findings).toEqual([expect.objectContaining({ code: 'ice-restart-not-answered', side: 'answer', line: 7, mid: '0' })]);
    expect(d.verdict).toEqual({ status: 'degraded', reasons: ['the offer restarted ICE for mid 0 but the answer kept its previous ice-ufrag and ice-pwd'] });
  });

  it('only the password changed: a partial restart', () => {
    const d = diffOfferAnswer(sdp([], section('offer', { ice: { ufrag: OFFER_ICE.ufrag, pwd: NEW_OFFER.pwd } })), sdp([], section('answer', { ice: NEW_ANSWER })), { previous });
    expect(d.ice.restart!.sections[0]).toMatchObject({ offer: 'partial', answer: 'restarted' });
    expect(d.findings.map((f) => f.code)).toEqual(['ice-restart-partial']);
  });

  it('the answer changed credentials without a restart offer', () => {
    const d = diffOfferAnswer(previous.offer, sdp([], section('answer', { ice: NEW_ANSWER })), { previous });
    expect(d.findings.map((f) => f.code)).toEqual(['ice-restart-unrequested']);
  });

  it('bundled sections restart together and report once, on the tag', () => {
    const two = (role: 'offer' | 'answer', ice: { ufrag: string; pwd: string }) =>
      sdp(['a=group:BUNDLE 0 1'], section(role, { mid: '0', ice }), section(role, { kind: 'video', mid: '1', codecs: ['96 VP8/90000'], ice }));
    const prev = { offer: two('offer', OFFER_ICE), answer: two('answer', ANSWER_ICE) };
    const d = diffOfferAnswer(two('offer', NEW_OFFER), two('answer', ANSWER_ICE), { previous: prev });
    expect(d.ice.restart!.sections.map((s) => [s.mid, s.offer, s.answer])).toEqual([['0', 'restarted', 'unchanged'], ['1', 'restarted', 'unchanged']]);
    expect(d.findings.map((f) => [f.code, f.mid])).toEqual([['ice-restart-not-answered', '0']]);
  });
});
