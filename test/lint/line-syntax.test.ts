import { lint } from '../../src/lint/index.js';
import { FINGERPRINT } from '../../src/lint/examples.js';
import { tableTest } from '../helpers/table.js';
import type { InvalidCase, ValidCase } from '../helpers/table.js';

/*
 * line-syntax replays Chrome's and Firefox's line readers. `text(lines)`
 * joins the given lines with CRLF (the last one too); the base description
 * is 1 v=0, 2 o=, 3 s=-, 4 t=0 0, 5 a=group, 6 m=audio, 7 c=, 8 a=mid:0,
 * 9–12 ICE/DTLS, 13 a=rtcp-mux, 14 a=rtpmap.
 */

const BASE = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=ice-ufrag:EsAw',
  'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y',
  `a=fingerprint:${FINGERPRINT}`,
  'a=setup:actpass',
  'a=rtcp-mux',
  'a=rtpmap:111 opus/48000/2',
];
const text = (lines: readonly string[]): string => lines.map((l) => `${l}\r\n`).join('');
/** BASE with line n (1-based) replaced by the given lines. */
const at = (n: number, ...lines: string[]): string => text([...BASE.slice(0, n - 1), ...lines, ...BASE.slice(n)]);
/** BASE with the given lines inserted after line n. */
const after = (n: number, ...lines: string[]): string => text([...BASE.slice(0, n), ...lines, ...BASE.slice(n)]);

const run = (t: string) => lint(t, { type: 'offer' }).filter((d) => d.code === 'line-syntax');
const ok = (name: string, input: string): ValidCase<string> => ({ name, input });
const bad = (name: string, input: string, errors: string[], message?: string): InvalidCase<string> => ({ name, input, errors, ...(message !== undefined ? { message } : {}) });

