import { attrLines, bundleGroupOf, describeMedia, isDtlsProtocol, mLine, ownsTransport } from '../helpers.js';
import { FINGERPRINT, HEAD, audio, sdp } from '../examples.js';
import { defineRule } from '../rule.js';
import type { SdpLine } from '../../parser/model/line.js';

export const rule = defineRule({
  id: 'dtls-fingerprint-missing',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A DTLS section that carries its own transport has no a=fingerprint (at media or session level).',
    rationale:
      'DTLS-SRTP and data channels authenticate the peer\'s self-signed certificate only through the fingerprint in SDP (RFC 5763 §5, ' +
      'RFC 8122 §5); without it the handshake cannot be verified. Chrome refuses the description ("Called with SDP without DTLS fingerprint"), ' +
      'Firefox too ("no fingerprint attribute"). Sections bundled behind another one in an answer are exempt.',
    ref: 'RFC 5763 §5',
    bad: sdp`
      ${HEAD}
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=setup:actpass')}
    `,
    good: sdp`
      ${HEAD}
      a=fingerprint:${FINGERPRINT}
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=setup:actpass')}
    `,
  },
  check({ document, type, report }) {
    for (const media of document.media) {
      if (!ownsTransport(document, media, type)) continue;
      if (media.fingerprints.length > 0) continue;
      // A line with a hash and a digest whose value did not parse is there all the same (both browsers take a
      // digest of the wrong length): its value is the parser's or dtls-fingerprint-hash-unknown's finding.
      // A line with no digest at all carries no fingerprint.
      const written = (l: SdpLine) => (l.raw ?? '').trim().split(/\s+/).length >= 2;
      if (attrLines(media.lines, 'fingerprint').some(written) || attrLines(document.session.lines, 'fingerprint').some(written)) continue;
      // A section keyed by a=crypto alone is sdes-only's finding (one problem, one finding).
      if (attrLines(media.lines, 'crypto').length > 0) continue;
      if (!isDtlsProtocol(media.protocol)) {
        // Plain RTP (a SIP description) needs no fingerprint by the RFCs; browsers set up DTLS for every section.
        report({
          case: 'not-dtls',
          severity: 'info',
          line: mLine(media),
          message: `${describeMedia(media)} uses ${media.protocol} without a=fingerprint: browsers only take DTLS-SRTP and refuse a section without a fingerprint`,
        });
        continue;
      }
      const group = bundleGroupOf(document, media.mid);
      report({
        ...(group !== undefined && group.mids[0] !== media.mid ? { case: 'offer-bundled' } : {}),
        line: mLine(media),
        message: `${describeMedia(media)} uses ${media.protocol} but has no a=fingerprint at media or session level: the DTLS certificate cannot be verified`,
      });
    }
  },
});
