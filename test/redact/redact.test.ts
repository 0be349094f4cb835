import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkList, parse, print } from '../../src/index.js';
import { redact, redactDescriptions, unredactedAddresses } from '../../src/redact/index.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';

const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

/** The shape of a document: line types, attribute names and whether each line typed. */
function structure(text: string): string[] {
  return parse(text).document.lines.map((l) => `${l.type}|${l.name ?? ''}|${l.value === undefined ? 'raw' : 'typed'}`);
}

function codes(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
}

describe('redact', () => {
  const [o, a] = redactDescriptions([offer, answer]).texts as [string, string];

  it('removes every private value of the example pair', () => {
    for (const secret of ['192.168.1.23', '10.0.2.15', '192.168.1.50', 'EsAw', 'bP+XJMM09aR8AiX1jdukzR6Y', 'c3a1f0e2', 'D7:3F:2A:9B', '5A:0E:C3:79', 'pJ2rQ7fY3nWx8KcL', '3f1c6b2e-5d1a-4c59-9a3e-8b2f0d6e7a41', '1576249372', '2231627014', '7d5e3c1a-9b2f-4e8d-a6c4-2f1e0d9c8b7a']) {
      expect(o + a, secret).not.toContain(secret);
    }
  });

  it('maps private IPv4 to 192.0.2.0/24 and public to 198.51.100.0/24, consistently across offer and answer', () => {
    expect(o).toContain('a=candidate:1467250027 1 udp 2122260223 192.0.2.1 51372 typ host');
    const srflx = parse(o).document.media[0]!.candidates.find((c) => c.type === 'srflx')!;
    // The examples' public addresses are documentation space already (203.0.113.7): kept.
    expect(srflx.address).toBe('203.0.113.7');
    expect(srflx.relatedAddress).toBe('192.0.2.1');
    const pub = redact('v=0\r\no=- 1 1 IN IP4 8.8.4.4\r\nc=IN IP4 100.64.3.4\r\nc=IN IP4 8.8.4.4\r\n').texts[0]!;
    expect(pub).toBe('v=0\r\no=- 1 1 IN IP4 198.51.100.1\r\nc=IN IP4 192.0.2.1\r\nc=IN IP4 198.51.100.1\r\n');
    expect(unredactedAddresses(o)).toEqual([]);
    expect(unredactedAddresses(a)).toEqual([]);
  });

  it('keeps the structure, the diagnostics and the ICE check list of the pair', () => {
    expect(structure(o)).toEqual(structure(offer));
    expect(structure(a)).toEqual(structure(answer));
    expect(codes(o)).toEqual(codes(offer));
    const before = checkList(parse(offer).document.media[0]!.candidates, parse(answer).document.media[0]!.candidates, { role: 'controlling' });
    const after = checkList(parse(o).document.media[0]!.candidates, parse(a).document.media[0]!.candidates, { role: 'controlling' });
    expect(after.pairs.map((p) => [p.priority, p.state])).toEqual(before.pairs.map((p) => [p.priority, p.state]));
  });

  it('keeps ufrag and pwd lengths and fingerprint sizes', () => {
    const before = parse(offer).document.media[0]!;
    const after = parse(o).document.media[0]!;
    expect(after.ice.ufrag).toHaveLength(before.ice.ufrag!.length);
    expect(after.ice.pwd).toHaveLength(before.ice.pwd!.length);
    expect(after.ice.ufrag).not.toBe(before.ice.ufrag);
    expect(after.fingerprints[0]!.fingerprint).toHaveLength(before.fingerprints[0]!.fingerprint.length);
  });

  it('maps mDNS names, IPv6 classes and unknown attributes with addresses', () => {
    const text =
      'v=0\r\no=- 1 1 IN IP4 10.9.8.7\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\nc=IN IP4 0.0.0.0\r\n' +
      'a=candidate:1 1 udp 2122262783 2a02:8109:9c0:1d00:d4f2:e5ff:fe11:2233 50000 typ host\r\n' +
      'a=candidate:2 1 udp 2122129151 fe80::1c2b:3cff:fe4d:5e6f 50001 typ host\r\n' +
      'a=candidate:3 1 udp 2122194687 3b9d5c3e-4f1a-4c8e-9d2b-1a2b3c4d5e6f.local 50002 typ host\r\n' +
      'a=x-relay-hint:10.9.8.7 turn.corp.example.org\r\n';
    const r = redact(text).texts[0]!;
    expect(r).toContain('o=- 1 1 IN IP4 192.0.2.1');
    expect(r).toContain(' 2001:db8::1 50000 typ host');
    expect(r).toContain(' fe80::1 50001 typ host');
    expect(r).toMatch(/ [0-9a-f-]{36}\.local 50002 typ host/);
    expect(r).not.toContain('3b9d5c3e');
    expect(r).toContain('a=x-relay-hint:192.0.2.1 ');
    expect(redact(text).replaced).toMatchObject({ ipv4: 1, ipv6: 2, mdns: 1 });
  });

  it.skipIf(!hasCorpus)('on every corpus file: same structure, same diagnostics, no private address left', () => {
    for (const f of corpusFiles()) {
      const r = redact(f.text).texts[0]!;
      expect(structure(r), f.name).toEqual(structure(f.text));
      expect(codes(r).map((c) => c.split('@')[0]), f.name).toEqual(codes(f.text).map((c) => c.split('@')[0]));
      expect(unredactedAddresses(r), f.name).toEqual([]);
    }
  });

  it('is lossless on everything it does not replace and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), (s) => {
        const r = redact(s).texts[0]!;
        // No IPv4 in the input: nothing to replace outside typed lines, and print of the parse is the input.
        if (!/\d+\.\d+\.\d+\.\d+/.test(s) && parse(s).document.lines.every((l) => l.value === undefined)) expect(r).toBe(print(parse(s).document));
      }),
    );
  });
});

