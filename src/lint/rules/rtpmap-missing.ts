import { staticPayloadTypes } from '../../parser/model/static-payloads.js';
import { attrLines, attrs, describeMedia, isRejected, isRtpMedia, mLine, payloadTypeOf } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rtpmap-missing',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A payload type on the m= line that has no static meaning (RFC 3551) and no a=rtpmap.',
    rationale:
      'Only the static payload types of RFC 3551 §6 name a codec by themselves; every other one needs an a=rtpmap saying which codec and ' +
      'clock rate it stands for (RFC 8866 §6.6). Without it the payload type is unusable: the peer drops it, and Chrome refuses the whole ' +
      'description if an a=fmtp or a=rtcp-fb refers to it ("Failed to parse codecs correctly"). Rejected sections are skipped.',
    ref: 'RFC 8866 §6.6',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 0
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=fmtp:111 minptime=10;useinbandfec=1
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
      a=fmtp:111 minptime=10;useinbandfec=1
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media) || isRejected(media)) continue;
      // An a=rtpmap whose value the parser refused (clock rate 0, say) still names its payload type for the browsers.
      const mapped = new Set(attrLines(media.lines, 'rtpmap').map((l) => payloadTypeOf(/^\d+/.exec(l.raw ?? '')?.[0] ?? '')));
      // libwebrtc makes a codec of every payload type an a=fmtp or a=rtcp-fb names; one without a name fails the parse.
      const named = new Set<number>([
        ...attrs(media.lines, 'fmtp').map((f) => payloadTypeOf(f.value.format)),
        ...attrs(media.lines, 'rtcp-fb').flatMap((f) => (f.value.payloadType === '*' ? [] : [f.value.payloadType])),
      ]);
      const line = mLine(media);
      media.formats.forEach((format, i) => {
        const pt = payloadTypeOf(format);
        if (pt < 0 || mapped.has(pt) || staticPayloadTypes[pt] !== undefined) return;
        report({
          line,
          ...(line === undefined ? {} : fieldSpan(line, 3 + i)),
          ...(named.has(pt) ? { case: 'with-fmtp-or-rtcp-fb' } : {}),
          message: `payload type ${pt} in ${describeMedia(media)} has no a=rtpmap and no static meaning: nobody knows which codec it is`,
          hint: `Add \`a=rtpmap:${pt} <encoding>/<clock rate>\` or remove ${pt} from the m= line.`,
        });
      });
    }
  },
});
