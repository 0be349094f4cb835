import { describe, expect, it } from 'vitest';
import { diffOfferAnswer, sharedWith } from '../../src/diff/index.js';
import { section, sdp, type Role, type SectionSpec } from './helpers.js';

const three = (role: Role, over: Partial<Record<'0' | '1' | '2', SectionSpec>> = {}): string[][] => [
  section(role, { mid: '0', ...over['0'] }),
  section(role, { kind: 'video', mid: '1', codecs: ['96 VP8/90000'], ...over['1'] }),
  section(role, { kind: 'application', mid: '2', ...over['2'] }),
];

const offer = sdp(['a=group:BUNDLE 0 1 2'], ...three('offer'));

describe('BUNDLE (RFC 9143)', () => {
  it('an accepted subset: the rejected section leaves the group, the rest share mid 0', () => {
    const d = diffOfferAnswer(offer, sdp(['a=group:BUNDLE 0 1'], ...three('answer', { 2: { port: 0 } })));
    expect(d.bundle.groups).toEqual([{
      offered: ['0', '1', '2'], offerLine: 5, offerTag: '0', accepted: ['0', '1'], answerLine: 5, tag: '0',
      removed: [{ mid: '2', reason: 'rejected' }], notOffered: [], bundleOnly: [],
    }]);
    expect(d.bundle.transports).toEqual([{ mid: '0', bundled: true, sections: [0, 1], mids: ['0', '1'] }]);
    expect(d.sections[1]!.bundle).toEqual({ offered: true, bundled: true, tag: '0', tagSection: 0, isTag: false, transport: 0, bundleOnly: false, removed: false });
    expect(sharedWith(d, 1)).toEqual(['0']);
    expect(d.verdict).toEqual({ status: 'degraded', reasons: ['the answer rejected application mid 2 (port 0)'] });
  });

  it('a section moved out of the group keeps its own transport', () => {
    const d = diffOfferAnswer(offer, sdp(['a=group:BUNDLE 0 1'], ...three('answer', { 2: { ice: { ufrag: 'own2', pwd: 'ownpassword2ownpassword' } } })));
    expect(d.bundle.groups[0]!.removed).toEqual([{ mid: '2', reason: 'moved-out' }]);
    expect(d.bundle.transports).toEqual([
      { mid: '0', bundled: true, sections: [0, 1], mids: ['0', '1'] },
      { mid: '2', bundled: false, sections: [2], mids: ['2'] },
    ]);
    expect(d.sections[2]!.bundle.removed).toBe(true);
    expect(d.sections[2]!.summary).toBe('application mid 2: data channel, sctp-port 5000 ↔ 5000, max-message-size 64 KB, moved out of BUNDLE, DTLS client: answerer');
    expect(d.sections[2]!.transport!.ice.answer.ufrag).toBe('own2');
    expect(d.findings.map((f) => f.code)).toContain('bundle-section-removed');
    expect(d.verdict.status).toBe('ok');
  });

  it('an answer group that is not a subset of the offered one fails', () => {
    const o = sdp(['a=group:BUNDLE 0 1'], ...three('offer'));
    const d = diffOfferAnswer(o, sdp(['a=group:BUNDLE 0 1 2'], ...three('answer')));
    expect(d.bundle.groups[0]!.notOffered).toEqual(['2']);
    expect(d.verdict).toMatchObject({ status: 'failed', reasons: ['the answer puts mid 2 in the BUNDLE group, but the offer did not put it in that group'] });
  });

  it('an answer group when the offer had none fails', () => {
    const d = diffOfferAnswer(sdp([], ...three('offer')), sdp(['a=group:BUNDLE 0 1'], ...three('answer')));
    expect(d.bundle.unmatchedAnswerGroups).toEqual([{ mids: ['0', '1'], line: 5 }]);
    expect(d.verdict.status).toBe('failed');
  });

  it('no group in the answer: BUNDLE declined, one transport per section', () => {
    const d = diffOfferAnswer(offer, sdp([], ...three('answer')));
    expect(d.bundle.groups[0]).toMatchObject({ removed: [{ mid: '0', reason: 'moved-out' }, { mid: '1', reason: 'moved-out' }, { mid: '2', reason: 'moved-out' }] });
    expect(d.bundle.groups[0]!.accepted).toBeUndefined();
    expect(d.bundle.transports.map((t) => [t.mid, t.bundled])).toEqual([['0', false], ['1', false], ['2', false]]);
    expect(d.findings.map((f) => [f.code, f.severity, f.line])).toEqual([['bundle-declined', 'warning', 5]]);
    expect(d.verdict.status).toBe('ok');
  });

  it('the tag is the first mid of the answer group; other sections use its transport', () => {
    const d = diffOfferAnswer(offer, sdp(['a=group:BUNDLE 1 0 2'], ...three('answer', { 0: { ice: null, setup: null, fingerprint: false } })));
    expect(d.bundle.groups[0]!.tag).toBe('1');
    expect(d.sections[0]!.bundle).toMatchObject({ tag: '1', tagSection: 1, isTag: false });
    expect(d.sections[0]!.transport).toMatchObject({ mid: '1', inherited: true, dtls: { client: 'answerer' } });
    expect(d.sections[0]!.summary).toContain('BUNDLE on mid 1');
    // Section 0 has no ICE or DTLS attributes of its own: the tag's apply, no finding.
    expect(d.findings).toEqual([]);
  });

  it('a bundle-only offered section (port 0) is not disabled, and is accepted into the group', () => {
    const o = sdp(['a=group:BUNDLE 0 1'], section('offer', { mid: '0' }), section('offer', { kind: 'video', mid: '1', port: 0, codecs: ['96 VP8/90000'], ice: null, lines: ['a=bundle-only'] }));
    const a = sdp(['a=group:BUNDLE 0 1'], section('answer', { mid: '0' }), section('answer', { kind: 'video', mid: '1', codecs: ['96 VP8/90000'] }));
    const d = diffOfferAnswer(o, a);
    expect(d.sections[1]).toMatchObject({ status: 'accepted', bundle: { bundleOnly: true, bundled: true, tag: '0' } });
    expect(d.bundle.groups[0]!.bundleOnly).toEqual(['1']);
    expect(d.verdict.status).toBe('ok');
  });

  it('a bundled answer section may have port 0 without being rejected; the tag may not', () => {
    const bundled = diffOfferAnswer(offer, sdp(['a=group:BUNDLE 0 1 2'], ...three('answer', { 1: { port: 0 } })));
    expect(bundled.sections[1]!.status).toBe('accepted');
    expect(bundled.verdict.status).toBe('ok');
    const tagZero = diffOfferAnswer(offer, sdp(['a=group:BUNDLE 0 1 2'], ...three('answer', { 0: { port: 0 } })));
    expect(tagZero.findings.map((f) => f.code)).toEqual(['bundle-tag-port-zero']);
    expect(tagZero.verdict.status).toBe('failed');
  });
});
