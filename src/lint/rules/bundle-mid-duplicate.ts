import { bundleGroups } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * A mid belongs to at most one BUNDLE group, once (RFC 8843 §6). libwebrtc
 * checks it in pc/jsep_transport_controller.cc
 * ValidateAndMaybeUpdateBundleGroups, Firefox in
 * dom/media/webrtc/sdp/SdpHelper.cpp GetBundledMids; both refuse the
 * description, whether the mid repeats in one group or in two.
 */

export const rule = defineRule({
  id: 'bundle-mid-duplicate',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A mid named twice in BUNDLE groups: twice in one group, or in two groups.',
    rationale:
      'Each m-section belongs to at most one BUNDLE group (RFC 8843 §6): the group decides which transport the section uses. ' +
      'Chrome refuses a repeated mid ("A BUNDLE group contains a MID=\'…\' that is already in a BUNDLE group"), Firefox too ' +
      '("mid \'…\' appears more than once in a BUNDLE group"). A repeated a=group:BUNDLE line is the usual cause.',
    ref: 'RFC 8843 §6',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0
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
    const seen = new Set<string>();
    for (const { line, value } of bundleGroups(document)) {
      const here = new Set<string>();
      value.mids.forEach((mid, i) => {
        if (seen.has(mid)) {
          report({
            line,
            ...fieldSpan(line, i + 1),
            message: `mid \`${mid}\` is named ${here.has(mid) ? 'twice in this BUNDLE group' : 'in an earlier BUNDLE group too'}: a section belongs to one BUNDLE group, once`,
          });
        }
        seen.add(mid);
        here.add(mid);
      });
    }
  },
});
