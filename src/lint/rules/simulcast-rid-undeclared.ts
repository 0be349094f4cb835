import { attrs, describeMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { tokenSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { Rid } from '../../parser/model/attributes/rid.js';

export const rule = defineRule({
  id: 'simulcast-rid-undeclared',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'a=simulcast lists a rid that no a=rid line of that direction declares.',
    rationale:
      'Every rid-id in a=simulcast refers to an a=rid line of the same section with the same direction (send or recv) (RFC 8853 §5.1). ' +
      'An undeclared rid has no restrictions and no payload types, and stacks drop the layer (or the whole simulcast description).',
    ref: 'RFC 8853 §5.1',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96
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
      a=rid:q send
      a=rid:h send
      a=simulcast:send q;h;f
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
      a=sendonly
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rid:q send
      a=rid:h send
      a=rid:f send
      a=simulcast:send q;h;f
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      // rid id → its a=rid lines, so each listed rid is looked up, not searched for.
      const ridsById = new Map<string, Rid[]>();
      for (const { value } of attrs(media.lines, 'rid')) {
        const list = ridsById.get(value.id);
        if (list === undefined) ridsById.set(value.id, [value]);
        else list.push(value);
      }
      for (const { line, value } of attrs(media.lines, 'simulcast')) {
        for (const { direction, streams } of value.directions) {
          for (const id of streams.flat()) {
            const declared = ridsById.get(id.rid) ?? [];
            if (declared.some((r) => r.direction === direction)) continue;
            report({
              line,
              ...tokenSpan(line, id.rid),
              message:
                declared.length > 0
                  ? `a=simulcast lists rid \`${id.rid}\` under ${direction}, but ${describeMedia(media)} declares it with a=rid:${id.rid} ${declared[0]!.direction}`
                  : `a=simulcast lists rid \`${id.rid}\` under ${direction}, but ${describeMedia(media)} has no a=rid:${id.rid} ${direction}`,
            });
          }
        }
      }
    }
  },
});
