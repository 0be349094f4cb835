import { attrs, describeMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { textOf, tokenSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rid-payload-type-unlisted',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An a=rid `pt=` list names a payload type that is not on the m= line.',
    rationale:
      'The `pt=` restriction of a=rid limits an RTP stream to some of the section\'s formats, so each value must be one of the formats of ' +
      'the m= line (RFC 8851 §4). A rid restricted to unknown payload types can carry nothing; answerers remove it, and with it a ' +
      'simulcast layer.',
    ref: 'RFC 8851 §4',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 98
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=sendonly
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:98 VP9/90000
      a=rid:lo send pt=96;max-width=320
      a=rid:hi send pt=100
      a=simulcast:send lo;hi
    `,
    good: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 98
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=sendonly
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:98 VP9/90000
      a=rid:lo send pt=96;max-width=320
      a=rid:hi send pt=98
      a=simulcast:send lo;hi
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      const formats = new Set(media.formats);
      for (const { line, value } of attrs(media.lines, 'rid')) {
        const pts = textOf(line).indexOf('pt=');
        for (const pt of value.payloadTypes ?? []) {
          if (formats.has(pt)) continue;
          report({ line, ...tokenSpan(line, pt, pts < 0 ? 0 : pts + 3), message: `a=rid:${value.id} allows payload type ${pt}, which is not on the m= line of ${describeMedia(media)}` });
        }
      }
    }
  },
});
