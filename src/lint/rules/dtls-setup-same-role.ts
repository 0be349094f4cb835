import { effectiveAttrs, isDtlsProtocol, isRejected, sectionPairs } from '../helpers.js';
import { FINGERPRINT, FINGERPRINT_2, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'dtls-setup-same-role',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'Offer and answer take the same DTLS role for a section (both active or both passive).',
    rationale:
      'One side must be the DTLS client (active) and the other the server (passive) (RFC 4145 §4, RFC 5763 §5). With both active two ' +
      'ClientHellos cross; with both passive nobody starts, and media never flows. libwebrtc refuses such an answer ("Answerer must be ' +
      'passive when offerer is active").',
    ref: 'RFC 5763 §5',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        a=ice-ufrag:ZYYV
        a=ice-pwd:TII1ZWXJ56MILBHWDVZTELNA
        a=fingerprint:${FINGERPRINT}
        a=setup:passive
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        a=ice-ufrag:c3a1f0e2
        a=ice-pwd:6b9f0a1e2d3c4b5a69788f7e6d5c4b3a
        a=fingerprint:${FINGERPRINT_2}
        a=setup:passive
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        a=ice-ufrag:ZYYV
        a=ice-pwd:TII1ZWXJ56MILBHWDVZTELNA
        a=fingerprint:${FINGERPRINT}
        a=setup:passive
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
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
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (isRejected(o) || isRejected(a) || !isDtlsProtocol(a.protocol)) continue;
      if (o.setup === undefined || o.setup !== a.setup || (a.setup !== 'active' && a.setup !== 'passive')) continue;
      const line = effectiveAttrs(answer, a, 'setup')[0]?.line ?? a.lines[0];
      report({
        line,
        ...(line === undefined ? {} : valueSpan(line)),
        message: `answer m-section ${i + 1} is ${a.setup} and so is the offer: one side must be active (DTLS client) and the other passive`,
      });
    }
  },
});
