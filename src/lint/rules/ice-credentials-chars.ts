import { attrLines } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * RFC 8839 §5.4: ufrag and password are made of ice-char, that is ALPHA /
 * DIGIT / "+" / "/". libwebrtc (p2p/base/transport_description.cc IsIceChar)
 * refuses any other character, except `-`, `=`, `#` and `_`, which it still
 * lets through with a logged warning; Firefox ESR takes any of them.
 *
 * Case keys: `default` (a character libwebrtc refuses), `legacy` (only the
 * four characters libwebrtc still tolerates).
 */

const ICE_CHAR = /[A-Za-z0-9+/]/;
const LEGACY = /[-=#_]/;

export const rule = defineRule({
  id: 'ice-credentials-chars',
  severity: 'error',
  scope: 'document',
  replaces: ['invalid-value'],
  docs: {
    summary: 'An a=ice-ufrag or a=ice-pwd value with a character other than letters, digits, `+` and `/`.',
    rationale:
      'The ICE username fragment and password are ice-chars only (RFC 8839 §5.4): they travel in STUN USERNAME and key its ' +
      'MESSAGE-INTEGRITY. Chrome refuses any other character ("ICE ufrag must contain only alphanumeric characters, \'+\', and \'/\'"), ' +
      'except `-`, `=`, `#` and `_`, which it still tolerates; Firefox takes them.',
    ref: 'RFC 8839 §5.4',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:Es!w
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
    for (const name of ['ice-ufrag', 'ice-pwd'] as const) {
      for (const line of attrLines(document.lines, name)) {
        const value = line.raw ?? '';
        const bad = [...value].filter((c) => !ICE_CHAR.test(c));
        if (bad.length === 0) continue;
        const legacy = bad.every((c) => LEGACY.test(c));
        const at = value.indexOf(bad[0]!);
        const start = valueSpan(line).start + at;
        const what = name === 'ice-ufrag' ? 'ICE username fragment' : 'ICE password';
        report({
          ...(legacy ? { case: 'legacy' } : {}),
          line,
          start,
          end: start + bad[0]!.length,
          // The password is a secret: name the character, not the value.
          message: `the ${what} has ${bad.length === 1 ? 'a character' : `${bad.length} characters`} outside ice-char (\`${bad[0]}\`${bad.length > 1 ? ', …' : ''}): only letters, digits, \`+\` and \`/\` are allowed`,
        });
      }
    }
  },
});
