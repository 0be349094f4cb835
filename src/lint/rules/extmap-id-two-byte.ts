import { attrs, isRejected } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { EXTMAP_ONE_BYTE_MAX, EXTMAP_OFFER_ONLY_MIN } from '../../parser/model/attributes/extmap.js';
import type { SdpLine } from '../../parser/model/line.js';

export const rule = defineRule({
  id: 'extmap-id-two-byte',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=extmap id above 14 although a=extmap-allow-mixed (or an offer-only id) makes it valid: Firefox refuses it.',
    rationale:
      'RFC 8285 §4.3 allows ids up to 255 with the two-byte header form, and a=extmap-allow-mixed lets WebRTC stacks use it. Firefox ' +
      'supports only the one-byte form and refuses any description with an id outside 1–14 in an active section ("Description contains ' +
      'invalid extension id … unsupported until 2-byte rtp header extensions are supported"). Without extmap-allow-mixed the id is ' +
      'reported by extmap-id-range instead.',
    ref: 'RFC 8285 §4.2',
    bad: sdp`
      ${HEAD}
      a=extmap-allow-mixed
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=extmap:17 http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
    `,
    good: sdp`
      ${HEAD}
      a=extmap-allow-mixed
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=extmap:12 http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
    `,
  },
  check({ document, report }) {
    const check = (lines: readonly SdpLine[], allowMixed: boolean): void => {
      for (const { line, value } of attrs(lines, 'extmap')) {
        if (value.id <= EXTMAP_ONE_BYTE_MAX || (!allowMixed && value.id < EXTMAP_OFFER_ONLY_MIN)) continue;
        report({ line, ...fieldSpan(line, 0), message: `extmap id ${value.id}: Firefox accepts only ids 1–14 and refuses the description` });
      }
    };
    check(document.session.lines, document.session.extmapAllowMixed);
    for (const media of document.media) if (!isRejected(media)) check(media.lines, media.extmapAllowMixed);
  },
});
