import { attrs, describeMedia, isRtpMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'extmap-mixed-levels',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'a=extmap lines at session level and in an RTP section as well (Chrome refuses the mix).',
    rationale:
      'RFC 8285 §5 allows a=extmap at session level (for all sections) or at media level. libwebrtc accepts one or the other but refuses ' +
      'a description using both ("The a=extmap MUST be either all session level or all media level."). Put them all in the sections, ' +
      'as browsers do.',
    ref: 'RFC 8285 §5',
    bad: sdp`
      ${HEAD}
      a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
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
      a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    if (attrs(document.session.lines, 'extmap').length === 0) return;
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      const own = attrs(media.lines, 'extmap')[0];
      if (own === undefined) continue;
      report({ line: own.line, message: `${describeMedia(media)} has its own a=extmap lines while the session level has some too: Chrome refuses the mix` });
    }
  },
});
