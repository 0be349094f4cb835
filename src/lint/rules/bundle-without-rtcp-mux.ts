import { bundleGroups, describeMedia, groupMembers, isRejected, isRtpMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

/*
 * Chromium checks rtcp-mux in pc/peer_connection.cc ValidateBundleSettings
 * (called from pc/sdp_offer_answer.cc, error "rtcp-mux must be enabled when
 * BUNDLE is enabled"), skipping rejected and bundle-only sections. A
 * bundle-only section (port 0 with a=bundle-only, RFC 8843 §6) is still a
 * bundled RTP section that must multiplex RTCP (RFC 8843 §9.3), and once the
 * answer accepts it into the group it runs on the shared transport without
 * RTCP of its own; Chromium lets it pass, and Firefox's JsepSessionImpl has
 * no such check that we found, so that case is a warning.
 *
 * Case keys: `default` (a bundled section with a port), `bundle-only`.
 */

export const rule = defineRule({
  id: 'bundle-without-rtcp-mux',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An RTP section in a BUNDLE group without a=rtcp-mux.',
    rationale:
      'A BUNDLE group runs over one transport, so RTP and RTCP must share it: RTP/RTCP multiplexing is mandatory for bundled RTP sections ' +
      '(RFC 8843 §9.3). Chrome refuses the description ("rtcp-mux must be enabled when BUNDLE is enabled"). A bundle-only section ' +
      '(port 0 with a=bundle-only) without a=rtcp-mux is reported as a warning: it breaks the same rule, but Chrome skips such ' +
      'sections in this check. Rejected sections (port 0 without a=bundle-only) are skipped.',
    ref: 'RFC 8843 §9.3',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
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
    const reported = new Set<number>();
    for (const { value: group } of bundleGroups(document)) {
      for (const media of groupMembers(document, group)) {
        if (isRejected(media) || !isRtpMedia(media) || media.rtcpMux || reported.has(media.index)) continue;
        reported.add(media.index);
        if (media.port === 0) {
          report({
            case: 'bundle-only',
            line: mLine(media),
            severity: 'warning',
            message: `${describeMedia(media)} is bundle-only but has no a=rtcp-mux: once bundled it must multiplex RTCP`,
          });
        } else {
          report({ line: mLine(media), message: `${describeMedia(media)} is in a BUNDLE group but has no a=rtcp-mux: bundled RTP sections must multiplex RTCP` });
        }
      }
    }
  },
});
