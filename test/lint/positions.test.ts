import { describe, expect, it } from 'vitest';
import { lint, lintPair } from '../../src/lint/index.js';
import { FINGERPRINT, sdp } from '../../src/lint/examples.js';

/*
 * Exact positions for the rules whose ranges are worked out inside a line
 * (a field of the m= line, a token of a group, a shifted candidate field).
 * Columns are 1-based, endColumn one past the last character.
 */

const DOC = sdp`
  v=0
  o=- 1 1 IN IP4 0.0.0.0
  s=-
  t=0 0
  a=group:BUNDLE 0 x
  m=audio 9 UDP/TLS/RTP/SAVPF 111 72 111
  c=IN IP4 0.0.0.0
  a=mid:0
  a=ice-ufrag:EsAw
  a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
  a=fingerprint:${FINGERPRINT}
  a=setup:actpass
  a=rtcp-mux
  a=candidate: 1 udp 2122260222 192.168.1.23 51372 typ host
  a=candidate:2 1 udp 2122260223 192.168.1.23 51372 typ host raddr 10.0.0.1 rport 9
  a=msid:same same
  a=rtpmap:111 opus/48000/2
  a=rtpmap:72 L16/48000
  a=rtpmap:97 rtx/48000
  a=fmtp:97 apt=98
  a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
  a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid
`;

const found = lint(DOC).map((d) => ({ at: `${d.line}:${d.column}-${d.endColumn}`, code: d.code }));

describe('positions of findings inside a line', () => {
  it.each([
    ['group-unknown-mid', '5:18-19', 'the unknown mid `x`, not the semantics'],
    ['payload-type-rtcp-conflict', '6:33-35', 'format 72, the 5th field of the m= line'],
    ['payload-type-duplicate', '6:36-39', 'the second 111'],
    ['rtpmap-unlisted-payload-type', '19:10-12', 'payload type 97 of a=rtpmap:97'],
    ['candidate-priority-component', '14:20-30', 'the priority, after an empty foundation'],
    ['candidate-host-raddr', '15:60-82', 'from `raddr` to the end of the line'],
    ['rtx-apt-unknown', '20:15-17', 'is not reported: 97 is not on the m= line'],
    ['extmap-id-duplicate', '22:10-11', 'the id of the second a=extmap:1'],
  ])('%s at %s (%s)', (code, at, why) => {
    const hits = found.filter((f) => f.code === code).map((f) => f.at);
    if (why.startsWith('is not reported')) expect(hits).toEqual([]);
    else expect(hits).toContain(at);
  });

  it('puts a track id equal to its stream id after the stream id', () => {
    const text = DOC.replace('a=msid:same same', 'a=msid:a/b a/b');
    const hits = lint(text).filter((d) => d.code === 'msid-malformed').map((d) => `${d.line}:${d.column}-${d.endColumn}`);
    expect(hits).toEqual(['16:8-11', '16:12-15']);
  });

  it('points at the missing line break after the last character', () => {
    const text = DOC.slice(0, -2);
    const last = lint(text).find((d) => d.code === 'line-syntax');
    expect(last).toMatchObject({ line: 22, column: 47, endColumn: 47 });
  });

  it('points at the rtx apt value when it names a payload type that is not listed', () => {
    const text = DOC.replace('111 72 111', '111 72 97');
    expect(lint(text).filter((d) => d.code === 'rtx-apt-unknown').map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.message}`)).toEqual([
      '20:15-17 rtx payload type 97 has apt=98, which is not a payload type on the m= line of m-section 1 (audio, mid 0)',
    ]);
  });

  it('points pair findings at the answer', () => {
    const offer = DOC;
    const answer = DOC.replace('m=audio 9', 'm=video 9');
    expect(lintPair(offer, answer).pair.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.code}`)).toEqual(['6:3-8 answer-media-kind']);
  });
});
