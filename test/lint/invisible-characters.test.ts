import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { FINGERPRINT, sdp } from '../../src/lint/examples.js';

/*
 * invisible-characters, like eslint's RuleTester: real lines, each put into
 * one valid description at line 9, with the exact column of every hidden
 * character (span: the character's UTF-16 length), its severity and message.
 */

function doc(line: string): string {
  return sdp`
    v=0
    o=- 1 1 IN IP4 0.0.0.0
    s=-
    t=0 0
    a=group:BUNDLE 0
    m=audio 9 UDP/TLS/RTP/SAVPF 111
    c=IN IP4 0.0.0.0
    a=mid:0
    ${line}
    a=ice-ufrag:EsAw
    a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
    a=fingerprint:${FINGERPRINT}
    a=setup:actpass
    a=rtcp-mux
    a=rtpmap:111 opus/48000/2
  `;
}

function findings(line: string): string[] {
  return lint(doc(line))
    .filter((d) => d.code === 'invisible-characters')
    .map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.severity} ${d.message}`);
}

describe('invisible-characters: valid lines', () => {
  it.each([
    ['a=candidate:1 1 udp 2122260223 192.0.2.1 51372 typ host generation 0'],
    ['a=msid:stream track'],
    ['a=x-note:naïve café, 日本語 😀'],
    ['a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time'],
    ['i=tabs\tare fine in free text'],
  ])('%s', (line) => {
    expect(findings(line)).toEqual([]);
  });
});

describe('invisible-characters: invalid lines', () => {
  it.each([
    [
      'a zero-width space after a mid',
      'a=mid:1\u200b',
      ['9:8-9 error ⟨U+200B⟩ (ZERO WIDTH SPACE) in the mid of `a=mid`: the value is not what it looks like'],
    ],
    [
      'a right-to-left override in a candidate address',
      'a=candidate:1 1 udp 2122260223 \u202e1.2.0.291 51372 typ host',
      ['9:32-33 error ⟨U+202E⟩ (RIGHT-TO-LEFT OVERRIDE) in the connection-address of `a=candidate`: the value is not what it looks like'],
    ],
    [
      'an isolate around an rtpmap encoding',
      'a=rtpmap:9 \u2067G722/8000\u2069',
      [
        '9:12-13 error ⟨U+2067⟩ (RIGHT-TO-LEFT ISOLATE) in the encoding name/clock rate of `a=rtpmap`: the value is not what it looks like',
        '9:22-23 error ⟨U+2069⟩ (POP DIRECTIONAL ISOLATE) in the encoding name/clock rate of `a=rtpmap`: the value is not what it looks like',
      ],
    ],
    [
      'an ESC in the candidate raddr',
      'a=candidate:2 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 10.0.0.1\u001b[2J rport 9',
      ['9:74-75 error \\x1B (ESCAPE) in the raddr value of `a=candidate`: the value is not what it looks like'],
    ],
    [
      'a word joiner in an ICE ufrag',
      'a=ice-ufrag:Es\u2060Aw',
      ['9:15-16 error ⟨U+2060⟩ (WORD JOINER) in the ufrag of `a=ice-ufrag`: the value is not what it looks like'],
    ],
    [
      'a soft hyphen in an extmap URI',
      'a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:\u00admid',
      ['9:44-45 error ⟨U+00AD⟩ (SOFT HYPHEN) in the extension URI of `a=extmap`: the value is not what it looks like'],
    ],
    [
      'a zero-width joiner in a known attribute name hides the attribute',
      'a=rtcp-\u200dmux',
      ['9:8-9 error ⟨U+200D⟩ (ZERO WIDTH JOINER) in the attribute name of `a=rtcp-⟨U+200D⟩mux`: the value is not what it looks like'],
    ],
    [
      'a tag character (two UTF-16 units) in a DTLS role',
      'a=setup:act\u{e0041}pass',
      ['9:12-14 error ⟨U+E0041⟩ (invisible character) in the role of `a=setup`: the value is not what it looks like'],
    ],
    [
      'a bidi override in free text: a warning',
      'i=\u202edesrever',
      ['9:3-4 warning ⟨U+202E⟩ (RIGHT-TO-LEFT OVERRIDE) in the value of `i=`: it shows nothing or reorders the text around it'],
    ],
    [
      'a BEL in an attribute sdpkit does not know: a warning',
      'a=x-note:ding\u0007',
      ['9:14-15 warning \\x07 (BELL) in the value of `a=x-note`: it shows nothing or reorders the text around it'],
    ],
  ])('%s', (_name, line, expected) => {
    expect(findings(line)).toEqual(expected);
  });

  it('reports at most five characters per line, the fifth counting the rest', () => {
    const found = findings(`a=mid:0${'\u200b'.repeat(8)}`);
    expect(found).toHaveLength(5);
    expect(found[4]).toBe('9:12-13 error ⟨U+200B⟩ (ZERO WIDTH SPACE) in the mid of `a=mid`: the value is not what it looks like (and 3 more on this line)');
  });

  it('a user setting applies to every finding', () => {
    const found = lint(doc('i=\u202ex'), { rules: { 'invisible-characters': 'error' } }).filter((d) => d.code === 'invisible-characters');
    expect(found.map((d) => d.severity)).toEqual(['error']);
  });
});
