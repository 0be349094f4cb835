import { bundleGroupOf, describeMedia, isRejected, isRtpMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

/*
 * Browsers run RTCPeerConnection with rtcpMuxPolicy "require" by default
 * (RFC 8829 §4.1.1), so an RTP section that takes part in the session and
 * does not offer RTP/RTCP multiplexing is refused. Chromium checks it in
 * libwebrtc pc/jsep_transport_controller.cc ValidateContent for every
 * non-rejected RTP content that is not bundle-only; Firefox refuses any
 * enabled section without a=rtcp-mux, bundle-only ones included (recorded
 * by test/oracle). Sections in a BUNDLE group are bundle-without-rtcp-mux's
 * findings: libwebrtc refuses them earlier, with its own message.
 *
 * Case keys: `default` (a section with a port), `bundle-only` (port 0 with
 * a=bundle-only, in no BUNDLE group).
 */

export const rule = defineRule({
  id: 'rtcp-mux-missing',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An RTP section that is not rejected has no a=rtcp-mux.',
    rationale:
      'RTP without multiplexed RTCP is valid RTP (RFC 3550), but WebRTC endpoints require multiplexing by default: the rtcpMuxPolicy ' +
      '"require" (RFC 8829 §4.1.1) makes a description whose RTP sections do not offer a=rtcp-mux fail. Chrome refuses it ("RTCP-MUX is not ' +
      'enabled when it is required"), Firefox too ("is missing a=rtcp-mux, which is required by rtcpMuxPolicy"). Rejected sections (port 0) ' +
      'are skipped; sections in a BUNDLE group are reported by bundle-without-rtcp-mux.',
    ref: 'RFC 8829 §4.1.1',
    bad: sdp`
      ${HEAD}
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
    for (const media of document.media) {
      if (!isRtpMedia(media) || isRejected(media) || media.rtcpMux) continue;
      if (bundleGroupOf(document, media.mid) !== undefined) continue;
      const bundleOnly = media.port === 0;
      report({
        ...(bundleOnly ? { case: 'bundle-only' } : {}),
        line: mLine(media),
        message: `${describeMedia(media)} has no a=rtcp-mux: browsers require RTP and RTCP on one port (rtcpMuxPolicy "require")`,
        hint: 'Add a=rtcp-mux to the section (RFC 5761 §5.1.1).',
      });
    }
  },
});
