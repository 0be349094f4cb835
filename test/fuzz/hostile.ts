import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';

/*
 * Hostile text for the fuzz suites: what an SDP from the other peer, a dump
 * or a log can hold. Real browser and corpus SDP is the base (so the text
 * reaches deep into every module, not only the first check that rejects
 * junk); mutations add terminal escapes, bidi and zero-width characters, NUL
 * and other controls, lone surrogates, huge and odd numbers, long lines and
 * binary noise, and cut, repeat and shuffle lines.
 */

const examplesDir = new URL('../../examples/', import.meta.url);
const corpusDir = new URL('../../../shared/corpus/', import.meta.url);

function readSdpFiles(dir: URL, limit: number): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.sdp'))
      .sort()
      .slice(0, limit)
      .map((f) => readFileSync(new URL(f, dir), 'latin1'));
  } catch {
    return [];
  }
}

/** Real descriptions: the two browser examples and a spread of the shared corpus. */
export const realSdps: readonly string[] = [...readSdpFiles(examplesDir, 10), ...readSdpFiles(corpusDir, 200).filter((_, i) => i % 4 === 0)];

/** Characters that act on a terminal or hide, plus ones that break naive code. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u001b[2J', // clear screen
  '\u001b[H', // cursor home
  '\u001b]0;pwned\u0007', // OSC 0: window title
  '\u001b]8;;https://example.invalid/\u001b\\link\u001b]8;;\u001b\\', // OSC 8 hyperlink
  '\u001bP+q\u001b\\', // DCS
  '\u009b31m', // C1 CSI
  '\u0007', // BEL
  '\u0008', // backspace
  '\r', // lone CR: cursor back
  '\u0000', // NUL
  '\u007f', // DEL
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // BOM / zero-width no-break space
  '\u2028', // line separator
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u0085', // NEL
  '%0A::error::x', // GitHub workflow command injection
  '\n::warning file=x::injected\n',
  '99999999999999999999999999',
  '-1',
  '1e999',
  'NaN',
  '0x1F',
  '4294967296',
  '\\u001b[2J', // escaped escape: must stay as typed
  '"},{"sdp":"v=0',
  'é',
  '\u{1F600}',
];

/** Whole hostile lines that target specific fields. */
export const HOSTILE_LINES: readonly string[] = [
  'a=mid:1\u200b',
  'a=mid:\u001b[2J',
  'a=candidate:1 1 udp 2122260223 \u202e192.0.2.1 5000 typ host',
  'a=candidate:1 1 udp 99999999999 192.0.2.1 5000 typ host',
  'a=candidate:1 1 udp 1 192.0.2.1 99999 typ srflx raddr 0.0.0.0 rport 0',
  'a=candidate:2 1 udp 1686052607 203.0.113.7 61234 typ srflx raddr 0.0.0.0 rport 0 generation 0',
  'a=candidate:1 1 tcp 1518280447 192.0.2.1 9 typ host tcptype passive generation 0',
  'a=candidate:foo 1 UDP 2122260223 abcdef01-2345-6789-abcd-ef0123456789.local 54400 typ host',
  'a=rtpmap:111 opus/\u202e8000/2',
  'a=rtpmap:96 VP8/90000/99999999999999',
  'a=fmtp:96 profile-level-id=\u001b]0;x\u0007;packetization-mode=1',
  'a=extmap:0 urn:ietf:params:rtp-hdrext:sdes:mid',
  'a=extmap:99999999999 urn:x',
  'a=ssrc:4294967296 cname:\u001b[2J',
  'a=ssrc-group:FID 1 2 3 4 5 6 7 8 9 10',
  'a=group:BUNDLE 0 1 2 0 0 \u200b',
  'a=ice-ufrag:\u0000\u0000',
  'a=ice-pwd:' + 'x'.repeat(300),
  'a=fingerprint:sha-256 ' + '00:'.repeat(40) + '00',
  'a=setup:actpass\u202e',
  'a=simulcast:send 1;\u200b2;~3 recv 4',
  'a=rid:1 send pt=96,97,999999;max-width=1e999',
  'c=IN IP4 /127',
  'c=IN IP6 ::ffff:1.2.3.4/127/2',
  'm=audio 99999999999999999999 UDP/TLS/RTP/SAVPF 111',
  'm=video 9 UDP/TLS/RTP/SAVPF ' + Array.from({ length: 200 }, (_, i) => String(i % 128)).join(' '),
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  'b=AS:-5',
  'o=- 99999999999999999999999 2 IN IP4 127.0.0.1',
  't=0 0',
  'v=1',
  'x=\u001b[31mred',
  'a=' + 'a'.repeat(5000),
  '',
  ' ',
  '=',
];

