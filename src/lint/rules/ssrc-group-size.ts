import { attrs, describeMedia, isRtpMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

/** libwebrtc kMaxSimulcastStreams (api/video/video_codec_constants.h). */
const MAX_SIM = 3;

export const rule = defineRule({
  id: 'ssrc-group-size',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: `An FID or FEC-FR ssrc-group without exactly 2 SSRCs, or a SIM group with more than ${MAX_SIM} (Chrome refuses them).`,
    rationale:
      'FID pairs a media SSRC with its RTX SSRC (RFC 4588 §8.7), FEC-FR a media SSRC with its FEC SSRC (RFC 5956 §4.3): two SSRCs each. ' +
      `Chrome refuses a description with other sizes, and with SIM groups of more than ${MAX_SIM} layers ` +
      '("has a ssrc-group with semantics … and an unexpected number of SSRCs").',
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
      a=msid:- camera
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
      a=ssrc-group:FID 1001
      a=ssrc:1001 cname:pJ2rQ7fY3nWx8KcL
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
      a=msid:- camera
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
      a=ssrc-group:FID 1001 1002
      a=ssrc:1001 cname:pJ2rQ7fY3nWx8KcL
      a=ssrc:1002 cname:pJ2rQ7fY3nWx8KcL
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      for (const { line, value } of attrs(media.lines, 'ssrc-group')) {
        const semantics = value.semantics.toUpperCase();
        const n = value.ssrcs.length;
        if ((semantics === 'FID' || semantics === 'FEC-FR') && n !== 2) {
          report({ case: 'fid-fec-fr', line, message: `a=ssrc-group:${value.semantics} in ${describeMedia(media)} has ${n} SSRC${n === 1 ? '' : 's'}; it pairs exactly 2` });
        } else if (semantics === 'SIM' && n > MAX_SIM) {
          report({ case: 'sim-too-many', line, message: `a=ssrc-group:SIM in ${describeMedia(media)} has ${n} SSRCs; Chrome accepts at most ${MAX_SIM} simulcast layers` });
        }
      }
    }
  },
});
