import { attrs, describeMedia, isRtpMedia, payloadTypeOf } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rtpmap-unlisted-payload-type',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=rtpmap for a payload type that is not on the section\'s m= line.',
    rationale:
      'Only the formats listed on the m= line are offered or accepted (RFC 8866 §5.14, §6.6); an a=rtpmap for another payload type is ' +
      'ignored (libwebrtc logs "Ignore rtpmap line that did not appear in the <fmt-list>"). It usually means the payload type was removed ' +
      'from the m= line, or added to the attributes only, by SDP munging.',
    ref: 'RFC 8866 §6.6',
    bad: sdp`
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
      a=rtpmap:9 G722/8000
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 9
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      a=rtpmap:9 G722/8000
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      const listed = new Set(media.formats.map(payloadTypeOf));
      for (const { line, value } of attrs(media.lines, 'rtpmap')) {
        if (listed.has(value.payloadType)) continue;
        report({ line, ...fieldSpan(line, 0), message: `a=rtpmap for payload type ${value.payloadType}, which is not on the m= line of ${describeMedia(media)}: it is ignored` });
      }
    }
  },
});
