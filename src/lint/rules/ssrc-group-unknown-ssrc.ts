import { attrs, describeMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'ssrc-group-unknown-ssrc',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=ssrc-group names an SSRC that no a=ssrc line of the section describes.',
    rationale:
      'An ssrc-group ties together sources that the section describes with a=ssrc lines (RFC 5576 §4.2); an SSRC listed only in the group ' +
      'has no cname and no msid. libwebrtc attaches a group to the track of its first SSRC, so if that one is undeclared the whole group ' +
      '(the RTX or FEC pairing) is dropped; otherwise the stray SSRC is unknown to the receiver.',
    ref: 'RFC 5576 §4.2',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 97
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=msid:- 5c2d7e9f-3a4b-4c6d-9e8f-0a1b2c3d4e5f
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
      a=ssrc-group:FID 2231627014 632943048
      a=ssrc:2231627014 cname:pJ2rQ7fY3nWx8KcL
    `,
    good: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 97
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=msid:- 5c2d7e9f-3a4b-4c6d-9e8f-0a1b2c3d4e5f
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
      a=ssrc-group:FID 2231627014 632943048
      a=ssrc:2231627014 cname:pJ2rQ7fY3nWx8KcL
      a=ssrc:632943048 cname:pJ2rQ7fY3nWx8KcL
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      const declared = new Set(media.ssrcs.map((s) => s.ssrc));
      for (const { line, value } of attrs(media.lines, 'ssrc-group')) {
        // libwebrtc attaches a group to the track holding its first SSRC; a video receive stream then needs
        // every FID or FEC-FR secondary among its SSRCs (media/engine/webrtc_video_engine.cc ValidateStreamParams).
        const attached = declared.has(value.ssrcs[0] ?? -1);
        const paired = ['FID', 'FEC-FR'].includes(value.semantics.toUpperCase());
        value.ssrcs.forEach((ssrc, i) => {
          if (declared.has(ssrc)) return;
          report({ ...(media.kind === 'video' && paired && attached && i > 0 ? { case: 'video-secondary' } : {}), line, ...fieldSpan(line, i + 1), message: `a=ssrc-group:${value.semantics} names SSRC ${ssrc}, which no a=ssrc line of ${describeMedia(media)} describes` });
        });
      }
    }
  },
});
