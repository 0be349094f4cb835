import { attrs, describeMedia, isRtpMedia, mLine, payloadTypeOf } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'payload-type-duplicate',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'A payload type listed twice on one m= line, or mapped twice to the same codec by a=rtpmap.',
    rationale:
      'The m= line is the list of formats in order of preference (RFC 8866 §5.14); a repeated payload type has no meaning and is ' +
      'usually a merge or munging mistake. Parsers keep the first occurrence. Two a=rtpmap lines mapping one payload type to different ' +
      'codecs are an error of their own (rtpmap-conflict).',
    ref: 'RFC 8866 §5.14',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 0 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 0
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      const seen = new Set<number>();
      const line = mLine(media);
      media.formats.forEach((format, i) => {
        const pt = payloadTypeOf(format);
        if (pt < 0) return;
        if (seen.has(pt)) {
          report({ line, ...(line === undefined ? {} : fieldSpan(line, 3 + i)), message: `payload type ${pt} is listed twice on the m= line of ${describeMedia(media)}` });
        }
        seen.add(pt);
      });
      const mapped = new Map<number, string>();
      for (const { line: rtpmap, value } of attrs(media.lines, 'rtpmap')) {
        const codec = `${value.encodingName.toLowerCase()}/${value.clockRate}/${value.channels ?? 1}`;
        if (mapped.get(value.payloadType) === codec) {
          report({ line: rtpmap, ...fieldSpan(rtpmap, 0), message: `second a=rtpmap for payload type ${value.payloadType} in ${describeMedia(media)}` });
        }
        if (!mapped.has(value.payloadType)) mapped.set(value.payloadType, codec);
      }
    }
  },
});
