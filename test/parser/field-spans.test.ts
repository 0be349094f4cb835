import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { extmapIdRange } from '../../src/parser/model/attributes/extmap.js';
import { tableTest } from '../helpers/table.js';
import type { InvalidCase, ValidCase } from '../helpers/table.js';

/*
 * Per parser field, valid values and invalid ones with the exact span of the
 * diagnostic (written by counting the characters of the line: `a=candidate:`
 * is columns 1–12, so the foundation starts at column 13).
 *
 * Each input is one line placed in a valid description:
 *   1 v=0, 2 o=, 3 s=-, 4 c=, 5 t=0 0, 6 m=audio …, 7 the attribute line.
 * An o=, c= or m= input replaces line 2, 4 or 6 instead.
 */

const LINES = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 0.0.0.0', 't=0 0', 'm=audio 9 UDP/TLS/RTP/SAVPF 111'];

function describeWith(line: string): string {
  const lines = [...LINES];
  if (line.startsWith('o=')) lines[1] = line;
  else if (line.startsWith('c=')) lines[3] = line;
  else if (line.startsWith('m=')) lines[5] = line;
  else lines.push(line);
  return lines.map((l) => `${l}\r\n`).join('');
}

const run = (line: string) => parse(describeWith(line)).diagnostics;

const valid = (...lines: string[]): ValidCase<string>[] => lines.map((l) => ({ name: l, input: l }));
const invalid = (why: string, input: string, errors: string[], message?: string): InvalidCase<string> => ({
  name: `${why}: ${input}`,
  input,
  errors,
  ...(message !== undefined ? { message } : {}),
});

tableTest('a=candidate (RFC 8839 §5.1)', run, {
  valid: valid(
    'a=candidate:1 1 udp 2122260223 192.168.1.23 51372 typ host',
    'a=candidate:842163049 1 udp 1686052607 203.0.113.7 61665 typ srflx raddr 192.168.1.23 rport 51372 generation 0',
    'a=candidate:3 1 tcp 1518280447 192.168.1.23 9 typ host tcptype active',
  ),
  invalid: [
    // port is field 6: `a=candidate:1 1 udp 2122260223 192.168.1.23 ` is 44 characters.
    invalid('port above 65535, underlined where the port is', 'a=candidate:1 1 udp 2122260223 192.168.1.23 70000 typ host', ['number-out-of-range 7:45-50'], 'the candidate port 70000'),
    invalid('port not a number', 'a=candidate:1 1 udp 2122260223 192.168.1.23 x typ host', ['invalid-number 7:45-46'], 'found `x`'),
    invalid('port after a longer address', 'a=candidate:1 1 udp 2122260223 2001:db8::1 65536 typ host', ['number-out-of-range 7:44-49']),
    invalid('component 0', 'a=candidate:1 0 udp 2122260223 192.168.1.23 5000 typ host', ['number-out-of-range 7:15-16']),
    invalid('priority above 2^32-1', 'a=candidate:1 1 udp 99999999999 192.168.1.23 5000 typ host', ['number-out-of-range 7:21-32']),
    invalid('`type` instead of `typ`', 'a=candidate:1 1 udp 2122260223 192.168.1.23 5000 type host', ['invalid-syntax 7:50-54'], 'expected `typ` after the port'),
    invalid('rport above 65535', 'a=candidate:1 1 udp 2122260223 192.168.1.23 5000 typ srflx raddr 10.0.0.1 rport 70000', ['number-out-of-range 7:81-86'], 'the related port 70000'),
    invalid('raddr without an address', 'a=candidate:1 1 udp 2122260223 192.168.1.23 5000 typ srflx raddr', ['invalid-syntax 7:60-65']),
    invalid('rport without a port', 'a=candidate:1 1 udp 2122260223 192.168.1.23 5000 typ srflx raddr 10.0.0.1 rport', ['invalid-syntax 7:75-80']),
    invalid('six fields', 'a=candidate:1 1 udp 2122260223 192.168.1.23 5000', ['field-count 7:13-49']),
    invalid('foundation with `@`', 'a=candidate:f@o 1 udp 2122260223 192.168.1.23 5000 typ host', ['invalid-value 7:13-16']),
    invalid('empty foundation', 'a=candidate: 1 udp 2122260223 192.168.1.23 5000 typ host', ['empty-foundation 7:13-14']),
  ],
});

