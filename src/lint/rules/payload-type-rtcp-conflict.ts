import { describeMedia, isRejected, isRtpMedia, mLine, payloadTypeOf } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { isRtcpConflictPayloadType } from '../../parser/model/static-payloads.js';

export const rule = defineRule({
  id: 'payload-type-rtcp-conflict',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A payload type from 64 to 95 in a section that multiplexes RTP and RTCP (a=rtcp-mux).',
    rationale:
      'With RTP and RTCP on one port, the receiver tells them apart by the second byte: RTCP packet types 192–223 collide with RTP ' +
      'payload types 64–95 when the marker bit is set, so those "MUST NOT be used" (RFC 5761 §4). libwebrtc refuses the description ' +
      '("used an invalid payload type … rtcp-mux:enabled"). Payload types below 64, such as Chrome\'s 35–63, are fine.',
    ref: 'RFC 5761 §4',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 72
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:72 VP9/90000
    `,
    good: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 45
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:45 VP9/90000
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media) || isRejected(media) || !(media.rtcpMux || media.rtcpMuxOnly)) continue;
      const line = mLine(media);
      media.formats.forEach((format, i) => {
        const pt = payloadTypeOf(format);
        if (!isRtcpConflictPayloadType(pt)) return;
        report({
          line,
          ...(line === undefined ? {} : fieldSpan(line, 3 + i)),
          message: `payload type ${pt} in ${describeMedia(media)} collides with RTCP packet types ${pt + 128} under rtcp-mux: payload types 64–95 must not be used`,
          hint: 'Move the codec to a free dynamic payload type (96–127, or 35–63 as Chrome does).',
        });
      });
    }
  },
});