tableTest('line-syntax', run, {
  valid: [
    ok('a description in RFC order', text(BASE)),
    ok('LF line endings', BASE.map((l) => `${l}\n`).join('')),
    ok('s= with a single space', at(3, 's= ')),
    ok('i=, c= and b= in their session places', after(3, 'i=x', 'c=IN IP4 0.0.0.0', 'b=AS:30')),
    ok('several t= and r= lines, then z=', after(4, 'r=7d 1h 0 25h', 't=0 0', 'z=0 0')),
    ok('an unknown lower-case type inside a media section (Chrome ignores it)', after(8, 'x=1')),
    ok('c=IN IP4 without a slash', text(BASE)),
    ok('an m= port of 0', at(6, 'm=audio 0 UDP/TLS/RTP/SAVPF 111')),
    ok('a session without media', text(BASE.slice(0, 5))),
    ok('two a=fingerprint in one media section (the last wins)', after(11, `a=fingerprint:${FINGERPRINT}`)),
    ok('candidates in upper-case transport, ssltcp, tcp', after(8, 'a=candidate:1 1 UDP 2122260223 127.0.0.1 50001 typ host', 'a=candidate:2 1 ssltcp 2122260223 127.0.0.1 443 typ host', 'a=candidate:3 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active')),
    ok('a session-level b= without colon (Chrome skips it)', after(3, 'b=AS500')),
    ok('b=AS:-1 and an unknown modifier in a media section', after(7, 'b=AS:-1', 'b=X-YZ:fast')),
    ok('a=ssrc with a cname', after(8, 'a=ssrc:1234567890 cname:x')),
  ],
  invalid: [
    // Session part: "Expect line: <type>=" where a required line is due.
    bad('a blank line before o=', after(1, ''), ['line-syntax 2:1-1', 'line-syntax 2:1-1'], 'Expect line: o='),
    bad('s= alone (shorter than three characters)', at(3, 's='), ['line-syntax 3:1-3'], 'Expect line: s='),
    bad('a second o= line', after(2, BASE[1]!), ['line-syntax 3:1-43'], 'Expect line: s='),
    bad('a= before o=', after(1, 'a=ice-lite'), ['line-syntax 2:1-11'], 'Expect line: o='),
    bad('a blank line between s= and t= (Firefox: no t= either)', after(3, ''), ['line-syntax 4:1-1', 'line-syntax 4:1-1'], 'Expect line: t='),
    // After t=: "Expects m line.".
    bad('a blank line after the session attributes', after(5, ''), ['line-syntax 6:1-1'], 'Expects m line.'),
    bad('c= after t=', after(4, 'c=IN IP4 0.0.0.0'), ['line-syntax 5:1-17'], 'Expects m line.'),
    bad('b= after t=', after(4, 'b=AS:1'), ['line-syntax 5:1-7'], 'Expects m line.'),
    bad('an unknown type x= after t=', after(4, 'x=1'), ['line-syntax 5:1-4'], 'Expects m line.'),
    // Media sections: "Invalid SDP line.".
    bad('a blank line in a media section (Firefox drops the a=rtcp-mux after it)', after(8, ''), ['line-syntax 9:1-1', 'line-syntax 9:1-1'], 'Invalid SDP line.'),
    bad('an upper-case type letter', after(8, 'A=x-upper'), ['line-syntax 9:1-10'], 'upper case'),
    bad('no line break at the end', text(BASE).slice(0, -2), ['line-syntax 14:26-26'], 'no line break'),
    // m= port and c= address.
    bad('an m= port count', at(6, 'm=audio 9/2 UDP/TLS/RTP/SAVPF 111'), ['line-syntax 6:9-12'], 'The port number is invalid'),
    bad('an m= port that is a word (Firefox refuses it too)', at(6, 'm=audio x UDP/TLS/RTP/SAVPF 111'), ['line-syntax 6:9-10'], 'is not a number'),
    bad('two spaces after the media type', at(6, 'm=audio  9 UDP/TLS/RTP/SAVPF 111'), ['line-syntax 6:9-10'], 'two spaces'),
    bad('a multicast c= address with a TTL', at(7, 'c=IN IP4 224.2.1.1/127'), ['line-syntax 7:19-23'], 'multicast'),
    bad('a session-level c= with TTL and count', after(3, 'c=IN IP4 224.2.1.1/100/12'), ['line-syntax 4:19-26'], 'multicast'),
    // Candidates Chrome's ParseCandidate refuses; `a=candidate:1 1 ` is 16 characters.
    bad('a candidate transport foo', after(8, 'a=candidate:1 1 foo 2122260223 127.0.0.1 50001 typ host'), ['line-syntax 9:17-20'], 'udp, tcp and ssltcp'),
    bad('a candidate type HOST (upper case)', after(8, 'a=candidate:1 1 udp 2122260223 127.0.0.1 50001 typ HOST'), ['line-syntax 9:52-56'], 'in lower case'),
    bad('a candidate priority of 2^32', after(8, 'a=candidate:1 1 udp 4294967296 127.0.0.1 50001 typ host'), ['line-syntax 9:21-31'], 'does not fit 32 bits'),
    bad('a candidate port of 70000', after(8, 'a=candidate:1 1 udp 2122260223 127.0.0.1 70000 typ host'), ['line-syntax 9:42-47'], 'above 65535'),
    // Other lines.
    bad('an a=ssrc without attribute', after(8, 'a=ssrc:1234567890'), ['line-syntax 9:1-18'], 'Expects 2 fields.'),
    bad('b= without colon in a media section', after(7, 'b=AS500'), ['line-syntax 8:1-8'], 'b= syntax error'),
    bad('b=AS with a word in a media section', after(7, 'b=AS:fast'), ['line-syntax 8:6-10'], 'not a whole number'),
    bad('o= with a space in the user name', at(2, 'o=web rtc 4611731400430051336 2 IN IP4 127.0.0.1'), ['line-syntax 2:1-49'], 'Firefox reads `rtc`'),
    bad('a first line that is not SDP', text(['; a comment', ...BASE]), ['line-syntax 1:1-12', 'line-syntax 1:1-12'], 'Expect line: v='),
    bad('an m= media type text (Firefox reads audio, video, application)', at(6, 'm=text 9 UDP/TLS/RTP/SAVPF 111'), ['line-syntax 6:3-7'], 'Firefox reads only'),
    bad('a second c= in a media section', after(7, 'c=IN IP4 0.0.0.0'), ['line-syntax 8:1-17'], 'Firefox refuses'),
    bad('a second session-level a=fingerprint', after(4, `a=fingerprint:${FINGERPRINT}`, `a=fingerprint:${FINGERPRINT}`), ['line-syntax 6:1-118'], 'session-level'),
    bad('c=IN IP5 as the only c=', at(7, 'c=IN IP5 0.0.0.0'), ['line-syntax 6:1-32'], 'IN and address type IP4 or IP6'),
    bad('bare CR only', BASE.map((l) => `${l}\r`).join(''), ['line-syntax 1:1-4'], 'no line ends with LF'),
    bad('a NUL in the session name', at(3, 's=a\u0000b'), ['line-syntax 3:4-5'], 'NUL'),
    bad('an indented a=mid before the section\'s a=rtcp-mux (Firefox drops it)', at(8, ' a=mid:0'), ['line-syntax 8:1-2', 'line-syntax 8:1-9'], 'white space before the type letter'),
    // Non-ASCII characters.
    bad('a non-ASCII session name', at(3, 's=caf\u00e9'), ['line-syntax 3:6-7'], 'Firefox refuses'),
    bad('a non-ASCII mid', at(8, 'a=mid:\u00fc'), ['line-syntax 8:7-8'], 'a=mid identifier'),
    bad('a non-ASCII group tag', at(5, 'a=group:BUNDLE \u00fc'), ['line-syntax 5:16-17'], 'a=group identifier'),
  ],
});