/*
 * One description with every kind of private value, public and private
 * addresses of both families, a line that does not parse and an attribute
 * nobody types: the whole redacted text, reviewed by hand, and the counts.
 * Documentation-range stand-ins tell public (198.51.100.x) from private
 * (192.0.2.x) addresses, and one value gets one stand-in everywhere.
 */
describe('a description with every private value, redacted exactly', () => {
  const input = [
    'v=0',
    'o=mozilla...THIS_IS_SDPARTA-99.0 4611731400430051337 2 IN IP4 198.18.7.7',
    's=-',
    't=0 0',
    'a=fingerprint:sha-256 8F:2E:6B:1C:4D:9A:77:10:3B:5E:C2:A1:90:0D:FE:44:21:6C:8B:3F:7A:12:E9:55:0B:DA:66:C3:81:4F:2D:99',
    'a=ice-ufrag:Xy7q',
    'a=ice-pwd:0123456789abcdefghijklmn',
    'a=tls-id:89J9cA1B2C3D4E5F6G7H8I9J',
    'm=audio 54400 UDP/TLS/RTP/SAVPF 111',
    'c=IN IP4 93.184.216.34',
    'a=rtcp:54401 IN IP4 93.184.216.34',
    'a=mid:0',
    'a=msid:stream-a track-b',
    'a=ssrc:1001 cname:Zq9+abcd/efgh',
    'a=ssrc:1001 msid:stream-a track-b',
    'a=candidate:1 1 udp 2122260223 192.168.1.20 54400 typ host generation 0 ufrag Xy7q',
    'a=candidate:2 1 udp 1686052607 93.184.216.34 54400 typ srflx raddr 192.168.1.20 rport 54400',
    'a=candidate:3 1 udp 2122262783 2a02:908:1:2::42 54402 typ host',
    'a=candidate:4 1 udp 1686055167 2a00:1450:4001:80b::200e 54403 typ srflx raddr 2a02:908:1:2::42 rport 54402',
    'a=candidate:5 1 udp 2122194687 4f3c9d5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f.local 54404 typ host',
    'a=candidate:broken 1 udp x 10.1.2.3 1 typ host',
    'a=x-unknown:fe80::1234:5678:9abc:def0 and 172.16.5.4',
    'a=remote-candidates:1 85.10.20.30 5000',
  ];
  const expected = [
    'v=0',
    'o=- 1000000000000000001 2 IN IP4 192.0.2.1',
    's=-',
    't=0 0',
    'a=fingerprint:sha-256 25:30:3B:46:51:5C:67:72:7D:88:93:9E:A9:B4:BF:CA:D5:E0:EB:F6:01:0C:17:22:2D:38:43:4E:59:64:6F:7A',
    'a=ice-ufrag:u1hi',
    'a=ice-pwd:p1hijklmnopqrstuvwxyzABC',
    'a=tls-id:t1hijklmnopqrstuvwxyzABC',
    'm=audio 54400 UDP/TLS/RTP/SAVPF 111',
    'c=IN IP4 198.51.100.1',
    'a=rtcp:54401 IN IP4 198.51.100.1',
    'a=mid:0',
    'a=msid:stream1 track1',
    'a=ssrc:1001 cname:cname1',
    'a=ssrc:1001 msid:stream1 track1',
    'a=candidate:1 1 udp 2122260223 192.0.2.2 54400 typ host generation 0 ufrag u1hi',
    'a=candidate:2 1 udp 1686052607 198.51.100.1 54400 typ srflx raddr 192.0.2.2 rport 54400',
    'a=candidate:3 1 udp 2122262783 2001:db8::1 54402 typ host',
    'a=candidate:4 1 udp 1686055167 2001:db8::2 54403 typ srflx raddr 2001:db8::1 rport 54402',
    'a=candidate:5 1 udp 2122194687 00000000-0000-4000-8000-000000000001.local 54404 typ host',
    'a=candidate:broken 1 udp x 192.0.2.3 1 typ host',
    'a=x-unknown:fe80::1 and 192.0.2.4',
    'a=remote-candidates:1 198.51.100.2 5000',
  ];
  it('replaces each value by its stand-in and nothing else', () => {
    const r = redact(`${input.join('\r\n')}\r\n`);
    expect(r.texts[0]!.split('\r\n')).toEqual([...expected, '']);
    expect(r.replaced).toEqual({ username: 1, 'session-id': 1, ipv4: 6, fingerprint: 1, 'ice-ufrag': 1, 'ice-pwd': 1, 'tls-id': 1, 'stream-id': 2, cname: 1, ipv6: 3, mdns: 1 });
    expect(r.leaks).toEqual([[]]);
    expect(redact(r.texts[0]!).texts[0]).toBe(r.texts[0]);
  });
});
