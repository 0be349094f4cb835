import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'group-unknown-mid',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An a=group line (BUNDLE, LS, …) names a mid that no m-section has.',
    rationale:
      'A group lists identification tags of m-sections of the same description (RFC 5888 §5). A tag that matches no a=mid makes the ' +
      'group meaningless: Chrome refuses the description ("A BUNDLE group contains a MID=\'…\' matching no m= section"), Firefox too when ' +
      'the BUNDLE tag is missing.',
    ref: 'RFC 5888 §5',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE audio
      m=audio 9 UDP/TLS/RTP/SAVPF 111
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
      a=group:BUNDLE 0
      m=audio 9 UDP/TLS/RTP/SAVPF 111
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
    const mids = new Set(document.media.flatMap((m) => attrs(m.lines, 'mid').map((a) => a.value)));
    for (const { line, value } of attrs(document.session.lines, 'group')) {
      value.mids.forEach((mid, i) => {
        if (mids.has(mid)) return;
        report({ line, ...fieldSpan(line, i + 1), message: `a=group:${value.semantics} names mid \`${mid}\`, but no m-section has a=mid:${mid}` });
      });
    }
  },
});
