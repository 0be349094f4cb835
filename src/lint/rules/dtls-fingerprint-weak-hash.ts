import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, audio, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

/** Hash functions broken for collision resistance (RFC 6151 for MD5, RFC 6194 for SHA-1; MD2 per RFC 6149). */
const WEAK: ReadonlySet<string> = new Set(['md2', 'md5', 'sha-1']);

export const rule = defineRule({
  id: 'dtls-fingerprint-weak-hash',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=fingerprint uses MD2, MD5 or SHA-1.',
    rationale:
      'The fingerprint is the only thing binding the DTLS certificate to the signalling (RFC 8122 §5). MD2, MD5 and SHA-1 no longer resist ' +
      'collisions, and WebRTC endpoints are required to support SHA-256 (RFC 8827 §6.5), which every browser sends. ' +
      'Firefox ignores fingerprints whose algorithm it does not support and then finds none ("no supported fingerprint algorithms").',
    ref: 'RFC 8122 §5',
    bad: sdp`
      ${HEAD}
      a=fingerprint:sha-1 42:89:C5:C6:55:9D:6E:C8:E8:83:55:2A:39:F9:B6:EB:E9:A3:A9:E7
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=setup:actpass')}
    `,
    good: sdp`
      ${HEAD}
      a=fingerprint:${FINGERPRINT}
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=setup:actpass')}
    `,
  },
  check({ document, report }) {
    for (const { line, value } of attrs(document.lines, 'fingerprint')) {
      const hash = value.hashFunction.toLowerCase();
      if (!WEAK.has(hash)) continue;
      report({
        line,
        ...fieldSpan(line, 0),
        case: hash,
        message: `the certificate fingerprint uses \`${value.hashFunction}\`, a hash that no longer resists collisions; use sha-256`,
      });
    }
  },
});
