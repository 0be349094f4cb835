import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { EXTMAP_ONE_BYTE_MAX, EXTMAP_OFFER_ONLY_MIN } from '../../parser/model/attributes/extmap.js';
import type { SdpLine } from '../../parser/model/line.js';


export const rule = defineRule({
  id: 'extmap-id-range',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=extmap id above 14 without a=extmap-allow-mixed, or an offer-only id (4096–4351), which browsers refuse.',
    rationale:
      'Ids 1–14 fit the one-byte header extension form; ids up to 255 need the two-byte form (RFC 8285 §4.2, §4.3), which WebRTC stacks ' +
      'only mix with one-byte headers when a=extmap-allow-mixed is negotiated (RFC 8285 §6). Without it a peer may never send the ' +
      'extension, and Firefox refuses any id above 14 outright. Ids 4096–4351 only ask the answerer to choose; an answer must name a real id.',
    ref: 'RFC 8285 §6',
    bad: sdp`
      ${HEAD}
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
      a=extmap:20 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
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
      a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
    `,
  },
  check({ document, type, report }) {
    const check = (lines: readonly SdpLine[], allowMixed: boolean): void => {
      for (const { line, value } of attrs(lines, 'extmap')) {
        if (value.id >= EXTMAP_OFFER_ONLY_MIN) {
          if (type === 'answer') {
            report({ line, ...fieldSpan(line, 0), case: 'answer-offer-only', message: `extmap id ${value.id} in an answer: ids 4096–4351 may only be offered; the answer names the id to use (1–255)` });
          } else {
            report({ line, ...fieldSpan(line, 0), case: 'offer-only', message: `extmap id ${value.id}: RFC 8285 lets an offer ask the answerer to choose with 4096–4351, but browsers take only 1–255 and refuse the description` });
          }
        } else if (value.id > EXTMAP_ONE_BYTE_MAX && !allowMixed) {
          report({
            line,
            ...fieldSpan(line, 0),
            case: 'two-byte-without-allow-mixed',
            message: `extmap id ${value.id} needs the two-byte header form: use an id from 1 to 14, or declare a=extmap-allow-mixed`,
          });
        }
      }
    };
    check(document.session.lines, document.session.extmapAllowMixed);
    for (const media of document.media) check(media.lines, media.extmapAllowMixed);
  },
});
