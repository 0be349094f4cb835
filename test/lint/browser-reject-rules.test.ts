import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import type { DescriptionType } from '../../src/lint/index.js';
import { FINGERPRINT } from '../../src/lint/examples.js';
import { tableTest } from '../helpers/table.js';
import type { InvalidCase, ValidCase } from '../helpers/table.js';

/*
 * Tables for the rules about descriptions browsers refuse: fingerprints,
 * SDES, m= protocols and data channel formats, bundle-only without rtcp-mux,
 * addresses. `doc(session, media)` is:
 *   1 v=0, 2 o=, 3 s=-, 4 t=0 0, then the session lines (from line 5),
 *   then the media lines as given, written out in each case.
 */

interface Doc {
  readonly type: DescriptionType | undefined;
  readonly text: string;
}

const HEAD = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];
const doc = (session: readonly string[], media: readonly string[], type?: DescriptionType): Doc => ({
  type,
  text: [...HEAD, ...session, ...media].map((l) => `${l}\r\n`).join(''),
});

const ICE = ['a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y'];
const FP = `a=fingerprint:${FINGERPRINT}`;

/** An audio section: m= (first line), c=, mid, ufrag, pwd, [fingerprint], setup, rtcp-mux, rtpmap: 9 lines with a fingerprint, 8 without. */
const audio = (opts: { fingerprint?: boolean; proto?: string; port?: number; c?: string; mid?: string; extra?: readonly string[] } = {}): string[] => [
  `m=audio ${opts.port ?? 9} ${opts.proto ?? 'UDP/TLS/RTP/SAVPF'} 111`,
  opts.c ?? 'c=IN IP4 0.0.0.0',
  `a=mid:${opts.mid ?? '0'}`,
  ...ICE,
  ...(opts.fingerprint === false ? [] : [FP]),
  'a=setup:actpass',
  'a=rtcp-mux',
  'a=rtpmap:111 opus/48000/2',
  ...(opts.extra ?? []),
];

/** A data section: m= line as given, then c=, mid, ICE, fingerprint, setup and the extra lines. */
const data = (mline: string, extra: readonly string[] = []): string[] => [mline, 'c=IN IP4 0.0.0.0', 'a=mid:0', ...ICE, FP, 'a=setup:actpass', ...extra];

const runRule = (id: string) => (d: Doc) => lint(d.text, { type: d.type }).filter((f) => f.code === id);
const ok = <I>(name: string, input: I): ValidCase<I> => ({ name, input });
const bad = <I>(name: string, input: I, errors: string[], message?: string): InvalidCase<I> => ({ name, input, errors, ...(message !== undefined ? { message } : {}) });

// --- dtls-fingerprint-hash-unknown -----------------------------------------
// `a=fingerprint:` is 14 characters: the hash starts at column 15.

const SHA1 = 'sha-1 42:89:C5:C6:55:9D:6E:C8:E8:83:55:2A:39:F9:B6:EB:E9:A3:A9:E7';
const BYTES_32 = FINGERPRINT.slice('sha-256 '.length);
const fpDoc = (value: string) => doc([`a=fingerprint:${value}`], audio({ fingerprint: false }));

