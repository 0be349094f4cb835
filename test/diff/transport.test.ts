import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { pair, type SectionSpec } from './helpers.js';

// [offer setup, answer setup, DTLS client, verdict, finding codes]; null = no a=setup line.
const roles: [string | null, string | null, 'offerer' | 'answerer' | null, 'ok' | 'degraded' | 'failed', string[]][] = [
  ['actpass', 'active', 'answerer', 'ok', []],
  ['actpass', 'passive', 'offerer', 'ok', []],
  ['active', 'passive', 'offerer', 'ok', ['dtls-offer-not-actpass']],
  ['passive', 'active', 'answerer', 'ok', ['dtls-offer-not-actpass']],
  ['actpass', 'actpass', null, 'failed', ['dtls-answer-actpass']],
  ['active', 'active', null, 'failed', ['dtls-offer-not-actpass', 'dtls-role-conflict']],
  ['passive', 'passive', null, 'failed', ['dtls-offer-not-actpass', 'dtls-role-conflict']],
  ['actpass', 'holdconn', null, 'degraded', ['dtls-holdconn']],
  ['actpass', null, 'offerer', 'ok', ['dtls-setup-missing']], // RFC 4145: an answer without setup is passive
  [null, 'passive', 'offerer', 'ok', ['dtls-setup-missing']], // and an offer without setup is active
  [null, 'active', null, 'failed', ['dtls-setup-missing', 'dtls-role-conflict']],
];

describe('DTLS roles (RFC 4145 §4.1, RFC 5763 §5, RFC 8842)', () => {
  it.each(roles)('offer %s, answer %s: client %s', (o, a, client, status, codes) => {
    const [offer, answer] = pair({ setup: o }, { setup: a });
    const d = diffOfferAnswer(offer, answer);
    const dtls = d.sections[0]!.transport!.dtls!;
    expect(dtls.client ?? null).toBe(client);
    if (client !== null) expect(dtls.server).toBe(client === 'offerer' ? 'answerer' : 'offerer');
    expect(d.verdict.status).toBe(status);
    expect(d.findings.map((f) => f.code)).toEqual(codes);
  });

  it('points at the setup lines', () => {
    const [offer, answer] = pair({ setup: 'actpass' }, { setup: 'actpass' });
    const d = diffOfferAnswer(offer, answer);
    expect(d.sections[0]!.transport!.dtls).toMatchObject({ offerLine: 10, answerLine: 10 });
    expect(d.findings[0]).toMatchObject({ code: 'dtls-answer-actpass', side: 'answer', line: 10, ref: 'RFC 5763 §5' });
  });

  it('a DTLS section without fingerprint fails; hash algorithms are reported per side', () => {
    const [offer, answer] = pair({ lines: ['a=fingerprint:sha-1 ' + Array(20).fill('AB').join(':')] }, { fingerprint: false });
    const d = diffOfferAnswer(offer, answer);
    expect(d.sections[0]!.transport!.dtls!.fingerprints).toEqual({ offer: ['sha-256', 'sha-1'], answer: [] });
    expect(d.verdict).toEqual({ status: 'failed', reasons: ['the answer has no a=fingerprint for this DTLS section'] });
  });

  it('no DTLS facts for plain RTP without a=setup', () => {
    const [offer, answer] = pair({ proto: 'RTP/AVP', setup: null, fingerprint: false, ice: null }, { proto: 'RTP/AVP', setup: null, fingerprint: false, ice: null });
    const d = diffOfferAnswer(offer, answer);
    expect(d.sections[0]!.transport!.dtls).toBeUndefined();
    expect(d.verdict.status).toBe('ok');
  });
});

describe('ICE credentials and options (RFC 8839 §5.4, §5.6)', () => {
  it('the answer must give credentials when the offer uses ICE', () => {
    const [offer, answer] = pair({}, { ice: null });
    const d = diffOfferAnswer(offer, answer);
    expect(d.findings.map((f) => f.code)).toEqual(['ice-credentials-missing']);
    expect(d.verdict.reasons).toEqual(['the offer uses ICE for mid 0 but the answer has no ice-ufrag and ice-pwd']);
  });

  it('options per side, the common ones and trickle', () => {
    const [offer, answer] = pair({ lines: ['a=ice-options:trickle ice2'] }, {}, { answer: ['a=ice-options:ice2'] });
    const ice = diffOfferAnswer(offer, answer).sections[0]!.transport!.ice;
    expect(ice.offer.options).toEqual(['trickle', 'ice2']);
    expect(ice.answer).toMatchObject({ options: ['ice2'], optionsLine: 5, ufrag: 'ansU' });
    expect(ice.commonOptions).toEqual(['ice2']);
    expect(ice.trickle).toBe(false);
  });
});

describe('rtcp-mux (RFC 5761 §5.1.1, RFC 8858)', () => {
  const cases: [string, SectionSpec, SectionSpec, boolean, string[], string][] = [
    ['offered and accepted', {}, {}, true, [], 'ok'],
    ['declined', {}, { rtcpMux: false }, false, ['rtcp-mux-declined'], 'ok'],
    ['required by rtcp-mux-only and declined', { lines: ['a=rtcp-mux-only'] }, { rtcpMux: false }, false, ['rtcp-mux-required'], 'failed'],
    ['not offered but answered', { rtcpMux: false }, {}, false, ['rtcp-mux-not-offered'], 'ok'],
  ];
  it.each(cases)('%s', (_name, o, a, muxed, codes, status) => {
    const [offer, answer] = pair(o, a);
    const d = diffOfferAnswer(offer, answer);
    expect(d.sections[0]!.rtcpMux!.muxed).toBe(muxed);
    expect(d.findings.map((f) => f.code)).toEqual(codes);
    expect(d.verdict.status).toBe(status);
  });
});
