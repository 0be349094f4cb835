import { attrs, describeMedia, isRtpMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { Rtpmap } from '../../parser/model/attributes/rtpmap.js';

function codecText(r: Rtpmap): string {
  return `${r.encodingName}/${r.clockRate}${r.channels !== undefined ? `/${r.channels}` : ''}`;
}

export const rule = defineRule({
  id: 'rtpmap-conflict',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'Two a=rtpmap lines map one payload type to different codecs in the same section.',
    rationale:
      'A payload type stands for exactly one encoding, clock rate and channel count within a section (RFC 8866 §6.6). With two mappings ' +
      'each side may pick a different one (parsers keep the first or the last), and media is decoded with the wrong codec.',
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
      a=rtpmap:111 ISAC/16000
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111 103
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      a=rtpmap:103 ISAC/16000
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      const first = new Map<number, Rtpmap>();
      for (const { line, value } of attrs(media.lines, 'rtpmap')) {
        const earlier = first.get(value.payloadType);
        if (earlier === undefined) {
          first.set(value.payloadType, value);
          continue;
        }
        const same =
          earlier.encodingName.toLowerCase() === value.encodingName.toLowerCase() &&
          earlier.clockRate === value.clockRate &&
          (earlier.channels ?? 1) === (value.channels ?? 1);
        if (same) continue;
        report({
          line,
          ...fieldSpan(line, 1),
          message: `payload type ${value.payloadType} in ${describeMedia(media)} is mapped to ${codecText(earlier)} and again to ${codecText(value)}`,
        });
      }
    }
  },
});
