import { attrs, describeMedia, isRejected, mLine } from '../helpers.js';
import { valueSpan } from '../span.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'sctp-port-missing',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'A UDP/DTLS/SCTP or TCP/DTLS/SCTP section without a=sctp-port (or, in an answer, with a=sctp-port:0).',
    rationale:
      'With the RFC 8841 m= line (`UDP/DTLS/SCTP webrtc-datachannel`) the SCTP port is carried by a=sctp-port (RFC 8841 §5.1). Without ' +
      'it, browsers fall back to 5000; a peer that picked another port never completes the SCTP association, and data channels do not open. ' +
      'In an answer Firefox finds no data channel format in common without a port ("Answer had no codecs in common with offer"). ' +
      'The legacy `DTLS/SCTP 5000` form is reported by sctpmap-legacy instead.',
    ref: 'RFC 8841 §5.1',
    bad: sdp`
      ${HEAD}
      m=application 9 UDP/DTLS/SCTP webrtc-datachannel
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=max-message-size:262144
    `,
    good: sdp`
      ${HEAD}
      m=application 9 UDP/DTLS/SCTP webrtc-datachannel
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=sctp-port:5000
      a=max-message-size:262144
    `,
  },
  check({ document, type, report }) {
    for (const media of document.media) {
      if (isRejected(media) || !/^(UDP|TCP)\/DTLS\/SCTP$/i.test(media.protocol)) continue;
      // In an answer the section's data channel format is only accepted with a usable port (Firefox matches it on a=sctp-port or a=sctpmap).
      const answer = type === 'answer' && attrs(media.lines, 'sctpmap').length === 0 ? { case: 'answer' } : {};
      if (media.sctpPort === undefined) {
        report({ line: mLine(media), ...answer, message: `${describeMedia(media)} uses ${media.protocol} but has no a=sctp-port: the SCTP port is left to the default (5000)` });
      } else if (media.sctpPort === 0 && type === 'answer') {
        const line = attrs(media.lines, 'sctp-port')[0]?.line;
        report({ line: line ?? mLine(media), ...(line === undefined ? {} : valueSpan(line)), ...answer, message: `${describeMedia(media)} answers with a=sctp-port:0: no SCTP port to connect to` });
      }
    }
  },
});
