import { attrs, describeMedia, isRtpMedia, payloadTypeOf } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rtcp-fb-unlisted-payload-type',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An a=rtcp-fb for a payload type that is not on the section\'s m= line (`*` is fine).',
    rationale:
      'a=rtcp-fb names one of the section\'s payload types, or `*` for all of them (RFC 4585 §4.2). For a payload type missing from the ' +
      'm= line, libwebrtc creates a codec without a name and refuses the whole description ("Failed to parse codecs correctly").',
    ref: 'RFC 4585 §4.2',
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
      a=rtpmap:96 VP8/90000
      a=rtcp-fb:96 nack
      a=rtcp-fb:98 nack pli
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
      a=rtpmap:96 VP8/90000
      a=rtcp-fb:96 nack
      a=rtcp-fb:* nack pli
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      const listed = new Set(media.formats.map(payloadTypeOf));
      for (const { line, value } of attrs(media.lines, 'rtcp-fb')) {
        if (value.payloadType === '*' || listed.has(value.payloadType)) continue;
        report({ line, ...fieldSpan(line, 0), message: `a=rtcp-fb for payload type ${value.payloadType}, which is not on the m= line of ${describeMedia(media)}` });
      }
    }
  },
});
