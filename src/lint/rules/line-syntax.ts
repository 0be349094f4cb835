import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

/*
 * libwebrtc's SDP reader (pc/webrtc_sdp.cc, GetLine) cuts the text at each
 * '\n', drops one trailing '\r', and accepts a line only if it has at least
 * three characters, starts with a lower-case letter followed by '=', and has
 * no space right after '=' (s= excepted). Anything else ends parsing with
 * "Invalid SDP line." The checks below mirror that, for what the parser only
 * warns about.
 */

const GOOD = sdp`
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
`;

export const rule = defineRule({
  id: 'line-syntax',
  severity: 'warning',
  scope: 'document',
  replaces: ['blank-line', 'missing-final-eol', 'leading-whitespace'],
  docs: {
    summary: 'A line Chrome\'s SDP parser refuses: a blank or indented line, a line shorter than 3 characters (`s=`), or a last line without line break.',
    rationale:
      'Chrome reads SDP line by line up to each LF and stops with "Invalid SDP line." at a line that is empty, starts with white space, ' +
      'is shorter than three characters (`s=` with an empty session name: RFC 8866 §5.3 asks for `s= ` or `s=-`), or is not ended by a ' +
      'line break at all (RFC 8866 §5: every line ends with CRLF). setRemoteDescription then fails. Firefox and most servers are more ' +
      'lenient, hence a warning; raise it to an error when Chrome is a peer. Bare CR line endings are reported once, since Chrome sees ' +
      'only one long line.',
    ref: 'RFC 8866 §5',
    bad: GOOD.replace('s=-', 's=').slice(0, -2),
    good: GOOD,
  },
  check({ document, report }) {
    const lines = document.lines;
    let bareCr = 0;
    lines.forEach((line, i) => {
      const src = line.source;
      if (src === undefined) return;
      if (src.eol === '\r') bareCr++;
      const text = src.text;
      if (text.trim() === '') {
        report({ line, message: 'blank line: Chrome stops parsing here ("Invalid SDP line.")' });
      } else if (/^[ \t]/.test(text)) {
        report({ line, start: 0, end: text.length - text.trimStart().length, message: 'white space before the type letter: Chrome stops parsing here ("Invalid SDP line.")' });
      } else if (text.length < 3) {
        report({ line, message: `\`${text}\` is shorter than three characters: Chrome refuses it${text === 's=' ? ' (write `s=-` for an empty session name)' : ''}` });
      }
      if (i === lines.length - 1 && src.eol === '' && text !== '') {
        report({ line, start: text.length, end: text.length, message: 'the last line has no line break: Chrome only reads lines that end with LF and refuses the description' });
      }
    });
    if (bareCr > 0) {
      const first = lines.find((l) => l.source?.eol === '\r');
      report({ line: first, message: `${bareCr} line${bareCr === 1 ? '' : 's'} end with a bare CR: Chrome splits lines at LF only and reads them as one invalid line` });
    }
  },
});
