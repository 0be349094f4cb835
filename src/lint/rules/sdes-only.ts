import { attrLines, describeMedia, isRtpMedia, ownsTransport } from '../helpers.js';
import { HEAD, audio, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

/*
 * SDES (a=crypto, RFC 4568) puts the SRTP keys in the signalling; WebRTC
 * requires DTLS-SRTP and forbids SDES (RFC 8827 §6.5). Neither engine reads
 * a=crypto any more:
 * - Chromium: libwebrtc pc/webrtc_sdp.cc has no a=crypto parser left (the
 *   line is an unknown attribute), and pc/sdp_offer_answer.cc VerifyCrypto
 *   refuses every non-rejected section that owns its transport and has no
 *   fingerprint ("Called with SDP without DTLS fingerprint.").
 * - Firefox: JsepSessionImpl::ParseSdp requires a fingerprint per section
 *   ("Invalid description, no fingerprint attribute"); Firefox never
 *   implemented SDES.
 * A section bundled behind another one takes the BUNDLE-tag section's
 * transport, so only sections that own their transport are checked (as
 * libwebrtc does). A DTLS profile (UDP/TLS/RTP/SAVPF) without fingerprint is
 * already dtls-fingerprint-missing; that rule leaves sections with a=crypto
 * to this one, so one problem gives one finding.
 */

export const rule = defineRule({
  id: 'sdes-only',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An RTP section keyed only by SDES: a=crypto and no a=fingerprint at media or session level.',
    rationale:
      'SDES-SRTP carries the media keys in the SDP itself; WebRTC forbids it and requires DTLS-SRTP (RFC 8827 §6.5). Chrome removed ' +
      'SDES and refuses a section without a DTLS fingerprint ("Called with SDP without DTLS fingerprint."); Firefox never supported ' +
      'SDES and refuses a section without a fingerprint as well. Add a=fingerprint and a=setup (and use UDP/TLS/RTP/SAVPF).',
    ref: 'RFC 8827 §6.5',
    bad: sdp`
      ${HEAD}
      m=audio 9 RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=fingerprint:sha-256 6B:8B:5D:EA:59:04:20:D0:B0:E4:3C:42:9A:93:6D:2F:36:52:A6:3B:E2:2B:4F:17:3F:1C:2A:4C:3E:5D:7A:11', 'a=setup:actpass')}
    `,
  },
  check({ document, type, report }) {
    const sessionFingerprint = attrLines(document.session.lines, 'fingerprint').length > 0;
    for (const media of document.media) {
      if (!isRtpMedia(media) || !ownsTransport(document, media, type)) continue;
      const crypto = attrLines(media.lines, 'crypto');
      const first = crypto[0];
      if (first === undefined || sessionFingerprint || attrLines(media.lines, 'fingerprint').length > 0) continue;
      report({
        line: first,
        message: `${describeMedia(media)} is keyed by SDES (a=crypto) only and has no a=fingerprint: browsers support only DTLS-SRTP`,
        hint: 'add a=fingerprint and a=setup for DTLS-SRTP; browsers ignore a=crypto',
      });
    }
  },
});