tableTest('a=rtpmap (RFC 8866 §6.6)', run, {
  valid: valid('a=rtpmap:111 opus/48000/2', 'a=rtpmap:111 OPUS/48000', 'a=rtpmap:0 PCMU/8000'),
  invalid: [
    // `a=rtpmap:111 opus/48000/` is 24 characters: the channel count is column 25.
    invalid('channel count 0', 'a=rtpmap:111 opus/48000/0', ['number-out-of-range 7:25-26'], 'the channel count 0'),
    invalid('channel count not a number', 'a=rtpmap:111 opus/48000/x', ['invalid-number 7:25-26']),
    invalid('channel count 256 after an 8 kHz clock', 'a=rtpmap:111 L16/8000/256', ['number-out-of-range 7:23-26']),
    invalid('payload type 128', 'a=rtpmap:128 opus/48000', ['number-out-of-range 7:10-13']),
    invalid('clock rate 0', 'a=rtpmap:111 opus/0', ['number-out-of-range 7:19-20']),
    invalid('no clock rate', 'a=rtpmap:111 opus', ['invalid-syntax 7:14-18']),
    invalid('three slashes', 'a=rtpmap:111 opus/48000/2/1', ['invalid-syntax 7:14-28']),
  ],
});

tableTest('a=fmtp (RFC 8866 §6.15)', run, {
  valid: valid('a=fmtp:111 minptime=10;useinbandfec=1', 'a=fmtp:111 0-15', 'a=fmtp:111'),
  // The format is any token (non-RTP formats are not numbers) and parameters are free text: only an empty value is wrong.
  invalid: [invalid('no format: an empty span after the colon', 'a=fmtp:', ['invalid-syntax 7:8-8'])],
});

tableTest('a=extmap (RFC 8285 §8)', run, {
  valid: valid('a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid', 'a=extmap:14/sendonly urn:x', 'a=extmap:16 urn:x', 'a=extmap:255 urn:x', 'a=extmap:4096 urn:x', 'a=extmap:4351 urn:x'),
  invalid: [
    invalid('id 0', 'a=extmap:0 urn:x', ['number-out-of-range 7:10-11']),
    invalid('id 256', 'a=extmap:256 urn:x', ['number-out-of-range 7:10-13']),
    invalid('id 15 (reserved)', 'a=extmap:15 urn:x', ['number-out-of-range 7:10-12'], '15 is reserved'),
    invalid('id 4095, between the two-byte and the offer-only ranges', 'a=extmap:4095 urn:x', ['number-out-of-range 7:10-14']),
    invalid('id 4352', 'a=extmap:4352 urn:x', ['number-out-of-range 7:10-14']),
    invalid('id not a number', 'a=extmap:x urn:x', ['invalid-number 7:10-11']),
    invalid('unknown direction, underlined after the slash', 'a=extmap:1/sideways urn:x', ['invalid-value 7:12-20']),
    invalid('no uri', 'a=extmap:1', ['field-count 7:10-11']),
  ],
});

tableTest('a=rtcp-fb (RFC 4585 §4.2)', run, {
  valid: valid('a=rtcp-fb:111 nack pli', 'a=rtcp-fb:* transport-cc'),
  invalid: [
    invalid('payload type 300', 'a=rtcp-fb:300 nack', ['number-out-of-range 7:11-14']),
    invalid('payload type not a number', 'a=rtcp-fb:x nack', ['invalid-number 7:11-12']),
    invalid('no feedback type', 'a=rtcp-fb:111', ['field-count 7:11-14']),
  ],
});

tableTest('a=ssrc and a=ssrc-group (RFC 5576 §4)', run, {
  valid: valid('a=ssrc:1001 cname:abc', 'a=ssrc:4294967295 msid:s t', 'a=ssrc-group:FID 1 2'),
  invalid: [
    invalid('SSRC 2^32', 'a=ssrc:4294967296 cname:x', ['number-out-of-range 7:8-18']),
    invalid('SSRC not a number', 'a=ssrc:x cname:x', ['invalid-number 7:8-9']),
    invalid('group member not a number', 'a=ssrc-group:FID 1 x', ['invalid-number 7:20-21']),
  ],
});

tableTest('a=rid (RFC 8851 §10)', run, {
  valid: valid('a=rid:h send pt=111', 'a=rid:low recv max-width=320'),
  invalid: [
    invalid('direction neither send nor recv', 'a=rid:h sideways', ['invalid-value 7:9-17']),
    invalid('rid-id with `@`', 'a=rid:h@ send', ['invalid-value 7:7-9']),
  ],
});

tableTest('a=simulcast (RFC 8853 §5.1)', run, {
  valid: valid('a=simulcast:send h;l recv m', 'a=simulcast:send ~h,l;m'),
  invalid: [
    invalid('direction neither send nor recv', 'a=simulcast:sideways h', ['invalid-value 7:13-21']),
    invalid('no rid list', 'a=simulcast:send', ['field-count 7:13-17']),
    invalid('empty rid between `;;` (the whole list is underlined)', 'a=simulcast:send h;;l', ['invalid-value 7:18-22']),
  ],
});

