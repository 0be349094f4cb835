import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { ICE_UFRAG_LENGTH } from '../../parser/model/attributes/ice.js';

/** RFC 8839 §5.4: ufrag = 4*256ice-char. */
const MIN = ICE_UFRAG_LENGTH.min;
const MAX = ICE_UFRAG_LENGTH.max;

export const rule = defineRule({
  id: 'ice-ufrag-length',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: `An a=ice-ufrag value shorter than ${MIN} or longer than ${MAX} characters.`,
    rationale:
      `RFC 8839 §5.4 defines the username fragment as ${MIN} to ${MAX} ice-chars; it becomes half of the STUN USERNAME. ` +
      'libwebrtc refuses descriptions outside that range ("ICE ufrag must be between 4 and 256 characters"). The parser already checks the characters.',
    ref: 'RFC 8839 §5.4',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:Es
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
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
    for (const { line, value } of attrs(document.lines, 'ice-ufrag')) {
      if (value.length >= MIN && value.length <= MAX) continue;
      report({
        case: value.length < MIN ? 'too-short' : 'too-long',
        line,
        ...valueSpan(line),
        message: `the ICE username fragment \`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\` has ${value.length} characters; RFC 8839 allows ${MIN} to ${MAX}`,
      });
    }
  },
});
