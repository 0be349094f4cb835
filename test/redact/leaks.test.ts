import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newLintErrors, parse } from '../../src/index.js';
import { redactCommand } from '../../src/cli/commands/redact.js';
import { findLeaks, redact, redactDescriptions, unredactedAddresses, unredactedValues } from '../../src/redact/index.js';
import { redactFields, redactPatterns } from '../../src/redact/line-pass.js';
import { Mapper } from '../../src/redact/stand-ins.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const HEAD = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\nc=IN IP4 0.0.0.0\r\n';
const MDNS = '3b9d5c3e-4f1a-4c8e-9d2b-1a2b3c4d5e6f.local';
const mdnsOffer = `${HEAD}a=candidate:3 1 udp 2122194687 ${MDNS} 50002 typ host\r\n`;

/** One row per place a private value hides: the line, the value that must go, the kind counted. */
const rows: { name: string; line: string; secret: string; kind: string }[] = [
  { name: 'IPv6 in an attribute sdpkit does not type', line: 'a=x-relay:2a02:8109:9c0:1d00::17 3478', secret: '2a02:8109:9c0:1d00::17', kind: 'ipv6' },
  { name: 'IPv6 raddr of a srflx candidate', line: 'a=candidate:2 1 udp 1686052607 2001:db8::5 50000 typ srflx raddr 2a02:8109:9c0:1d00:d4f2:e5ff:fe11:2233 rport 50000', secret: '2a02:8109:9c0:1d00:d4f2:e5ff:fe11:2233', kind: 'ipv6' },
  { name: 'IPv4 in a candidate that fails to parse (priority not a number)', line: 'a=candidate:1 1 udp high 10.20.30.40 50000 typ host', secret: '10.20.30.40', kind: 'ipv4' },
  { name: 'mDNS name in a candidate that fails to parse (unknown type)', line: `a=candidate:1 1 udp 1 ${MDNS} 50000 typ hostish`, secret: '3b9d5c3e', kind: 'mdns' },
  { name: 'host name in a candidate that fails to parse', line: 'a=candidate:1 1 udp x turn.corp.acme.org 3478 typ relay', secret: 'turn.corp.acme.org', kind: 'hostname' },
  { name: 'ufrag extension of a candidate that fails to parse', line: 'a=candidate:1 1 udp x 0.0.0.0 9 typ host ufrag Zq8Wm2', secret: 'Zq8Wm2', kind: 'ice-ufrag' },
  { name: 'invalid ice-ufrag value (a character outside ice-char)', line: 'a=ice-ufrag:Ab!9x$Qr', secret: 'Ab!9x$Qr', kind: 'ice-ufrag' },
  { name: 'ice-pwd too short to be valid', line: 'a=ice-pwd:Pw7shortvalue', secret: 'Pw7shortvalue', kind: 'ice-pwd' },
  { name: 'tls-id', line: 'a=tls-id:7a3b9f0e1d2c4b5a69788f7e6d5c4b3a', secret: '7a3b9f0e1d2c4b5a69788f7e6d5c4b3a', kind: 'tls-id' },
  { name: 'fingerprint with an unknown hash name', line: 'a=fingerprint:sha-999 5A:0E:C3:79:12:BD:48:F6:A1:37:9C:E4:02:6B:D8:55:3F:A0:71:C9', secret: '5A:0E:C3:79:12:BD', kind: 'fingerprint' },
  { name: 'fingerprint bytes in an unknown attribute', line: 'a=x-cert:5a:0e:c3:79:12:bd:48:f6:a1:37:9c:e4:02:6b:d8:55', secret: '5a:0e:c3:79:12:bd', kind: 'fingerprint' },
  { name: 'cname of an ssrc line without a valid ssrc', line: 'a=ssrc:x cname:Xk3pLr9TqZ', secret: 'Xk3pLr9TqZ', kind: 'cname' },
];

describe('redaction works on the text of every line', () => {
  it.each(rows)('$name', ({ line, secret, kind }) => {
    const r = redact(`${HEAD}${line}\r\n`);
    expect(r.texts[0]).not.toContain(secret);
    expect(r.replaced).toHaveProperty(kind);
    expect(r.leaks).toEqual([[]]);
  });

  it("replaces the o= username (Firefox's carries its version) and session id, keeping the line's shape", () => {
    const r = redact(example('firefox-answer.sdp')).texts[0]!;
    expect(r).not.toContain('SDPARTA');
    expect(r).not.toContain('7026531838164536582');
    expect(r.split('\r\n')[1]).toBe('o=- 1000000000000000001 0 IN IP4 0.0.0.0');
    const chrome = redact(example('chrome-offer.sdp')).texts[0]!;
    expect(chrome.split('\r\n')[1]).toBe('o=- 1000000000000000001 2 IN IP4 127.0.0.1');
  });

  it('gives the same session id the same stand-in in an offer and a later re-offer', () => {
    const o = example('chrome-offer.sdp');
    const [a, b] = redactDescriptions([o, o.replace(' 2 IN IP4', ' 3 IN IP4')]).texts;
    expect(a!.split('\r\n')[1]!.split(' ')[1]).toBe(b!.split('\r\n')[1]!.split(' ')[1]);
  });

  it('never makes a stand-in that is a value already in the input', () => {
    const r = redact(`${HEAD}a=x-doc:192.0.2.1\r\na=candidate:1 1 udp 1 10.0.0.1 9 typ host\r\n`).texts[0]!;
    expect(r).toContain('a=x-doc:192.0.2.1\r\n');
    expect(r).toContain(' 192.0.2.2 9 typ host');
  });
});

