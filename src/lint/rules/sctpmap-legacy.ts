import { attrLines, describeMedia, mLine } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan, lineSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'sctpmap-legacy',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'A data channel section in the pre-RFC form: `m=application … DTLS/SCTP 5000` and/or a=sctpmap.',
    rationale:
      'draft-ietf-mmusic-sctp-sdp-05 put the SCTP port in the m= line format and in a=sctpmap; RFC 8841 §4.1 replaced it with ' +
      '`UDP/DTLS/SCTP webrtc-datachannel` plus a=sctp-port and a=max-message-size. Browsers still read the old form but no longer ' +
      'write it, and newer stacks (and SFUs) may not accept it.',
    ref: 'RFC 8841 §4.1',
    bad: sdp`
      ${HEAD}
      m=application 9 DTLS/SCTP 5000
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=sctpmap:5000 webrtc-datachannel 1024
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
      if (line !== undefined && /^DTLS\/SCTP$/i.test(media.protocol)) {
        report({ line, ...fieldSpan(line, 2), message: `${describeMedia(media)} uses the draft protocol \`${media.protocol}\`; RFC 8841 uses \`UDP/DTLS/SCTP webrtc-datachannel\`` });
      }
      for (const sctpmap of attrLines(media.lines, 'sctpmap')) {
        report({ line: sctpmap, ...lineSpan(sctpmap), message: 'a=sctpmap is the draft syntax; RFC 8841 uses a=sctp-port (and a=max-message-size)' });
      }
    }
  },
});
