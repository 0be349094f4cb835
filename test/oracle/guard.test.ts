import { describe, expect, it } from 'vitest';
import { ENGINES, serializeFixture, sha16, textFor, type Fixture } from './fixture.js';
import { guardRefusal, unsafeAddresses } from './guard.js';
import { sampleVariants } from './sample-variants.js';
import type { Template, Variant } from './variant.js';

/*
 * The oracle's address guard and the pure fixture functions, without
 * browsers: what the guard lets through decides what a browser may be handed.
 */

describe('the address guard', () => {
  const allowed: string[] = [
    'a=candidate:1 1 udp 2122260223 127.0.0.1 51372 typ host generation 0',
    'a=candidate:1 1 udp 2122260223 ::1 51372 typ host',
    'a=candidate:1 1 udp 2122260223 0b6c4e2f-3a1d-4c5e-9f70-8a1b2c3d4e5f.local 51372 typ host',
    'a=candidate:2 1 udp 1686052607 127.0.0.1 51372 typ srflx raddr 0.0.0.0 rport 0',
    'a=candidate:2 1 udp 1686052607 127.0.0.1 51372 typ srflx raddr :: rport 0',
    'c=IN IP4 0.0.0.0',
    'c=IN IP4 127.0.0.1/127',
    'c=IN IP6 ::',
    'c=IN IP6 ::1',
    'a=rtcp:9 IN IP4 0.0.0.0',
    'a=rtcp:9',
    'a=remote-candidates:1 127.0.0.1 5000 2 ::1 5001',
    'o=- 1 2 IN IP4 192.0.2.1',
    'a=candidate:1 1 udp',
  ];
  it.each(allowed)('lets through %j', (line) => {
    expect(unsafeAddresses(`v=0\r\n${line}\r\n`)).toEqual([]);
  });

  const refused: [string, string][] = [
    ['a=candidate:1 1 udp 2122260223 192.168.1.23 51372 typ host', '192.168.1.23'],
    ['a=candidate:1 1 udp 2122260223 example.com 51372 typ host', 'example.com'],
    ['a=candidate:1 1 udp 2122260223 127.0.0.2 51372 typ host', '127.0.0.2'],
    ['a=candidate:2 1 udp 1686052607 127.0.0.1 51372 typ srflx raddr 10.0.2.15 rport 51372', '10.0.2.15'],
    ['A=CANDIDATE:2 1 udp 1686052607 127.0.0.1 51372 typ srflx RADDR 10.0.2.15 rport 51372', '10.0.2.15'],
    ['c=IN IP4 203.0.113.7', '203.0.113.7'],
    ['c=IN IP4 224.2.1.1/127/3', '224.2.1.1'],
    ['c=IN IP6 2001:db8::1', '2001:db8::1'],
    ['a=rtcp:53020 IN IP4 198.51.100.20', '198.51.100.20'],
    ['a=remote-candidates:1 127.0.0.1 5000 2 192.0.2.9 5001', '192.0.2.9'],
    ['a=candidate:1 1 udp 2122260223 local 51372 typ host', 'local'],
  ];
  it.each(refused)('refuses %j', (line, address) => {
    expect(unsafeAddresses(`v=0\r\n${line}\r\n`)).toEqual([{ line: 2, address }]);
  });

  it('names every unsafe address with its line, whatever the line endings', () => {
    const text = 'v=0\nc=IN IP4 203.0.113.7\ra=candidate:1 1 udp 1 192.168.1.23 9 typ srflx raddr 10.0.0.1 rport 9\r\n';
    expect(guardRefusal(text)).toBe('guard: line 2 address 203.0.113.7, line 3 address 192.168.1.23, line 3 address 10.0.0.1');
    expect(guardRefusal('v=0\r\nc=IN IP4 0.0.0.0\r\n')).toBeUndefined();
  });

  it('refuses, of the sample variants, exactly the one kept with its original addresses', () => {
    const templates = { chromium: TEMPLATE, firefox: TEMPLATE };
    const refusedIds = sampleVariants()
      .filter((v) => ENGINES.some((e) => guardRefusal(textFor(v, e, templates)) !== undefined))
      .map((v) => v.id);
    expect(refusedIds).toEqual(['sample/chrome-offer/private-candidates']);
  });
});

const TEMPLATE: Template = {
  offer: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=setup:actpass\r\n',
  answer: 'v=0\r\no=- 3 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:abcd\r\na=mid:0\r\na=setup:active\r\n',
};

describe('the fixture functions', () => {
  const offer: Variant = { id: 'x/offer', role: 'offer', description: '', aims: 'benign', sdp: 'v=0\r\n' };
  const answer: Variant = { id: 'x/answer', role: 'answer', description: '', aims: 'benign', make: (t) => t.answer.replace('a=setup:active', 'a=setup:passive') };
  const templates = { chromium: TEMPLATE, firefox: { offer: TEMPLATE.offer, answer: TEMPLATE.answer.replace('abcd', 'wxyz') } };

  it('textFor gives an offer its own text for every engine, and an answer made from that engine\'s template', () => {
    expect(textFor(offer, 'chromium', templates)).toBe('v=0\r\n');
    expect(textFor(offer, 'firefox', templates)).toBe('v=0\r\n');
    expect(textFor(answer, 'chromium', templates)).toContain('a=ice-ufrag:abcd\r\na=mid:0\r\na=setup:passive');
    expect(textFor(answer, 'firefox', templates)).toContain('a=ice-ufrag:wxyz\r\na=mid:0\r\na=setup:passive');
  });

  it('sha16 is the first 16 hex digits of SHA-256 over the UTF-8 text', () => {
    expect(sha16('')).toBe('e3b0c44298fc1c14');
    expect(sha16('abc')).toBe('ba7816bf8f01cfea');
    expect(sha16('é')).not.toBe(sha16('e'));
  });

  it('the fixture text does not depend on the order verdicts were recorded in', () => {
    const base: Omit<Fixture, 'verdicts'> = { browsers: { chromium: 'c', firefox: 'f' }, generated: '2026-01-01T00:00:00.000Z', templates };
    const a = serializeFixture({ ...base, verdicts: { 'b/1': { sha: { firefox: '2', chromium: '1' }, chromium: { accepted: true } }, 'a/1': { sha: {}, refused: { chromium: 'guard' } } } });
    const b = serializeFixture({ ...base, verdicts: { 'a/1': { refused: { chromium: 'guard' }, sha: {} }, 'b/1': { chromium: { accepted: true }, sha: { chromium: '1', firefox: '2' } } } });
    expect(a).toBe(b);
    expect(a.split('\n').filter((l) => l.startsWith('"a/1"') || l.startsWith('"b/1"'))).toEqual([
      '"a/1": {"refused":{"chromium":"guard"},"sha":{}},',
      '"b/1": {"chromium":{"accepted":true},"sha":{"chromium":"1","firefox":"2"}}',
    ]);
    expect(JSON.parse(a)).toMatchObject({ verdicts: { 'b/1': { chromium: { accepted: true } } } });
  });
});