tableTest('a=fingerprint (RFC 8122 §5)', run, {
  valid: valid(`a=fingerprint:sha-1 ${Array.from({ length: 20 }, () => 'AB').join(':')}`),
  invalid: [
    invalid('two bytes for sha-256', 'a=fingerprint:sha-256 AB:CD', ['invalid-value 7:23-28'], '32 bytes'),
    invalid('not hex', 'a=fingerprint:sha-256 XY:CD', ['invalid-value 7:23-28']),
    invalid('no fingerprint', 'a=fingerprint:sha-256', ['field-count 7:15-22']),
  ],
});

tableTest('a=setup (RFC 4145 §4)', run, {
  valid: valid('a=setup:actpass', 'a=setup:active', 'a=setup:passive', 'a=setup:holdconn'),
  invalid: [
    invalid('unknown role', 'a=setup:maybe', ['invalid-value 7:9-14']),
    invalid('empty role: an empty span where the value should be', 'a=setup:', ['invalid-value 7:9-9']),
  ],
});

tableTest('c= (RFC 8866 §5.7)', run, {
  valid: valid('c=IN IP4 0.0.0.0', 'c=IN IP6 ::', 'c=IN IP4 224.2.36.42/127'),
  invalid: [
    invalid('network type XX', 'c=XX IP4 0.0.0.0', ['invalid-value 4:3-5']),
    invalid('address type IP7', 'c=IN IP7 0.0.0.0', ['invalid-value 4:6-9']),
    invalid('IPv4 address with IP6', 'c=IN IP6 0.0.0.0', ['address-type-mismatch 4:10-17']),
    invalid('no address', 'c=IN IP4', ['field-count 4:3-9']),
  ],
});

tableTest('o= (RFC 8866 §5.2)', run, {
  valid: valid('o=- 4611731400430051336 2 IN IP4 127.0.0.1', 'o=jdoe 18446744073709551615 0 IN IP6 ::1'),
  invalid: [
    invalid('session id not a number', 'o=- x 2 IN IP4 127.0.0.1', ['invalid-number 2:5-6']),
    invalid('session id of 21 digits', 'o=- 123456789012345678901 2 IN IP4 127.0.0.1', ['number-out-of-range 2:5-26']),
    invalid('session version not a number', 'o=- 1 x IN IP4 127.0.0.1', ['invalid-number 2:7-8']),
    invalid('network type XX', 'o=- 1 2 XX IP4 127.0.0.1', ['invalid-value 2:9-11']),
    invalid('address type IP9', 'o=- 1 2 IN IP9 127.0.0.1', ['invalid-value 2:12-15']),
  ],
});

tableTest('m= (RFC 8866 §5.14)', run, {
  valid: valid('m=audio 9 UDP/TLS/RTP/SAVPF 111', 'm=audio 9/2 UDP/TLS/RTP/SAVPF 111', 'm=audio 0 UDP/TLS/RTP/SAVPF 111'),
  invalid: [
    invalid('port 70000', 'm=audio 70000 UDP/TLS/RTP/SAVPF 111', ['number-out-of-range 6:9-14']),
    invalid('port not a number', 'm=audio x UDP/TLS/RTP/SAVPF 111', ['invalid-number 6:9-10']),
    invalid('port count 0', 'm=audio 9/0 UDP/TLS/RTP/SAVPF 111', ['number-out-of-range 6:11-12']),
    invalid('payload type 128', 'm=audio 9 UDP/TLS/RTP/SAVPF 128', ['number-out-of-range 6:29-32']),
    invalid('payload type not a number', 'm=audio 9 UDP/TLS/RTP/SAVPF x', ['invalid-number 6:29-30']),
    invalid('no formats', 'm=audio 9 UDP/TLS/RTP/SAVPF', ['field-count 6:3-28']),
  ],
});

describe('extmapIdRange: the RFC 8285 id ranges the parser, lint and explain share', () => {
  it.each([
    [0, 'invalid'], [1, 'one-byte'], [14, 'one-byte'], [15, 'reserved'], [16, 'two-byte'], [255, 'two-byte'], [256, 'invalid'],
    [4095, 'invalid'], [4096, 'offer-only'], [4351, 'offer-only'], [4352, 'invalid'], [1.5, 'invalid'],
  ])('%d is %s', (id, range) => {
    expect(extmapIdRange(id)).toBe(range);
  });
});
