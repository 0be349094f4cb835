import { attrs, describeMedia, isRejected, isRtpMedia, payloadTypeOf, type Attr } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { tokenSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rtx-apt-unknown',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An rtx payload type without an `apt` parameter, or whose `apt` names a payload type not on the m= line.',
    rationale:
      'An RTX stream retransmits packets of one associated payload type, named by the required `apt` parameter (RFC 4588 §8.6). Without ' +
      'it, or when it points at a payload type the section does not carry, retransmissions cannot be mapped back and the rtx payload type ' +
      'is dropped (libwebrtc ignores such rtx codecs), so lost packets are not repaired.',
    ref: 'RFC 4588 §8.6',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96 97
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=100
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
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media) || isRejected(media)) continue;
      const listed = new Set(media.formats.map(payloadTypeOf));
      // payload type → its a=fmtp lines, so each rtx line finds its own without a scan.
      const fmtps = new Map<number, Attr<'fmtp'>[]>();
      for (const f of attrs(media.lines, 'fmtp')) {
        const key = payloadTypeOf(f.value.format);
        const list = fmtps.get(key);
        if (list === undefined) fmtps.set(key, [f]);
        else list.push(f);
      }
      for (const { line: rtpmap, value } of attrs(media.lines, 'rtpmap')) {
        if (value.encodingName.toLowerCase() !== 'rtx' || !listed.has(value.payloadType)) continue;
        const pt = value.payloadType;
        const own = fmtps.get(pt) ?? [];
        const apt = own.flatMap((f) => f.value.parameters.filter((p) => p.key.toLowerCase() === 'apt').map((p) => ({ line: f.line, value: p.value ?? '' })))[0];
        if (apt === undefined) {
          report({ case: 'no-apt', line: own[0]?.line ?? rtpmap, message: `rtx payload type ${pt} in ${describeMedia(media)} has no apt parameter: RFC 4588 requires \`a=fmtp:${pt} apt=<payload type>\`` });
          continue;
        }
        const target = payloadTypeOf(apt.value);
        if (target >= 0 && listed.has(target) && target !== pt) continue;
        report({
          case: target === pt ? 'apt-self' : 'apt-unlisted',
          line: apt.line,
          ...tokenSpan(apt.line, apt.value),
          message:
            target === pt
              ? `rtx payload type ${pt} names itself as its associated payload type`
              : `rtx payload type ${pt} has apt=${apt.value}, which is not a payload type on the m= line of ${describeMedia(media)}`,
        });
      }
    }
  },
});