/** A hostile piece. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_PIECES), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), maxLength: 6 }), weight: 1 },
);

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'line'; at: number; line: string }
  | { kind: 'delete'; at: number }
  | { kind: 'repeat'; at: number; times: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'eol'; eol: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('line' as const), at: fc.nat(), line: fc.constantFrom(...HOSTILE_LINES) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 30 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('eol' as const), eol: fc.constantFrom('\n', '\r\n', '\r', '\n\r', '\u0085') }), weight: 1 },
);

function applyMutations(base: string, mutations: readonly Mutation[]): string {
  let lines = base.split(/\r?\n/);
  let eol = base.includes('\r\n') ? '\r\n' : '\n';
  for (const m of mutations) {
    const n = Math.max(lines.length, 1);
    switch (m.kind) {
      case 'insert': {
        const i = m.at % n;
        const line = lines[i] ?? '';
        const col = line.length === 0 ? 0 : (m.at >>> 3) % (line.length + 1);
        lines[i] = line.slice(0, col) + m.text + line.slice(col);
        break;
      }
      case 'line':
        lines.splice(m.at % (n + 1), 0, m.line);
        break;
      case 'delete':
        lines.splice(m.at % n, 1);
        break;
      case 'repeat': {
        const i = m.at % n;
        lines.splice(i, 0, ...Array.from({ length: m.times }, () => lines[i] ?? ''));
        break;
      }
      case 'swap': {
        const a = m.a % n;
        const b = m.b % n;
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        break;
      }
      case 'eol':
        eol = m.eol;
        break;
    }
  }
  lines = lines.filter((l) => l !== undefined);
  return lines.join(eol);
}

/** Real SDP with hostile mutations, wholly random text, or a JSON/log wrapping of either. */
export const hostileSdp: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...realSdps), fc.array(mutation, { minLength: 1, maxLength: 12 })).map(([base, ms]) => applyMutations(base, ms)), weight: 8 },
  { arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_LINES), piece), { maxLength: 30 }).map((ls) => ls.join('\r\n')), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 300 }), weight: 1 },
);

/** Hostile SDP, sometimes wrapped as a signalling message, a webrtc-internals-like dump or a log line. */
export const hostileInput: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileSdp, weight: 6 },
  { arbitrary: hostileSdp.map((sdp) => JSON.stringify({ type: 'offer', sdp })), weight: 1 },
  {
    arbitrary: fc.tuple(hostileSdp, hostileSdp).map(([offer, answer]) =>
      JSON.stringify({
        getUserMedia: [],
        PeerConnections: {
          '1-1': {
            pid: 1,
            rtcConfiguration: '{ iceServers: [] }',
            constraints: '',
            url: 'https://example.invalid/\u001b[2J',
            updateLog: [
              { time: '1', type: 'createOffer', value: '' },
              { time: '2', type: 'setLocalDescription', value: `type: offer, sdp: ${offer}` },
              { time: '3', type: 'setRemoteDescription', value: `type: answer, sdp: ${answer}` },
            ],
            stats: {},
          },
        },
        UserAgent: 'x',
      }),
    ),
    weight: 1,
  },
  { arbitrary: hostileSdp.map((sdp) => `2026-12-04T00:00:00Z INFO remote sdp: ${JSON.stringify(sdp)}`), weight: 1 },
);

/** A large input (about `lines` lines) that stresses every per-line and per-section path at once. */
export function largeSdp(lines: number): string {
  const out = ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', 'a=group:BUNDLE ' + Array.from({ length: Math.ceil(lines / 50) }, (_, i) => String(i)).join(' ')];
  let section = 0;
  while (out.length < lines) {
    out.push(`m=video 9 UDP/TLS/RTP/SAVPF ${Array.from({ length: 20 }, (_, i) => String(96 + i)).join(' ')}`, 'c=IN IP4 0.0.0.0', `a=mid:${section}`, 'a=ice-ufrag:abcd', 'a=ice-pwd:abcdefghijklmnopqrstuvwx', 'a=setup:actpass', 'a=sendrecv', 'a=rtcp-mux');
    out.push('a=fingerprint:sha-256 ' + Array.from({ length: 32 }, () => 'AB').join(':'));
    for (let i = 0; i < 20; i++) out.push(`a=rtpmap:${96 + i} VP8/90000`, `a=rtcp-fb:${96 + i} nack`);
    for (let i = 0; i < 6; i++) out.push(`a=candidate:${i} 1 udp ${2122260223 - i} 127.0.0.${(i % 250) + 1} ${50000 + section} typ host generation 0`);
    out.push(`a=ssrc:${1000 + section} cname:x`, `a=extmap:${(section % 14) + 1} urn:ietf:params:rtp-hdrext:sdes:mid`);
    section++;
  }
  return out.join('\r\n') + '\r\n';
}
