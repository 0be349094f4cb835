import { attrs } from '../helpers.js';
import { FINGERPRINT_2, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'dtls-setup-answer-actpass',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An answer uses a=setup:actpass (only checked when the type is known to be answer).',
    rationale:
      'The answer must fix the DTLS role: "The answerer MUST use either a setup attribute value of setup:active or setup:passive" ' +
      '(RFC 5763 §5). With actpass in the answer nobody knows who sends the ClientHello; Firefox refuses it ' +
      '("Invalid answer, illegal setup attribute \\"actpass\\""), and so does libwebrtc.',
    exampleType: 'answer',
    ref: 'RFC 5763 §5',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:c3a1f0e2
      a=ice-pwd:6b9f0a1e2d3c4b5a69788f7e6d5c4b3a
      a=fingerprint:${FINGERPRINT_2}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:c3a1f0e2
      a=ice-pwd:6b9f0a1e2d3c4b5a69788f7e6d5c4b3a
      a=fingerprint:${FINGERPRINT_2}
      a=setup:active
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, type, report }) {
    if (type !== 'answer') return;
    for (const { line, value } of attrs(document.lines, 'setup')) {
      if (value !== 'actpass') continue;
      report({ line, ...valueSpan(line), message: 'an answer with a=setup:actpass: the answerer must choose active or passive' });
    }
  },
});
