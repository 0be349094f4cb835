import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { ICE_PWD_LENGTH } from '../../parser/model/attributes/ice.js';

/** RFC 8839 §5.4: password = 22*256ice-char (at least 128 bits of randomness). */
const MIN = ICE_PWD_LENGTH.min;
const MAX = ICE_PWD_LENGTH.max;

export const rule = defineRule({
  id: 'ice-pwd-length',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: `An a=ice-pwd value shorter than ${MIN} or longer than ${MAX} characters.`,
    rationale:
      `RFC 8839 §5.4 defines the ICE password as ${MIN} to ${MAX} ice-chars, so that it holds at least 128 bits of randomness; it keys the ` +
      'STUN MESSAGE-INTEGRITY of every check. libwebrtc refuses passwords outside that range ("ICE pwd must be between 22 and 256 characters").',
    ref: 'RFC 8839 §5.4',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const { line, value } of attrs(document.lines, 'ice-pwd')) {
      if (value.length >= MIN && value.length <= MAX) continue;
      // The password is a secret: say how long it is, do not quote it.
      report({ case: value.length < MIN ? 'too-short' : 'too-long', line, ...valueSpan(line), message: `the ICE password has ${value.length} characters; RFC 8839 allows ${MIN} to ${MAX}` });
    }
  },
});
