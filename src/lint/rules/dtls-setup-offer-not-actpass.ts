import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'dtls-setup-offer-not-actpass',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An offer uses a=setup:active or a=setup:passive instead of actpass (only checked when the type is known to be offer).',
    rationale:
      'RFC 5763 §5: "The endpoint that is the offerer MUST use the setup attribute value of setup:actpass", leaving the choice to the ' +
      'answerer. RFC 8842 §5.3 lets a subsequent offer keep the role already negotiated, and browsers answer an active or passive offer ' +
      'with the opposite role (ICE-lite servers offer passive), so this is a warning: in an initial offer it takes the choice away from ' +
      'the answerer, and an answerer that insists on its own role fails the negotiation.',
    exampleType: 'offer',
    ref: 'RFC 5763 §5',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:active
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
  check({ document, type, report }) {
    if (type !== 'offer') return;
    for (const { line, value } of attrs(document.lines, 'setup')) {
      if (value !== 'active' && value !== 'passive') continue;
      report({ line, ...valueSpan(line), message: `an offer with a=setup:${value}: an initial offer uses actpass and lets the answerer choose its DTLS role` });
    }
  },
});
