import { attrLines, bundleGroupOf, describeMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'bundle-only-without-bundle',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A section with a=bundle-only whose mid is in no BUNDLE group.',
    rationale:
      'a=bundle-only (with port 0) says the section can only be used inside a BUNDLE group (RFC 8843 §6). Outside one, its port 0 makes ' +
      'it a rejected section: the answerer rejects it, and libwebrtc ignores bundle-only when there is nothing to bundle with.',
    ref: 'RFC 8843 §6',
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
      m=video 0 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:1
      a=bundle-only
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
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
      m=video 0 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:1
      a=bundle-only
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!media.bundleOnly || bundleGroupOf(document, media.mid) !== undefined) continue;
      report({
        line: attrLines(media.lines, 'bundle-only')[0] ?? mLine(media),
        message: `${describeMedia(media)} is bundle-only but ${media.mid === undefined ? 'has no mid' : `mid \`${media.mid}\` is in no BUNDLE group`}: it can only be rejected`,
      });
    }
  },
});
