import { attrLines, describeMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * The format of a data channel m= line depends on its proto (RFC 8841 §4.1):
 * `UDP/DTLS/SCTP` and `TCP/DTLS/SCTP` take exactly `webrtc-datachannel`; the
 * draft's `DTLS/SCTP` took the SCTP port number.
 * - Firefox (sipcc, third_party/sipcc/sdp_token.c sdp_parse_media): after a
 *   UDP/DTLS/SCTP or TCP/DTLS/SCTP proto, a first format other than
 *   `webrtc-datachannel` (compared without case) fails parsing ("No
 *   webrtc-datachannel token in m= media line"); after DTLS/SCTP, a first
 *   format that is not a number fails too ("No sctp port specified in m=
 *   media line"). Port 0 does not help: the m= line is parsed first.
 * - Chromium (pc/webrtc_sdp.cc ParseMediaDescription): a number is taken as
 *   the SCTP port and `webrtc-datachannel` (exact case) switches to the RFC
 *   8841 form; anything else is ignored and the section keeps the draft
 *   (sctpmap) form, in which a=sctp-port is refused ("sctp-port attribute
 *   can't be used with sctpmap."). So Chromium refuses a wrong format only
 *   when a=sctp-port is present.
 * Which proto is allowed at all is media-protocol-unknown's; this rule looks
 * only at the format of sections whose proto is one of the three.
 *
 * Case keys: `not-webrtc-datachannel` (RFC 8841 protos) and
 * `not-webrtc-datachannel-sctp-port` (the same with a=sctp-port), each with a
 * `token-case` variant when only the letter case differs (Firefox takes that);
 * `not-a-port` (DTLS/SCTP).
 */

export const rule = defineRule({
  id: 'datachannel-format',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A UDP/DTLS/SCTP or TCP/DTLS/SCTP section whose format is not `webrtc-datachannel`, or a DTLS/SCTP section whose format is not a port number.',
    rationale:
      'RFC 8841 §4.1 fixes the format of a data channel m= line to `webrtc-datachannel` after UDP/DTLS/SCTP and TCP/DTLS/SCTP; the ' +
      'draft form `DTLS/SCTP` carried the SCTP port there instead. Firefox refuses anything else while parsing ("No webrtc-datachannel ' +
      'token in m= media line", "No sctp port specified in m= media line"), whatever the port. Chrome reads a number as the SCTP port and ' +
      'ignores other words, but then takes the section for the draft form and refuses its a=sctp-port ("sctp-port attribute can\'t be ' +
      'used with sctpmap.").',
    ref: 'RFC 8841 §4.1',
    bad: sdp`
      ${HEAD}
      m=application 9 UDP/DTLS/SCTP 5000
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=sctp-port:5000
      a=max-message-size:262144
    `,
    good: sdp`
      ${HEAD}
      m=application 9 UDP/DTLS/SCTP webrtc-datachannel
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=sctp-port:5000
      a=max-message-size:262144
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      const line = mLine(media);
      if (line === undefined) continue;
      const format = media.formats[0];
      // No format at all is the parser's field-count diagnostic.
      if (format === undefined) continue;
      const span = fieldSpan(line, 3);
      if (media.protocol === 'UDP/DTLS/SCTP' || media.protocol === 'TCP/DTLS/SCTP') {
        if (format === 'webrtc-datachannel') continue;
        const sctpPort = attrLines(media.lines, 'sctp-port').length > 0;
        report({
          case: format.toLowerCase() === 'webrtc-datachannel'
            ? (sctpPort ? 'token-case-sctp-port' : 'token-case')
            : (sctpPort ? 'not-webrtc-datachannel-sctp-port' : 'not-webrtc-datachannel'),
          line,
          ...span,
          message: `${describeMedia(media)} uses ${media.protocol} with the format \`${format}\`; RFC 8841 takes only \`webrtc-datachannel\` here` +
            (/^[0-9]+$/.test(format) ? ' (the SCTP port goes in a=sctp-port)' : ''),
          hint: sctpPort ? 'Firefox refuses the m= line; Chrome refuses the a=sctp-port that goes with it' : 'Firefox refuses the m= line',
        });
      } else if (media.protocol === 'DTLS/SCTP' && !/^[0-9]+$/.test(format)) {
        report({
          case: 'not-a-port',
          line,
          ...span,
          message: `${describeMedia(media)} uses the draft DTLS/SCTP form, whose format is the SCTP port, but has \`${format}\`` +
            (format === 'webrtc-datachannel' ? ': write `UDP/DTLS/SCTP webrtc-datachannel`' : ''),
        });
      }
    }
  },
});
