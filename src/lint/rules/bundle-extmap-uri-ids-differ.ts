import { bundleGroups, describeMedia, effectiveAttrs, groupMembers, isRejected } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp, video } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { Media } from '../../parser/model/media.js';

export const rule = defineRule({
  id: 'bundle-extmap-uri-ids-differ',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'One header extension URI has different a=extmap ids in sections of the same BUNDLE group.',
    rationale:
      'Bundled sections share one RTP session (RFC 8843 §12), and the extension that routes packets to their section (sdes:mid) has to be ' +
      'found before the section is known. JSEP implementations give each URI one id across the session; SFUs that keep a single ' +
      'id-to-extension table per transport misread one of the sections.',
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
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      ${video('1', undefined, 'a=extmap:9 urn:ietf:params:rtp-hdrext:sdes:mid')}
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
      a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      ${video('1', undefined, 'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid')}
    `,
  },
  check({ document, report }) {
    for (const { value: group } of bundleGroups(document)) {
      const seen = new Map<string, { id: number; media: Media }>();
      for (const media of groupMembers(document, group)) {
        if (isRejected(media)) continue;
        const own = effectiveAttrs(document, media, 'extmap');
        for (const { line, value } of own) {
          const earlier = seen.get(value.uri);
          if (earlier !== undefined && earlier.media !== media && earlier.id !== value.id) {
            report({
              line,
              ...fieldSpan(line, 0),
              message: `${value.uri} has id ${value.id} here but id ${earlier.id} in ${describeMedia(earlier.media)}, which is in the same BUNDLE group`,
            });
          }
        }
        for (const { value } of own) if (!seen.has(value.uri)) seen.set(value.uri, { id: value.id, media });
      }
    }
  },
});
