import { bundleGroups, describeMedia, effectiveAttrs, groupMembers, isRejected, type Attr } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp, video } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { Media } from '../../parser/model/media.js';

export const rule = defineRule({
  id: 'bundle-extmap-id-conflict',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'One a=extmap id names different extensions in two sections of the same BUNDLE group.',
    rationale:
      'Bundled sections share one RTP session, so an id must identify the same extension in all of them (RFC 8843 §12: it "MUST identify ' +
      'the same extension across all the bundled media descriptions"). Chrome refuses such a description ("A BUNDLE group contains a ' +
      'codec collision for header extension id").',
    ref: 'RFC 8843 §12',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0 1
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
      ${video('1', undefined, 'a=extmap:1 urn:ietf:params:rtp-hdrext:toffset', 'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid')}
    `,
    good: sdp`
      ${HEAD}
      a=group:BUNDLE 0 1
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
      ${video('1', undefined, 'a=extmap:14 urn:ietf:params:rtp-hdrext:toffset', 'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid')}
    `,
  },
  check({ document, report }) {
    for (const { value: group } of bundleGroups(document)) {
      const seen = new Map<number, { uri: string; media: Media }>();
      for (const media of groupMembers(document, group)) {
        if (isRejected(media)) continue;
        const own: readonly Attr<'extmap'>[] = effectiveAttrs(document, media, 'extmap');
        for (const { line, value } of own) {
          const earlier = seen.get(value.id);
          if (earlier !== undefined && earlier.media !== media && earlier.uri !== value.uri) {
            report({
              line,
              ...fieldSpan(line, 0),
              message: `extmap id ${value.id} means ${value.uri} here but ${earlier.uri} in ${describeMedia(earlier.media)}, which is in the same BUNDLE group`,
            });
          }
        }
        for (const { value } of own) if (!seen.has(value.id)) seen.set(value.id, { uri: value.uri, media });
      }
    }
  },
});
