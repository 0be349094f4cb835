import { midLines } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

/** The sdes:mid value travels in a one-byte header extension element: at most 16 bytes (RFC 8285 §4.2). */
const MAX = 16;

export const rule = defineRule({
  id: 'mid-too-long',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: `A mid longer than ${MAX} characters (Chrome and Firefox refuse it).`,
    rationale:
      `Bundled media is routed by the sdes:mid RTP header extension, and a one-byte extension element holds at most ${MAX} bytes ` +
      '(RFC 8285 §4.2). Both browsers refuse longer mids: Chrome ("The MID attribute exceeds the maximum supported length of 16 ' +
      'characters") and Firefox ("mid length greater than 16 unsupported").',
    ref: 'RFC 8285 §4.2',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE microphone-track-0001
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:microphone-track-0001
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      a=group:BUNDLE mic0
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:mic0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const { line, value } of midLines(document)) {
      if (value.length <= MAX) continue;
      report({ line, ...valueSpan(line), message: `mid \`${value}\` has ${value.length} characters; Chrome and Firefox accept at most ${MAX}` });
    }
  },
});
