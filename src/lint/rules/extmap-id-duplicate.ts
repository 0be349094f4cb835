import { attrs, bundleGroupOf, describeMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { SdpLine } from '../../parser/model/line.js';

export const rule = defineRule({
  id: 'extmap-id-duplicate',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'One a=extmap id used twice in the same section (or twice at session level).',
    rationale:
      'The id is what an RTP packet carries; the mapping from id to extension URI must be one to one within a media description ' +
      '(RFC 8285 §5). With two mappings the receiver cannot know which extension a packet holds. Firefox refuses the description ' +
      '("Description contains duplicate extension id").',
    ref: 'RFC 8285 §5',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
      a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    const check = (lines: readonly SdpLine[], where: string, bundled: boolean): void => {
      const seen = new Map<number, string>();
      for (const { line, value } of attrs(lines, 'extmap')) {
        const uri = seen.get(value.id);
        if (uri !== undefined) {
          report({
            case: uri === value.uri ? 'same-uri' : bundled ? 'different-uri-bundled' : 'different-uri',
            line,
            ...fieldSpan(line, 0),
            message:
              uri === value.uri
                ? `extmap id ${value.id} is declared twice ${where}`
                : `extmap id ${value.id} is already mapped to ${uri} ${where}; it cannot also mean ${value.uri}`,
          });
        } else {
          seen.set(value.id, value.uri);
        }
      }
    };
    check(document.session.lines, 'at session level', false);
    for (const media of document.media) check(media.lines, `in ${describeMedia(media)}`, bundleGroupOf(document, media.mid) !== undefined);
  },
});