/** The field layer alone (the pattern layer would hide a field it missed): exact lines in, exact lines out. */
const fieldRows: [string, string, string][] = [
  ['candidate address and IPv6 raddr', 'a=candidate:2 1 udp 1686052607 2a02:8109::5 50000 typ srflx raddr 2a02:8109:9c0:1d00:d4f2:e5ff:fe11:2233 rport 50000', 'a=candidate:2 1 udp 1686052607 2001:db8::1 50000 typ srflx raddr 2001:db8::2 rport 50000'],
  ['IPv4 raddr, ufrag extension, extra spaces kept', 'a=candidate:1  1 udp 1 8.8.4.4 9 typ srflx raddr 10.0.0.7 rport 9 ufrag Zq8W', 'a=candidate:1  1 udp 1 198.51.100.1 9 typ srflx raddr 192.0.2.1 rport 9 ufrag u1hi'],
  ['mDNS host candidate', `a=candidate:3 1 udp 2122194687 ${MDNS} 50002 typ host`, 'a=candidate:3 1 udp 2122194687 00000000-0000-4000-8000-000000000001.local 50002 typ host'],
  ['o= of Firefox', 'o=mozilla...THIS_IS_SDPARTA-99.0 7026531838164536582 0 IN IP4 0.0.0.0', 'o=- 1000000000000000001 0 IN IP4 0.0.0.0'],
  ['c= with a TTL', 'c=IN IP4 10.1.2.3/127', 'c=IN IP4 192.0.2.1/127'],
  ['a=rtcp address', 'a=rtcp:50001 IN IP6 fe80::1c2b:3cff:fe4d:5e6f', 'a=rtcp:50001 IN IP6 fe80::1'],
  ['remote-candidates', 'a=remote-candidates:1 10.0.0.9 5000 2 10.0.0.10 5001', 'a=remote-candidates:1 192.0.2.1 5000 2 192.0.2.2 5001'],
  ['msid with Firefox braces', 'a=msid:{7d5e3c1a-9b2f} {1a2b3c4d-5e6f}', 'a=msid:{stream1} {track1}'],
  ["msid-semantic, Chrome's space", 'a=msid-semantic: WMS 3f1c6b2e', 'a=msid-semantic: WMS stream1'],
  ['ssrc msid', 'a=ssrc:2231627014 msid:3f1c6b2e 9a8b7c6d', 'a=ssrc:1001 msid:stream1 track1'],
  ['ssrc-group', 'a=ssrc-group:FID 2231627014 1576249372', 'a=ssrc-group:FID 1001 1002'],
  ['tls-id', 'a=tls-id:7a3b9f0e1d2c4b5a6978', 'a=tls-id:t1hijklmnopqrstuvwxy'],
];

