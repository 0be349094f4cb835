import { describeMedia, isDtlsProtocol, mLine, ownsTransport } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'dtls-setup-missing',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A DTLS section that carries its own transport has no a=setup (at media or session level).',
    rationale:
      'a=setup decides which side starts the DTLS handshake; RFC 5763 §5 requires it ("The endpoint MUST use the setup attribute"). ' +
      'Firefox refuses an offer without it ("Invalid offer, no setup attribute"); without it the roles fall back to defaults that both ' +
      'sides may read differently, and the handshake never starts.',
    ref: 'RFC 5763 §5',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
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
    for (const media of document.media) {
      if (!isDtlsProtocol(media.protocol) || !ownsTransport(document, media, type)) continue;
      if (media.setup !== undefined) continue;
      report({
        case: type ?? 'default',
        line: mLine(media),
        message: `${describeMedia(media)} uses ${media.protocol} but has no a=setup at media or session level: the DTLS roles are not negotiated`,
        hint: 'Offers use a=setup:actpass; answers a=setup:active (recommended) or a=setup:passive.',
      });
    }
  },
});
