import { describeMedia, isRejected, isRtpMedia, mLine, payloadTypeOf } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { isRtcpConflictPayloadType, RESERVED_PAYLOAD_TYPES } from '../../parser/model/static-payloads.js';

/** RFC 3551 §6 reserves 1, 2 and 19; Firefox also refuses 64–95 (RFC 5761 §4) whether or not RTCP is muxed. */
function forbidden(pt: number): boolean {
  return RESERVED_PAYLOAD_TYPES.includes(pt) || isRtcpConflictPayloadType(pt);
}

export const rule = defineRule({
  id: 'payload-type-reserved',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'Payload type 1, 2, 19 or 64–95 in an audio or video section (Firefox refuses them, with or without rtcp-mux).',
    rationale:
      'Firefox checks every audio and video m= line and refuses the description ("Illegal audio/video payload type") for the payload ' +
      'types RFC 3551 §6 reserves (1, 2, 19) and for 64–95, which RFC 5761 §4 keeps free for RTCP. Other peers accept 64–95 without ' +
      'rtcp-mux, hence a warning; with rtcp-mux, payload-type-rtcp-conflict reports them as errors instead.',
    ref: 'RFC 3551 §6',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 19
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      a=rtpmap:19 CN/8000
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 13
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      a=rtpmap:13 CN/8000
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media) || isRejected(media) || (media.kind !== 'audio' && media.kind !== 'video')) continue;
      const muxed = media.rtcpMux || media.rtcpMuxOnly;
      const line = mLine(media);
      media.formats.forEach((format, i) => {
        const pt = payloadTypeOf(format);
        if (pt < 0 || !forbidden(pt) || (muxed && pt >= 64)) return;
        report({ case: pt >= 64 ? 'rtcp-range' : 'reserved-static', line, ...(line === undefined ? {} : fieldSpan(line, 3 + i)), message: `payload type ${pt} in ${describeMedia(media)}: Firefox refuses the description ("Illegal audio/video payload type")` });
      });
    }
  },
});
