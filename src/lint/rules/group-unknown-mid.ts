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
    // Every value of an a=mid line, whatever the case of its name: Firefox
    // (sipcc) reads attribute names case-insensitively; a wrong case is
    // attribute-name-case's finding, not an unknown mid.
    const written = new Set<string>();
    // The mid libwebrtc reads per section: the last a=mid line (name in
    // lower case). A section without one gets a generated mid when the
    // description is applied to a fresh connection: "0", "1", … in order of
    // the sections that lack one (pc/sdp_offer_answer.cc FillInMissingRemoteMids).
    const chromium = new Set<string>();
    let generated = 0;
    for (const media of document.media) {
      let last: string | undefined;
      for (const line of media.lines) {
        if (line.type !== 'a' || line.name?.toLowerCase() !== 'mid' || line.raw === undefined) continue;
        written.add(line.raw);
        if (line.name === 'mid') last = line.raw;
      }
      chromium.add(last ?? String(generated++));
    }
    for (const { line, value } of attrs(document.session.lines, 'group')) {
      const bundle = value.semantics.toUpperCase() === 'BUNDLE';
      value.mids.forEach((mid, i) => {
        if (!written.has(mid)) {
          report({ case: bundle ? (i === 0 ? 'bundle-tag' : 'bundle') : 'other', line, ...fieldSpan(line, i + 1), message: `a=group:${value.semantics} names mid \`${mid}\`, but no m-section has a=mid:${mid}` });
        } else if (bundle && !chromium.has(mid)) {
          report({
            case: 'bundle-not-last-mid',
            line,
            ...fieldSpan(line, i + 1),
            message: `a=group:${value.semantics} names mid \`${mid}\`, which is not the last a=mid line of its m-section: Chrome reads the last one and finds no section for \`${mid}\``,
          });
        }
      });
    }
  },
});
