import { midLines } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp, video } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'mid-duplicate',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'Two m-sections (or two a=mid lines) with the same mid.',
    rationale:
      'The mid identifies one m-section: "The identification-tag MUST be unique within an SDP session description" (RFC 5888 §4). ' +
      'Groups, the sdes:mid header extension and trickled candidates all address sections by it. Chrome refuses the description ' +
      '("Duplicate a=mid value").',
    ref: 'RFC 5888 §4',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      ${video('0')}
    `,
    good: sdp`
      ${HEAD}
      a=group:BUNDLE 0 1
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      ${video('1')}
    `,
  },
  check({ document, report }) {
    const seen = new Set<string>();
    for (const { line, value } of midLines(document)) {
      if (seen.has(value)) report({ line, ...valueSpan(line), message: `mid \`${value}\` is used by an earlier a=mid line: mids must be unique` });
      seen.add(value);
    }
  },
});
