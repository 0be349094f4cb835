import { describeMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * The transport protocols (m= <proto>) the engines take, case as written:
 * - Chromium: pc/webrtc_sdp.cc ParseMediaDescription refuses an audio or
 *   video section whose proto has no `RTP/` at the start or after a
 *   non-letter (pc/media_protocol_names.cc IsRtpProtocol): "Unsupported
 *   protocol for media type". It reads this before it looks at the port, so
 *   port 0 does not help. Other RTP protos parse, but when answering,
 *   pc/media_session.cc IsMediaProtocolSupported keeps only the DTLS ones
 *   (IsDtlsRtp: UDP/TLS/RTP/SAVP(F), TCP/TLS/RTP/SAVP(F)) and the plain ones
 *   JSEP keeps for interoperability (IsPlainRtp: RTP/AVP, RTP/AVPF, RTP/SAVP,
 *   RTP/SAVPF), and rejects the section otherwise. An application section
 *   whose proto is not DTLS/SCTP, UDP/DTLS/SCTP or TCP/DTLS/SCTP (IsDtlsSctp)
 *   becomes an unsupported section that the answer rejects.
 * - Firefox: its default SDP parser is sipcc. third_party/sipcc/sdp_token.c
 *   sdp_parse_media fails on a proto missing from its transport table
 *   ("Invalid port format … specified for transport protocol"), and
 *   dom/media/webrtc/sdp SipccSdpMediaSection::LoadProtocol fails on one the
 *   table has but WebRTC does not use ("Unsupported media transport type"):
 *   only RTP/AVP, RTP/AVPF, RTP/SAVP, RTP/SAVPF, UDP/TLS/RTP/SAVP(F),
 *   TCP/DTLS/RTP/SAVP(F), DTLS/SCTP, UDP/DTLS/SCTP and TCP/DTLS/SCTP pass.
 *   The proto is read before the port, so port 0 does not help either.
 *   (Firefox's other parser, webrtc-sdp src/media_type.rs
 *   parse_protocol_token, has the same list.)
 * So a proto outside these lists is refused by Firefox and refused (audio,
 * video) or answered with port 0 (application) by Chromium. RTP/SAVPF and the
 * other plain profiles are taken by both (RFC 8829 §5.1.3 asks answerers to
 * accept them), so they are not reported here; sdes-only and
 * dtls-fingerprint-missing say what such sections still lack.
 *
 * Case keys: `rtp-proto` (audio/video), `data-proto` (an SCTP proto that is
 * not one of the three), `unknown-proto` (anything else nobody takes).
 * What follows the proto (webrtc-datachannel, the legacy SCTP port) is
 * datachannel-format's.
 */

/**
 * RTP profiles both engines take: RFC 3551, RFC 4585, RFC 3711, RFC 5124,
 * RFC 5764 §8, RFC 7850. libwebrtc also takes TCP/TLS/RTP/SAVP(F), which
 * Firefox refuses ("Unsupported media transport type"), so they are reported.
 */
const RTP_PROTOCOLS: ReadonlySet<string> = new Set([
  'UDP/TLS/RTP/SAVPF', 'TCP/DTLS/RTP/SAVPF', 'UDP/TLS/RTP/SAVP', 'TCP/DTLS/RTP/SAVP',
  'RTP/SAVPF', 'RTP/SAVP', 'RTP/AVPF', 'RTP/AVP',
]);

/** Data channel transports (RFC 8841 §4.1, and the draft's DTLS/SCTP). */
const SCTP_PROTOCOLS: ReadonlySet<string> = new Set(['UDP/DTLS/SCTP', 'TCP/DTLS/SCTP', 'DTLS/SCTP']);

export const rule = defineRule({
  id: 'media-protocol-unknown',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An m= line whose transport protocol WebRTC does not take: not an RTP profile for audio/video, not a DTLS/SCTP one for data.',
    rationale:
      'WebRTC media runs over UDP/TLS/RTP/SAVPF or TCP/DTLS/RTP/SAVPF, and data channels over UDP/DTLS/SCTP or TCP/DTLS/SCTP (RFC 8829 ' +
      '§5.1.2); answerers also take the older RTP profiles such as RTP/SAVPF (§5.1.3) and the draft DTLS/SCTP. Firefox refuses any other ' +
      'protocol while parsing, even in a section with port 0. Chrome refuses audio and video without an RTP profile ("Unsupported ' +
      'protocol for media type") and answers other sections it cannot use with port 0. Protocol names are case-sensitive in Chrome.',
    ref: 'RFC 8829 §5.1.2',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/RTP/AVP 111
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
      const line = mLine(media);
      const proto = media.protocol;
      if (line === undefined || proto === '') continue;
      const span = fieldSpan(line, 2);
      if (proto === 'RTP/AVPF' && (media.kind === 'audio' || media.kind === 'video')) {
        // Recorded: Firefox's sipcc has no RTP/AVPF in its transport table and fails the m= line.
        report({ case: 'rtp-avpf', line, ...span, severity: 'warning', message: `${describeMedia(media)} uses \`RTP/AVPF\`: Firefox refuses it; use UDP/TLS/RTP/SAVPF` });
        continue;
      }
      if (RTP_PROTOCOLS.has(proto) || SCTP_PROTOCOLS.has(proto)) continue;
      if (media.kind === 'audio' || media.kind === 'video') {
        report({ case: 'rtp-proto', line, ...span, message: `${describeMedia(media)} uses \`${proto}\`, not an RTP profile browsers take; use UDP/TLS/RTP/SAVPF` });
      } else if (/SCTP/i.test(proto)) {
        report({ case: 'data-proto', line, ...span, message: `${describeMedia(media)} uses \`${proto}\`; data channels take UDP/DTLS/SCTP (or TCP/DTLS/SCTP)` });
      } else {
        report({ case: 'unknown-proto', line, ...span, message: `${describeMedia(media)} uses \`${proto}\`, a transport protocol no browser takes: Firefox refuses the description` });
      }
    }
  },
});