describe('the field layer', () => {
  it.each(fieldRows)('%s', (_name, line, expected) => {
    expect(redactFields(new Mapper(), line)).toBe(expected);
  });

  it('the pattern layer finds IPv4, IPv6, mDNS and fingerprints in any text', () => {
    const m = new Mapper();
    expect(redactPatterns(m, `a=x:10.0.0.1,[2a02:8109::9]:443 ${MDNS}. AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89`)).toBe(
      'a=x:192.0.2.1,[2001:db8::1]:443 00000000-0000-4000-8000-000000000001.local. 25:30:3B:46:51:5C:67:72:7D:88:93:9E:A9:B4:BF:CA',
    );
    // Not addresses: times, versions, attribute names with colons.
    for (const text of ['a=x:12:30:45', 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=x:1.2.3', 'a=fmtp:96 a:b:c']) expect(redactPatterns(m, text)).toBe(text);
  });
});

describe('the leak check compares with the values replaced, not with shapes', () => {
  it('sdp redact exits 0 on a description with mDNS candidates, and the copy shows no unredacted address', () => {
    const r = redactCommand([{ name: 'mdns.sdp', text: mdnsOffer }], {});
    expect(r.stderr).not.toContain('please report');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(' 00000000-0000-4000-8000-000000000001.local 50002 typ host');
    expect(unredactedAddresses(r.stdout)).toEqual([]);
    expect(unredactedAddresses(mdnsOffer)).toEqual([MDNS]);
  });

  it('reports a value that survived, and never a stand-in', () => {
    const good = redact(mdnsOffer).texts[0]!;
    expect(findLeaks([mdnsOffer], [good])).toEqual([[]]);
    // A copy where redaction missed the name: what a bug would give.
    expect(findLeaks([mdnsOffer], [mdnsOffer])).toEqual([[MDNS]]);
    const missedPwd = `${HEAD}a=ice-pwd:Qw8Zr5Tn2Lp9Vx3Ks7Hm4Jd\r\n`;
    expect(findLeaks([missedPwd], [missedPwd.replace(HEAD, redact(HEAD).texts[0]!)])).toEqual([['Qw8Zr5Tn2Lp9Vx3Ks7Hm4Jd']]);
    expect(unredactedValues(mdnsOffer)).toEqual([{ kind: 'mdns', value: MDNS }]);
  });
});

describe.skipIf(!hasCorpus)('redaction over the corpus and the examples', () => {
  const inputs = [...corpusFiles(), { name: 'examples/chrome-offer.sdp', text: example('chrome-offer.sdp') }, { name: 'examples/firefox-answer.sdp', text: example('firefox-answer.sdp') }];

  it('no leak, no new parse error, no new lint error, and redacting again changes nothing', () => {
    for (const f of inputs) {
      const r = redact(f.text);
      const out = r.texts[0]!;
      expect(r.leaks, f.name).toEqual([[]]);
      const errors = (t: string) => parse(t).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort();
      expect(errors(out), f.name).toEqual(errors(f.text));
      expect(newLintErrors(f.text, out).map((d) => d.message), f.name).toEqual([]);
      expect(redact(out).texts[0], f.name).toBe(out);
      expect(unredactedValues(out), f.name).toEqual([]);
    }
  });

  it('sdp redact on every file: exit 0, nothing to report', () => {
    for (const f of inputs) {
      const r = redactCommand([{ name: f.name, text: f.text }], {});
      expect(r.exitCode, f.name).toBe(0);
      expect(r.stderr, f.name).not.toContain('please report');
    }
  });
});

// Distinctive values (so that finding one in the output can only mean it survived).
const octet = fc.integer({ min: 1, max: 254 });
const privateIPv4 = fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`);
const publicIPv4 = fc.tuple(fc.integer({ min: 11, max: 99 }), octet, octet, octet).map((p) => p.join('.'));
const hex4 = fc.integer({ min: 0x1000, max: 0xffff }).map((n) => n.toString(16));
const globalIPv6 = fc.tuple(hex4, hex4, hex4, hex4).map((g) => `2a02:${g.join(':')}::${g[0]}`);
const mdnsName = fc.uuid().map((u) => `${u}.local`);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const iceValue = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...`${ALNUM}+/`.split('')), minLength: min, maxLength: max }).map((s) => `Q${s}`);
const fingerprint = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 32, maxLength: 32 }).map((b) => b.map((x) => x.toString(16).padStart(2, '0').toUpperCase()).join(':'));
const address = fc.oneof(privateIPv4, publicIPv4, globalIPv6, mdnsName);

const generated = fc.record({
  session: fc.bigInt({ min: 2n * 10n ** 17n, max: 10n ** 18n }).map(String),
  ufrag: iceValue(7, 12),
  pwd: iceValue(22, 30),
  fp: fingerprint,
  cname: iceValue(12, 16).map((s) => s.replace(/[+/]/g, 'x')),
  addresses: fc.array(fc.tuple(address, fc.option(address, { nil: undefined }), fc.boolean()), { minLength: 1, maxLength: 6 }),
  unknown: address,
});

describe('property: no original secret survives', () => {
  it('for generated descriptions with random addresses, credentials and fingerprints', () => {
    fc.assert(
      fc.property(generated, (g) => {
        let text = `v=0\r\no=- ${g.session} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=fingerprint:sha-256 ${g.fp}\r\n`;
        text += `m=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:${g.ufrag}\r\na=ice-pwd:${g.pwd}\r\na=ssrc:1234 cname:${g.cname}\r\n`;
        text += `a=x-hint:${g.unknown}\r\n`;
        g.addresses.forEach(([a, raddr, broken], i) => {
          const rel = raddr === undefined ? '' : ` raddr ${raddr} rport 9`;
          text += `a=candidate:${i} 1 udp ${broken ? 'p' : 2122260223 - i} ${a} ${50000 + i} typ ${raddr === undefined ? 'host' : 'srflx'}${rel} ufrag ${g.ufrag}\r\n`;
        });
        const secrets = [g.session, g.ufrag, g.pwd, g.fp, g.cname, g.unknown, ...g.addresses.flatMap(([a, r]) => (r === undefined ? [a] : [a, r]))];
        const r = redact(text);
        const out = r.texts[0]!;
        for (const s of secrets) expect(out, s).not.toContain(s);
        expect(r.leaks).toEqual([[]]);
        expect(redact(out).texts[0]).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
