import { bundleGroups, describeMedia, groupMembers, isRtpMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'bundle-without-rtcp-mux',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An RTP section in a BUNDLE group without a=rtcp-mux.',
    rationale:
      'A BUNDLE group runs over one transport, so RTP and RTCP must share it: RTP/RTCP multiplexing is mandatory for bundled RTP sections ' +
      '(RFC 8843 §9.3). Chrome refuses the description ("rtcp-mux must be enabled when BUNDLE is enabled"). Sections with port 0 ' +
      '(rejected or bundle-only) are skipped.',
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
        // libwebrtc skips rejected and bundle-only (port 0) sections; so do we.
        if (media.port === 0 || !isRtpMedia(media) || media.rtcpMux || reported.has(media.index)) continue;
        reported.add(media.index);
        report({ line: mLine(media), message: `${describeMedia(media)} is in a BUNDLE group but has no a=rtcp-mux: bundled RTP sections must multiplex RTCP` });
      }
    }
  },
});
