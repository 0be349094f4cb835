import { HASH_BYTES } from '../../parser/model/attributes/dtls.js';
import { attrLines } from '../helpers.js';
import { FINGERPRINT, HEAD, audio, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * What the engines do with an a=fingerprint they cannot use:
 * - Chromium (libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute, which
 *   lower-cases the name and calls rtc_base/ssl_fingerprint.cc
 *   SSLFingerprint::CreateUniqueFromRfc4572): the name must be one of the
 *   FIPS 180 hashes (rtc_base/message_digest.cc IsFips180DigestAlgorithm:
 *   sha-1, sha-224, sha-256, sha-384, sha-512) and the value must decode as
 *   colon-separated hex; otherwise parsing stops with "Failed to create
 *   fingerprint from the digest." The length is not checked there: a value of
 *   the wrong length parses, and the DTLS handshake later fails to verify.
 * - Firefox (its default parser is sipcc; dom/media/webrtc/sdp
 *   SipccSdpAttributeList::LoadFingerprint): a value that is not hex bytes is
 *   a parse error ("Malformed fingerprint token"); an unknown hash name is kept
 *   but skipped, and a section left without a usable fingerprint fails later
 *   ("no supported fingerprint algorithms"). A wrong length fails the DTLS
 *   digest check. (Firefox's alternative parser, webrtc-sdp
 *   src/attribute_type.rs parse_fingerprint, rejects both outright.)
 * MD2 and MD5 are names both engines know to refuse; dtls-fingerprint-weak-hash
 * reports them, so this rule leaves their names alone.
 *
 * Case keys: `unknown-hash` (the name), `malformed-value` (the hex bytes).
 */

/** Not hex bytes separated by colons (RFC 8122 §5: fingerprint = 2UHEX *(":" 2UHEX)). */
const HEX_BYTES = /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*$/;

export const rule = defineRule({
  id: 'dtls-fingerprint-hash-unknown',
  severity: 'error',
  scope: 'document',
  // The parser already says the value is not hex bytes or has the wrong length; this rule says it once, with what browsers do.
  replaces: ['invalid-value'],
  docs: {
    summary: 'An a=fingerprint names a hash function browsers do not know, or its value is not colon-separated hex bytes of that hash\'s length.',
    rationale:
      'The fingerprint is what authenticates the peer\'s DTLS certificate (RFC 8122 §5). Chrome accepts only sha-1, sha-224, sha-256, ' +
      'sha-384 and sha-512 and refuses any other name or a value that is not hex ("Failed to create fingerprint from the digest."). ' +
      'Firefox refuses a value that is not hex bytes ("Malformed fingerprint token"), and skips a fingerprint whose hash it does not ' +
      'know, failing when none is left. A value of the wrong length for its hash passes both parsers, but the DTLS handshake cannot ' +
      'verify it, so the connection never comes up. MD2 and MD5 are reported by dtls-fingerprint-weak-hash instead.',
    ref: 'RFC 8122 §5',
    bad: sdp`
      ${HEAD}
      a=fingerprint:sha-3 6B:8B:5D:EA:59:04:20:D0:B0:E4:3C:42:9A:93:6D:2F:36:52:A6:3B:E2:2B:4F:17:3F:1C:2A:4C:3E:5D:7A:11
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=setup:actpass')}
    `,
    good: sdp`
      ${HEAD}
      a=fingerprint:${FINGERPRINT}
      ${audio('0', undefined, 'a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', 'a=setup:actpass')}
    `,
  },
  check({ document, report }) {
    for (const line of attrLines(document.lines, 'fingerprint')) {
      const fields = (line.raw ?? '').split(' ').filter((f) => f !== '');
      // Another field count is the parser's field-count diagnostic.
      if (fields.length !== 2) continue;
      const [name, hex] = fields as [string, string];
      const bytes = HASH_BYTES[name.toLowerCase()];
      if (bytes === undefined) {
        report({
          case: 'unknown-hash',
          line,
          ...fieldSpan(line, 0),
          message: `unknown fingerprint hash function \`${name}\`: browsers know sha-1, sha-224, sha-256, sha-384 and sha-512; use sha-256`,
        });
      }
      if (!HEX_BYTES.test(hex)) {
        report({
          case: 'malformed-value',
          line,
          ...fieldSpan(line, 1),
          message: `the fingerprint \`${hex}\` is not hex bytes separated by colons (\`AB:CD:…\`): browsers refuse it`,
        });
      } else if (bytes !== undefined && (hex.length + 1) / 3 !== bytes) {
        report({
          case: 'wrong-length',
          line,
          ...fieldSpan(line, 1),
          message: `a ${name} fingerprint has ${bytes} bytes, this one has ${(hex.length + 1) / 3}: the DTLS certificate can never match it`,
        });
      } else if (/[a-f]/.test(hex)) {
        // RFC 8122 §5 writes the bytes in UHEX; Firefox's reader takes upper case only.
        report({
          case: 'lower-case-hex',
          line,
          ...fieldSpan(line, 1),
          message: 'the fingerprint is written in lower-case hex: RFC 8122 uses upper case, and Firefox refuses lower case',
        });
      }
    }
  },
});