tableTest('dtls-fingerprint-hash-unknown', runRule('dtls-fingerprint-hash-unknown'), {
  valid: [
    ok('sha-256 with 32 bytes', fpDoc(FINGERPRINT)),
    ok('SHA-256 in upper case (Chrome lower-cases the name)', fpDoc(`SHA-256 ${BYTES_32}`)),
    ok('sha-1 with 20 bytes (weak, but known: dtls-fingerprint-weak-hash)', fpDoc(SHA1)),
    ok('md5 with 16 bytes (dtls-fingerprint-weak-hash reports it)', fpDoc('md5 A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90')),
    ok('sha-512 with 64 bytes', fpDoc(`sha-512 ${[...BYTES_32.split(':'), ...BYTES_32.split(':')].join(':')}`)),
  ],
  invalid: [
    bad('sha-3: an unknown hash name', fpDoc('sha-3 AB:CD'), ['dtls-fingerprint-hash-unknown 5:15-20'], 'unknown fingerprint hash function `sha-3`'),
    bad('blake2b-256 with 32 bytes', fpDoc(`blake2b-256 ${BYTES_32}`), ['dtls-fingerprint-hash-unknown 5:15-26']),
    // `sha-256 ` is 8 characters: the value starts at column 23.
    bad('sha-256 value that is not hex', fpDoc('sha-256 XY:CD'), ['dtls-fingerprint-hash-unknown 5:23-28'], 'is not hex bytes'),
    bad('sha-256 value without colons', fpDoc('sha-256 ABCD'), ['dtls-fingerprint-hash-unknown 5:23-27']),
    // `a=fingerprint:sha-256 ` is 22 characters; 32 bytes are 95.
    bad('sha-256 with lower-case hex (Firefox refuses it)', fpDoc(`sha-256 ${BYTES_32.toLowerCase()}`), ['dtls-fingerprint-hash-unknown 5:23-118'], 'Firefox refuses lower case'),
    bad('sha-256 value of 2 bytes', fpDoc('sha-256 AB:CD'), ['dtls-fingerprint-hash-unknown 5:23-28'], 'has 32 bytes, this one has 2'),
    bad('sha-1 value of 32 bytes', fpDoc(`sha-1 ${BYTES_32}`), [`dtls-fingerprint-hash-unknown 5:21-${21 + BYTES_32.length}`]),
    bad('md5 value of 2 bytes (the weak-hash rule sees no value)', fpDoc('md5 AB:CD'), ['dtls-fingerprint-hash-unknown 5:19-24']),
    bad('unknown name and a value that is not hex: both', fpDoc('sha-3 XY'), ['dtls-fingerprint-hash-unknown 5:15-20', 'dtls-fingerprint-hash-unknown 5:21-23']),
    // Media level: the fingerprint is line 10 (m=, c=, mid, ufrag, pwd, then it).
    bad('media-level fingerprint', doc([], audio({ fingerprint: false }).flatMap((l) => (l === 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y' ? [l, 'a=fingerprint:sha-3 AB'] : [l]))), ['dtls-fingerprint-hash-unknown 10:15-20']),
  ],
});

describe('dtls-fingerprint-hash-unknown and other diagnostics', () => {
  it('replaces the parser\'s invalid-value on the line: one problem, one finding', () => {
    const found = lint(fpDoc('sha-256 AB:CD').text).filter((d) => d.line === 5);
    expect(found.map((d) => d.code)).toEqual(['dtls-fingerprint-hash-unknown']);
  });

  it('leaves md5 of the right length to dtls-fingerprint-weak-hash alone', () => {
    const found = lint(fpDoc('md5 A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90').text).filter((d) => d.line === 5);
    expect(found.map((d) => d.code)).toEqual(['dtls-fingerprint-weak-hash']);
  });
});

// --- sdes-only ------------------------------------------------------------

const CRYPTO = 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32';
const CRYPTO_END = CRYPTO.length + 1;

tableTest('sdes-only', runRule('sdes-only'), {
  valid: [
    ok('a=crypto next to a media-level fingerprint', doc([], audio({ extra: [CRYPTO] }))),
    ok('a=crypto with a session-level fingerprint', doc([FP], audio({ fingerprint: false, proto: 'RTP/SAVPF', extra: [CRYPTO] }))),
    ok('neither a=crypto nor a fingerprint (plain RTP/AVP)', doc([], audio({ fingerprint: false, proto: 'RTP/AVP' }))),
    ok('a rejected section (port 0) with a=crypto only', doc([], audio({ fingerprint: false, port: 0, proto: 'RTP/SAVPF', extra: [CRYPTO] }))),
    ok('a malformed fingerprint line still counts as DTLS (the fingerprint rules report it)', doc(['a=fingerprint:sha-256 AB:CD'], audio({ fingerprint: false, extra: [CRYPTO] }))),
    ok('an answer\'s bundled second section, keyed by the first', doc(['a=group:BUNDLE 0 1'], [...audio(), ...audio({ fingerprint: false, mid: '1', port: 0, extra: ['a=bundle-only', CRYPTO] })], 'answer')),
  ],
  invalid: [
    // m= 5, c= 6, mid 7, ufrag 8, pwd 9, setup 10, rtcp-mux 11, rtpmap 12, crypto 13.
    bad('RTP/SAVPF keyed by a=crypto only', doc([], audio({ fingerprint: false, proto: 'RTP/SAVPF', extra: [CRYPTO] })), [`sdes-only 13:1-${CRYPTO_END}`], 'keyed by SDES (a=crypto) only'),
    bad('UDP/TLS/RTP/SAVPF with a=crypto and no fingerprint', doc([], audio({ fingerprint: false, extra: [CRYPTO] })), [`sdes-only 13:1-${CRYPTO_END}`]),
    bad('two a=crypto lines: the first is reported once', doc([], audio({ fingerprint: false, proto: 'RTP/SAVPF', extra: [CRYPTO, CRYPTO.replace('1 AES_CM_128_HMAC_SHA1_80', '2 AES_CM_128_HMAC_SHA1_32')] })), [`sdes-only 13:1-${CRYPTO_END}`]),
  ],
});

describe('sdes-only and dtls-fingerprint-missing', () => {
  it('a DTLS profile keyed by a=crypto only gives one finding, not two', () => {
    const codes = lint(doc([], audio({ fingerprint: false, extra: [CRYPTO] })).text).map((d) => d.code);
    expect(codes).toContain('sdes-only');
    expect(codes).not.toContain('dtls-fingerprint-missing');
  });

  it('a DTLS profile without fingerprint nor crypto is still dtls-fingerprint-missing', () => {
    const codes = lint(doc([], audio({ fingerprint: false })).text).map((d) => d.code);
    expect(codes).toContain('dtls-fingerprint-missing');
    expect(codes).not.toContain('sdes-only');
  });
});

// --- media-protocol-unknown -----------------------------------------------
// `m=audio 9 ` is 10 characters (proto at column 11), `m=application 9 ` 16 (column 17).

tableTest('media-protocol-unknown', runRule('media-protocol-unknown'), {
  valid: [
    ok('UDP/TLS/RTP/SAVPF', doc([], audio())),
    ok('TCP/DTLS/RTP/SAVPF', doc([], audio({ proto: 'TCP/DTLS/RTP/SAVPF' }))),
    ok('RTP/SAVPF (JSEP: answerers take it)', doc([], audio({ proto: 'RTP/SAVPF' }))),
    ok('RTP/AVP', doc([], audio({ proto: 'RTP/AVP' }))),
    ok('UDP/TLS/RTP/SAVP', doc([], audio({ proto: 'UDP/TLS/RTP/SAVP' }))),
    ok('UDP/DTLS/SCTP webrtc-datachannel', doc([], data('m=application 9 UDP/DTLS/SCTP webrtc-datachannel', ['a=sctp-port:5000']))),
    ok('TCP/DTLS/SCTP webrtc-datachannel', doc([], data('m=application 9 TCP/DTLS/SCTP webrtc-datachannel'))),
    ok('legacy DTLS/SCTP 5000', doc([], data('m=application 9 DTLS/SCTP 5000'))),
    ok('the wrong format after a good proto is datachannel-format\'s', doc([], data('m=application 9 UDP/DTLS/SCTP 5000'))),
  ],
  invalid: [
    bad('audio over RTP/AVPF (Firefox\'s sipcc has no RTP/AVPF)', doc([], audio({ proto: 'RTP/AVPF' })), ['media-protocol-unknown 5:11-19'], 'Firefox refuses it'),
    bad('audio over RTP/FOO', doc([], audio({ proto: 'RTP/FOO' })), ['media-protocol-unknown 5:11-18'], 'not an RTP profile browsers take'),
    bad('audio over UDP/RTP/AVP', doc([], audio({ proto: 'UDP/RTP/AVP' })), ['media-protocol-unknown 5:11-22']),
    bad('lower-case udp/tls/rtp/savpf (Chrome compares case)', doc([], audio({ proto: 'udp/tls/rtp/savpf' })), ['media-protocol-unknown 5:11-28']),
    bad('TCP/TLS/RTP/SAVPF (Firefox does not take it)', doc([], audio({ proto: 'TCP/TLS/RTP/SAVPF' })), ['media-protocol-unknown 5:11-28']),
    bad('video with port 0 over an unknown proto (still parsed)', doc([], ['m=video 0 FOO 96', 'c=IN IP4 0.0.0.0', 'a=mid:0']), ['media-protocol-unknown 5:11-14']),
    bad('application over UDP/SCTP', doc([], data('m=application 9 UDP/SCTP webrtc-datachannel')), ['media-protocol-unknown 5:17-25'], 'data channels take UDP/DTLS/SCTP'),
    bad('application over plain SCTP', doc([], data('m=application 9 SCTP 5000')), ['media-protocol-unknown 5:17-21']),
    bad('application over UDP/BFCP', doc([], data('m=application 9 UDP/BFCP *')), ['media-protocol-unknown 5:17-25'], 'no browser takes'),
    // `m=text 9 ` is 9 characters.
    bad('text over an unknown proto', doc([], ['m=text 9 FOO 0', 'c=IN IP4 0.0.0.0', 'a=mid:0']), ['media-protocol-unknown 5:10-13']),
  ],
});

// --- datachannel-format ---------------------------------------------------
// `m=application 9 UDP/DTLS/SCTP ` is 30 characters (format at column 31); `m=application 9 DTLS/SCTP ` is 26.

tableTest('datachannel-format', runRule('datachannel-format'), {
  valid: [
    ok('UDP/DTLS/SCTP webrtc-datachannel', doc([], data('m=application 9 UDP/DTLS/SCTP webrtc-datachannel', ['a=sctp-port:5000']))),
    ok('TCP/DTLS/SCTP webrtc-datachannel', doc([], data('m=application 9 TCP/DTLS/SCTP webrtc-datachannel'))),
    ok('DTLS/SCTP 5000', doc([], data('m=application 9 DTLS/SCTP 5000', ['a=sctpmap:5000 webrtc-datachannel 1024']))),
    ok('an application section over RTP/AVPF is not RTP/AVPF\'s case', doc([], data('m=application 9 UDP/DTLS/SCTP webrtc-datachannel'))),
    ok('an unknown proto is media-protocol-unknown\'s', doc([], data('m=application 9 UDP/SCTP 5000'))),
    ok('audio formats are payload types', doc([], audio())),
  ],
  invalid: [
    bad('UDP/DTLS/SCTP with the port as format', doc([], data('m=application 9 UDP/DTLS/SCTP 5000', ['a=sctp-port:5000'])), ['datachannel-format 5:31-35'], 'takes only `webrtc-datachannel`'),
    bad('UDP/DTLS/SCTP with the token in another case', doc([], data('m=application 9 UDP/DTLS/SCTP WebRTC-DataChannel')), ['datachannel-format 5:31-49']),
    bad('TCP/DTLS/SCTP with a word, port 0 (still parsed)', doc([], data('m=application 0 TCP/DTLS/SCTP foo')), ['datachannel-format 5:31-34']),
    bad('DTLS/SCTP with webrtc-datachannel', doc([], data('m=application 9 DTLS/SCTP webrtc-datachannel')), ['datachannel-format 5:27-45'], 'write `UDP/DTLS/SCTP webrtc-datachannel`'),
    bad('DTLS/SCTP with a word', doc([], data('m=application 9 DTLS/SCTP foo')), ['datachannel-format 5:27-30'], 'whose format is the SCTP port'),
  ],
});

// --- bundle-without-rtcp-mux, case bundle-only ------------------------------
// a=group at line 5, the first audio section at 6–14, the second section's m= line at 15.

const bundleOnly = (lines: readonly string[]) => doc(['a=group:BUNDLE 0 1'], [...audio(), ...lines], 'offer');
const VIDEO_BUNDLE_ONLY = 'm=video 0 UDP/TLS/RTP/SAVPF 96';

tableTest('bundle-without-rtcp-mux (bundle-only)', runRule('bundle-without-rtcp-mux'), {
  valid: [
    ok('bundle-only with a=rtcp-mux', bundleOnly([VIDEO_BUNDLE_ONLY, 'c=IN IP4 0.0.0.0', 'a=mid:1', 'a=bundle-only', 'a=rtcp-mux', 'a=rtpmap:96 VP8/90000'])),
    ok('a rejected section (port 0, no bundle-only) without rtcp-mux', bundleOnly([VIDEO_BUNDLE_ONLY, 'c=IN IP4 0.0.0.0', 'a=mid:1', 'a=rtpmap:96 VP8/90000'])),
    ok('a bundle-only data section (no RTP, nothing to multiplex)', bundleOnly(['m=application 0 UDP/DTLS/SCTP webrtc-datachannel', 'c=IN IP4 0.0.0.0', 'a=mid:1', 'a=bundle-only'])),
  ],
  invalid: [
    bad('bundle-only video without rtcp-mux', bundleOnly([VIDEO_BUNDLE_ONLY, 'c=IN IP4 0.0.0.0', 'a=mid:1', 'a=bundle-only', 'a=rtpmap:96 VP8/90000']), ['bundle-without-rtcp-mux 15:1-31'], 'is bundle-only but has no a=rtcp-mux'),
  ],
});

describe('bundle-without-rtcp-mux severities', () => {
  it('bundle-only without rtcp-mux is a warning for Chrome (it skips bundle-only sections) and an error for Firefox (rtcpMuxPolicy), a bundled section with a port an error', () => {
    const text = bundleOnly([VIDEO_BUNDLE_ONLY, 'c=IN IP4 0.0.0.0', 'a=mid:1', 'a=bundle-only', 'a=rtpmap:96 VP8/90000']).text;
    const only = (targets: string) => lint(text, { targets }).filter((d) => d.code === 'bundle-without-rtcp-mux').map((d) => d.severity);
    expect(only('chromium')).toEqual(['warning']);
    expect(only('firefox')).toEqual(['error']);
    const withPort = lint(bundleOnly(['m=video 9 UDP/TLS/RTP/SAVPF 96', 'c=IN IP4 0.0.0.0', 'a=mid:1', 'a=rtpmap:96 VP8/90000']).text).filter((d) => d.code === 'bundle-without-rtcp-mux');
    expect(withPort.map((d) => d.severity)).toEqual(['error']);
  });
});

// --- address-invalid ------------------------------------------------------
// `c=IN IP4 ` is 9 characters: the address starts at column 10; the audio section's c= is line 6.

const withC = (c: string) => doc([], audio({ c }));
const HOST = 'a=candidate:1 1 udp 2122260223';

tableTest('address-invalid', runRule('address-invalid'), {
  valid: [
    ok('c=IN IP4 0.0.0.0', withC('c=IN IP4 0.0.0.0')),
    ok('c=IN IP6 ::', withC('c=IN IP6 ::')),
    ok('c=IN IP6 with a host name (RFC 8866 allows FQDNs; no browser refuses them in IP6)', withC('c=IN IP6 media.example.com')),
    ok('c=IN IP4 multicast with a TTL', withC('c=IN IP4 224.2.1.1/127')),
    ok('an mDNS host candidate', doc([], audio({ extra: [`${HOST} 1f4712db-ea17-4bcf-a596-105139dfd8bf.local 51372 typ host`] }))),
    ok('an IPv6 candidate', doc([], audio({ extra: [`${HOST} 2001:db8::7 51372 typ host`] }))),
    ok('a srflx candidate with an IPv4 raddr', doc([], audio({ extra: ['a=candidate:2 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 10.0.0.3 rport 9'] }))),
    ok('a=rtcp with an IPv4 address', doc([], audio({ extra: ['a=rtcp:9 IN IP4 0.0.0.0'] }))),
  ],
  invalid: [
    bad('c=IN IP4 999.1.1.1', withC('c=IN IP4 999.1.1.1'), ['address-invalid 6:10-19'], 'Firefox refuses'),
    bad('c=IN IP4 foo (a host name)', withC('c=IN IP4 foo'), ['address-invalid 6:10-13']),
    bad('c=IN IP4 1.2.3.999', withC('c=IN IP4 1.2.3.999'), ['address-invalid 6:10-19'], '`1.2.3.999` is not an IPv4 address'),
    bad('c=IN IP4 with a multicast suffix: the address only', withC('c=IN IP4 299.2.1.1/127'), ['address-invalid 6:10-19']),
    bad('c=IN IP6 1.2.3.4 (replaces the parser\'s address-type-mismatch)', withC('c=IN IP6 1.2.3.4'), ['address-invalid 6:10-17'], 'is an IPv4 address on an IP6 c= line'),
    bad('c=IN IP4 ::1', withC('c=IN IP4 ::1'), ['address-invalid 6:10-13'], 'is an IPv6 address on an IP4 c= line'),
    bad('c=IN IP6 fe80::zz', withC('c=IN IP6 fe80::zz'), ['address-invalid 6:10-18'], 'neither an IPv6 address nor a host name'),
    // Session level: the c= line is line 5; `foo.example.com` is 15 characters.
    bad('session-level c=IN IP4 foo.example.com', doc(['c=IN IP4 foo.example.com'], audio({ c: 'b=AS:30' })), ['address-invalid 5:10-25']),
    // The candidate is line 14; `a=candidate:1 1 udp 2122260223 ` is 31 characters.
    bad('a host candidate at 999.1.1.1', doc([], audio({ extra: [`${HOST} 999.1.1.1 51372 typ host`] })), ['address-invalid 14:32-41'], 'candidate address `999.1.1.1`'),
    bad('a host candidate at 10.0.0 (three octets)', doc([], audio({ extra: [`${HOST} 10.0.0 51372 typ host`] })), ['address-invalid 14:32-38']),
    // `a=candidate:2 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr ` is 65 characters.
    bad('a srflx candidate with raddr 10.0.0.300', doc([], audio({ extra: ['a=candidate:2 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 10.0.0.300 rport 9'] })), ['address-invalid 14:66-76'], 'related address (raddr) `10.0.0.300`'),
    // `a=rtcp:9 IN IP6 ` is 16 characters.
    bad('a=rtcp:9 IN IP6 1.2.3.4', doc([], audio({ extra: ['a=rtcp:9 IN IP6 1.2.3.4'] })), ['address-invalid 14:17-24']),
  ],
});

describe('address-invalid severities and the parser', () => {
  const severityOf = (d: Doc) => lint(d.text).filter((f) => f.code === 'address-invalid').map((f) => f.severity);

  it('is an error where a browser refuses the description, a warning where both parsers let it through', () => {
    expect(severityOf(withC('c=IN IP4 999.1.1.1'))).toEqual(['error']); // Firefox (sipcc): 999 > 255
    expect(severityOf(withC('c=IN IP4 foo'))).toEqual(['error']); // Firefox (sipcc): not a number
    expect(severityOf(withC('c=IN IP6 1.2.3.4'))).toEqual(['error']); // Chrome: address type mismatch
    expect(severityOf(withC('c=IN IP4 1.2.3.999'))).toEqual(['warning']); // both parsers take it
    expect(severityOf(withC('c=IN IP6 fe80::zz'))).toEqual(['warning']);
    expect(severityOf(doc([], audio({ extra: [`${HOST} 999.1.1.1 51372 typ host`] })))).toEqual(['warning']);
  });

  it('replaces the parser\'s address-type-mismatch on that c= line', () => {
    const codes = lint(withC('c=IN IP6 1.2.3.4').text).filter((d) => d.line === 6).map((d) => d.code);
    expect(codes).toEqual(['address-invalid']);
  });
});
