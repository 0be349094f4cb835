import { attrLines, attrs, describeMedia, isRejected, isRtpMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

/*
 * RFC 8853 simulcast names its layers by RID, and the RID travels in the
 * RTP header extension urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id (RFC
 * 8852 §3.3): without it the receiver cannot tell the layers apart. libwebrtc
 * refuses a section with a=simulcast that does not declare it
 * (pc/sdp_offer_answer.cc ValidateRtpHeaderExtensionsForSpecSimulcast).
 */

const RID_URI = 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id';

export const rule = defineRule({
  id: 'simulcast-rid-extension-missing',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'A section with a=simulcast declares no a=extmap for the RID header extension.',
    rationale:
      'Simulcast layers are told apart by their RID, which each RTP packet carries in the rtp-stream-id header extension (RFC 8852 §3.3, ' +
      'RFC 8853 §5). Without that a=extmap the layers cannot be identified: Chrome refuses the description ("negotiates simulcast but does ' +
      'not negotiate the RID RTP header extension"); Firefox takes it.',
    ref: 'RFC 8853 §5',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=sendonly
      a=rtpmap:96 VP8/90000
      a=rid:h send
      a=rid:l send
      a=simulcast:send h;l
    `,
    good: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=sendonly
      a=extmap:4 ${RID_URI}
      a=rtpmap:96 VP8/90000
      a=rid:h send
      a=rid:l send
      a=simulcast:send h;l
    `,
  },
  check({ document, report }) {
    const session = attrs(document.session.lines, 'extmap').some((e) => e.value.uri === RID_URI);
    for (const media of document.media) {
      if (!isRtpMedia(media) || isRejected(media)) continue;
      const simulcast = attrLines(media.lines, 'simulcast')[0];
      if (simulcast === undefined || session || attrs(media.lines, 'extmap').some((e) => e.value.uri === RID_URI)) continue;
      // libwebrtc drops simulcast layers no a=rid line declares (pc/webrtc_sdp.cc RemoveInvalidRidsFromSimulcast);
      // with none left there is no simulcast to check. Undeclared layers are simulcast-rid-undeclared's finding.
      const rids = new Set(attrLines(media.lines, 'rid').map((l) => (l.raw ?? '').split(' ')[0]));
      const layers = (simulcast.raw ?? '').split(/[\s;,]+/).map((t) => t.replace(/^~/, ''));
      if (!layers.some((l) => rids.has(l))) continue;
      report({
        line: simulcast,
        message: `${describeMedia(media)} has a=simulcast but no a=extmap for ${RID_URI}: its layers cannot be told apart`,
        hint: `Add a=extmap:<id> ${RID_URI} to the section.`,
      });
    }
  },
});
