import { describe, expect, it } from 'vitest';
import { lint, lintPair, rules } from '../../src/lint/index.js';
import { createDocument, parse } from '../../src/parser/index.js';
import { sdp, FINGERPRINT, FINGERPRINT_2 } from '../../src/lint/examples.js';

/** An audio offer with one problem per rule under test, at known places. */
const OFFER = sdp`
  v=0
  o=- 1 1 IN IP4 0.0.0.0
  s=-
  t=0 0
  a=group:BUNDLE a0
  m=audio 9 UDP/TLS/RTP/SAVPF 111
  c=IN IP4 0.0.0.0
  a=mid:a0
  a=ice-ufrag:EsAw
  a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
  a=fingerprint:${FINGERPRINT}
  a=setup:actpass
  a=sendrecv
  a=rtcp-mux
  a=rtpmap:111 opus/48000/2
`;

const ANSWER = OFFER.replace('a=setup:actpass', 'a=setup:active').replace(FINGERPRINT, FINGERPRINT_2).replace('a=ice-ufrag:EsAw', 'a=ice-ufrag:c3a1f0e2');

describe('lint', () => {
  it('gives nothing for a clean description', () => {
    expect(lint(OFFER)).toEqual([]);
    expect(lint(OFFER, { type: 'offer' })).toEqual([]);
  });

  it('turns a finding into a Diagnostic with the rule id as code and its ref', () => {
    const [d, ...rest] = lint(OFFER.replace('a=mid:a0', 'a=mid:a-very-long-mid-value').replace('BUNDLE a0', 'BUNDLE a-very-long-mid-value'));
    expect(rest).toEqual([]);
    expect(d).toEqual({
      code: 'mid-too-long',
      severity: 'error',
      message: 'mid `a-very-long-mid-value` has 21 characters; Chrome and Firefox accept at most 16',
      line: 8,
      column: 7,
      endLine: 8,
      endColumn: 28,
      ref: 'RFC 8285 §4.2',
      rejectedBy: [
        { engine: 'chromium', call: 'setRemoteDescription', error: 'The MID attribute exceeds the maximum supported length of 16 characters.', source: 'libwebrtc pc/sdp_offer_answer.cc ValidateMids' },
        { engine: 'firefox', call: 'setRemoteDescription', error: 'Invalid description, mid length greater than 16', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp' },
      ],
    });
  });

  it('includes the parser diagnostics, sorted with the findings by line and column', () => {
    const text = OFFER.replace('t=0 0\r\n', 't=0 0\r\n\r\n').replace('a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=ice-pwd:short');
    const found = lint(text).map((d) => `${d.line}:${d.column} ${d.code}`);
    // The blank line is reported by line-syntax, which replaces the parser's blank-line warning there.
    expect(found).toEqual(['5:1 line-syntax', '11:11 ice-pwd-length']);
    expect(lint(text, { rules: { 'line-syntax': 'off' } }).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '5:1 blank-line',
      '11:11 ice-pwd-length',
    ]);
  });

  it('replaces the parser\'s missing-final-eol by line-syntax, on the same line only', () => {
    const text = OFFER.slice(0, -2);
    expect(lint(text).map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.code}`)).toEqual(['15:26-26 line-syntax']);
    expect(lint(text, { rules: { 'line-syntax': 'off' } }).map((d) => d.code)).toEqual(['missing-final-eol']);
  });

  it('overrides severities per rule, and turns rules off', () => {
    const text = OFFER.replace('a=ice-ufrag:EsAw', 'a=ice-ufrag:Es');
    expect(lint(text).map((d) => d.severity)).toEqual(['error']);
    expect(lint(text, { rules: { 'ice-ufrag-length': 'warning' } }).map((d) => d.severity)).toEqual(['warning']);
    expect(lint(text, { rules: { 'ice-ufrag-length': 'off' } })).toEqual([]);
    expect(lint(OFFER.replace('s=-', 's='), { rules: { 'line-syntax': 'error' } }).map((d) => `${d.severity} ${d.code}`)).toEqual(['error line-syntax']);
  });

  it('throws on an unknown rule id, listing the valid ones', () => {
    expect(() => lint(OFFER, { rules: { 'no-such-rule': 'off' } })).toThrow(/unknown lint rule `no-such-rule`; valid rule ids: .*ice-ufrag-length/);
    expect(() => lintPair(OFFER, ANSWER, { rules: { 'no-such-rule': 'off' } })).toThrow(/unknown lint rule/);
  });

  it('throws on a setting other than off, warning and error', () => {
    expect(() => lint(OFFER, { rules: { 'ice-ufrag-length': 'info' as never } })).toThrow(/invalid setting `info` for lint rule `ice-ufrag-length`/);
  });

  it('accepts text, a ParseResult or a parsed document alike', () => {
    const text = OFFER.replace('a=ice-ufrag:EsAw', 'a=ice-ufrag:Es').replace('t=0 0\r\n', 't=0 0\r\nx=1\r\n');
    const fromText = lint(text);
    expect(fromText.map((d) => d.code)).toEqual(['unknown-line-type', 'line-syntax', 'ice-ufrag-length']);
    expect(lint(parse(text))).toEqual(fromText);
    // A bare document keeps its sources: it is printed and parsed again for the parser's diagnostics.
    expect(lint(parse(text).document)).toEqual(fromText);
  });

  it('points at line 1, column 1 for a document built without sources, and has no parser diagnostics', () => {
    const built = createDocument({ lines: parse(OFFER.replace('a=ice-ufrag:EsAw', 'a=ice-ufrag:Es')).document.lines.map(({ source: _source, ...line }) => line) });
    expect(lint(built)).toEqual([expect.objectContaining({ code: 'ice-ufrag-length', line: 1, column: 1, endLine: 1, endColumn: 1 })]);
  });

  it('runs offer/answer rules only when the type is known', () => {
    const answer = OFFER; // still says actpass
    expect(lint(answer).some((d) => d.code === 'dtls-setup-answer-actpass')).toBe(false);
    expect(lint(answer, { type: 'answer' }).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['12:9 dtls-setup-answer-actpass']);
  });

  it('never throws on garbage', () => {
    for (const text of ['', 'garbage', 'v=0\r\nm=\r\n', 'm=audio 0 RTP/AVP\r\na=rtpmap:\r\na=group:BUNDLE\r\n', '\u0000\r\r\n']) {
      expect(() => lint(text)).not.toThrow();
      expect(() => lintPair(text, text)).not.toThrow();
    }
  });
});

describe('lintPair', () => {
  it('gives nothing for a clean offer and answer', () => {
    expect(lintPair(OFFER, ANSWER)).toEqual({ offer: [], answer: [], pair: [] });
  });

  it('runs each side\'s document rules with its type, and the pair rules on the answer\'s lines', () => {
    const offer = OFFER.replace('a=setup:actpass', 'a=setup:active');
    const answer = ANSWER.replace('a=sendrecv', 'a=sendonly');
    const r = lintPair(offer, answer);
    expect(r.offer.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['12:9 dtls-setup-offer-not-actpass']);
    expect(r.answer).toEqual([]);
    expect(r.pair.map((d) => `${d.severity} ${d.line}:${d.column} ${d.code}`)).toEqual(['error 12:9 dtls-setup-same-role']);
    // sendonly answers a sendrecv offer: allowed.
    expect(lintPair(OFFER.replace('a=sendrecv', 'a=recvonly'), answer).pair.map((d) => `${d.line} ${d.code}`)).toEqual([]);
    expect(lintPair(OFFER.replace('a=sendrecv', 'a=sendonly'), answer).pair.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['13:1 answer-direction']);
  });

  it('includes each side\'s parser diagnostics', () => {
    const r = lintPair(OFFER.replace('t=0 0\r\n', ''), ANSWER);
    expect(r.offer.map((d) => d.code)).toContain('missing-line');
    expect(r.answer).toEqual([]);
  });

  it('lets options turn pair rules off', () => {
    const answer = ANSWER.replace('a=sendrecv', 'a=sendonly');
    expect(lintPair(OFFER.replace('a=sendrecv', 'a=sendonly'), answer, { rules: { 'answer-direction': 'off' } }).pair).toEqual([]);
  });
});

describe('rules', () => {
  it('are all reachable through the registry with a document or pair scope', () => {
    for (const r of rules) expect(['document', 'pair']).toContain(r.scope);
  });
});
