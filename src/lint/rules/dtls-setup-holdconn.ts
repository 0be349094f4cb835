import { attrs, isDtlsProtocol } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'dtls-setup-holdconn',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'a=setup:holdconn on a DTLS section (or at session level of a description with DTLS sections).',
    rationale:
      'holdconn (RFC 4145 §4) puts a TCP connection on hold; DTLS-SRTP allows only actpass in offers and active or passive in answers ' +
      '(RFC 5763 §5). Firefox refuses it ("illegal setup attribute \\"holdconn\\""), and no DTLS handshake can follow.',
    ref: 'RFC 5763 §5',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:holdconn
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
    const anyDtls = document.media.some((m) => isDtlsProtocol(m.protocol));
    const lines = [
      ...(anyDtls ? attrs(document.session.lines, 'setup') : []),
      ...document.media.filter((m) => isDtlsProtocol(m.protocol)).flatMap((m) => attrs(m.lines, 'setup')),
    ];
    for (const { line, value } of lines) {
      if (value !== 'holdconn') continue;
      // In an answer the verdict differs (libwebrtc refuses it there only): its own case.
      report({ line, ...valueSpan(line), ...(type === 'answer' ? { case: 'answer' } : {}), message: 'a=setup:holdconn on a DTLS transport: DTLS allows only actpass (offer), active or passive (answer)' });
    }
  },
});
