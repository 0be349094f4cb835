import { attrs, bundleGroups, describeMedia, groupMembers, isRejected, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'bundle-ice-credentials-differ',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'Sections of one BUNDLE group carry different ICE credentials (not checked in offers).',
    rationale:
      'A BUNDLE group shares one transport: once BUNDLE is negotiated only the BUNDLE-tag section\'s ICE ufrag and password are used ' +
      '(RFC 8843 §10), so different values in the other sections are ignored and usually mean sections were pasted together from different ' +
      'sessions. An initial offer may give each section its own transport in case the answerer refuses BUNDLE, so offers are not checked; ' +
      'bundle-only and rejected sections are skipped.',
    exampleType: 'answer',
    ref: 'RFC 8843 §10',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0 1
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:active
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:1
      a=ice-ufrag:Zq8T
      a=ice-pwd:Hd3kL0p9QwErTyUiOpAsDfGh
      a=fingerprint:${FINGERPRINT}
      a=setup:active
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
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
      a=setup:active
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      m=video 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:1
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:active
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
    `,
  },
  check({ document, type, report }) {
    if (type === 'offer') return;
    for (const { value: group } of bundleGroups(document)) {
      const members = groupMembers(document, group).filter((m) => !isRejected(m) && !m.bundleOnly);
      const tag = members[0];
      if (tag === undefined) continue;
      for (const media of members.slice(1)) {
        // A section without credentials of its own uses the tag's: only values that are there can differ.
        const ufragDiffers = media.ice.ufrag !== undefined && media.ice.ufrag !== tag.ice.ufrag;
        const pwdDiffers = media.ice.pwd !== undefined && media.ice.pwd !== tag.ice.pwd;
        if (!ufragDiffers && !pwdDiffers) continue;
        const what = ufragDiffers && pwdDiffers ? 'ICE ufrag and password' : ufragDiffers ? 'ICE ufrag' : 'ICE password';
        const line = attrs(media.lines, ufragDiffers ? 'ice-ufrag' : 'ice-pwd')[0]?.line;
        report({
          line: line ?? mLine(media),
          ...(line === undefined ? {} : valueSpan(line)),
          message: `${describeMedia(media)} is in the BUNDLE group of ${describeMedia(tag)} but has a different ${what}; only the BUNDLE-tag section's are used`,
        });
      }
    }
  },
});
