import { addressFamily } from '../../ice/address.js';
import type { SdpLine } from '../../parser/model/line.js';
import { lineValue } from '../../parser/model/line.js';
import { attrs } from '../helpers.js';
import { HEAD, OFFER_TRANSPORT, audio, sdp } from '../examples.js';
import { fieldSpan, type Span } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * Addresses in c= (RFC 8866 §5.7), a=rtcp (RFC 3605 §2.1) and a=candidate
 * (RFC 8839 §5.1: connection-address and raddr) must be addresses: an IP
 * literal of the line's address type, or a host name (c= allows an FQDN;
 * candidates carry mDNS `.local` names, RFC 8839 §5.1 and
 * draft-ietf-mmusic-mdns-ice-candidates). What the engines do:
 * - c=, family mismatch (`IN IP6 1.2.3.4`, `IN IP4 ::1`): Chromium refuses it
 *   (libwebrtc pc/webrtc_sdp.cc ParseConnectionData: "Failed to parse the
 *   connection data. The address type is mismatching."). The parser reports
 *   it too (address-type-mismatch); this rule replaces that diagnostic.
 * - c=, IP4 and not an IPv4 literal (`999.1.1.1`, `foo`): Chromium keeps any
 *   non-IP text as a host name (rtc::SocketAddress::SetIP) and accepts it.
 *   Firefox's sipcc (third_party/sipcc/sdp_token.c sdp_parse_connection)
 *   reads the first three characters of an IP4 address as a number and fails
 *   ("Error parsing address … for mcast.") unless they start with a number up
 *   to 255: so `foo` and `999.1.1.1` are refused, while `1.2.3.999` passes
 *   both parsers and names nothing. The first kind is an error, the second a
 *   warning.
 * - c=, IP6 and neither an IPv6 literal nor a host name (`fe80::zz`): both
 *   parsers let it through (sipcc does not look at IP6 addresses), so a warning.
 * - a=candidate address or raddr that is neither an IP literal nor a host name:
 *   neither engine refuses the description. libwebrtc ParseCandidate takes any
 *   text as a host name and p2p/base/p2p_transport_channel.cc
 *   AddRemoteCandidate tries to resolve it (mDNS for `.local`), then drops it;
 *   Firefox hands candidates to its ICE stack (nICEr), which drops one whose
 *   address does not parse. A warning: that candidate never works.
 * - a=rtcp: Chromium ignores the line (ParseContent: JSEP §5.8.2 says to);
 *   a warning.
 *
 * Case keys (one per engine behaviour): `family-mismatch` (c=, Chromium
 * refuses), `not-an-address` (c=IN IP4 that sipcc refuses), `address-tolerated`
 * (other c= addresses that name nothing but pass both parsers),
 * `rtcp-address` (a=rtcp), `candidate-address` (a=candidate address or raddr).
 */

type Family = 'IP4' | 'IP6';

/** How sipcc checks an IP4 connection address: its first three characters must start a number up to 255. */
function sipccTakesIp4(address: string): boolean {
  const digits = /^[0-9]+/.exec(address.slice(0, 3));
  return digits !== null && Number(digits[0]) <= 255;
}

/** What is wrong with `address` under address type `family` (undefined for a candidate: no type), if anything. */
function problem(address: string, family: Family | undefined): 'not-an-address' | 'family-mismatch' | undefined {
  const found = addressFamily(address);
  if (found === 'invalid') return 'not-an-address';
  if (family === 'IP4' && found === 'ipv6') return 'family-mismatch';
  if (family === 'IP6' && found === 'ipv4') return 'family-mismatch';
  return undefined;
}

export const rule = defineRule({
  id: 'address-invalid',
  severity: 'error',
  scope: 'document',
  replaces: ['address-type-mismatch'],
  docs: {
    summary: 'An address in c=, a=rtcp or a=candidate (address or raddr) that is not an address of its type: `IN IP4 999.1.1.1`, `IN IP4 foo`, `IN IP6 1.2.3.4`.',
    rationale:
      'c= and a=rtcp carry an address of the stated type (RFC 8866 §5.7, RFC 3605 §2.1), candidates an IP address or an mDNS host name ' +
      '(RFC 8839 §5.1). Chrome refuses a c= address of the other family ("The address type is mismatching."). Firefox refuses a c=IN IP4 ' +
      'address that does not start with a number up to 255 ("Error parsing address"), which covers host names and octets above 255; Chrome ' +
      'accepts those as host names. Other malformed addresses (in IP6 c= lines, a=rtcp and candidates) pass both parsers and are ' +
      'warnings: they name nothing, and the candidate is dropped.',
    ref: 'RFC 8866 §5.7',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 999.1.1.1
      a=mid:0
      ${OFFER_TRANSPORT}
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      ${audio('0', OFFER_TRANSPORT)}
    `,
  },
  check({ document, report }) {
    const at = (line: SdpLine, field: number, address: string): Span => {
      const { start } = fieldSpan(line, field);
      return { start, end: start + address.length };
    };

    for (const line of document.lines) {
      const c = lineValue(line, 'c');
      if (c === undefined || (c.addressType !== 'IP4' && c.addressType !== 'IP6')) continue;
      const family = c.addressType;
      const kind = problem(c.address, family);
      if (kind === undefined && !(family === 'IP4' && addressFamily(c.address) !== 'ipv4')) continue;
      const span = at(line, 2, c.address);
      if (kind === 'family-mismatch') {
        report({ case: 'family-mismatch', line, ...span, message: `\`${c.address}\` is an ${family === 'IP4' ? 'IPv6' : 'IPv4'} address on an ${family} c= line: Chrome refuses it` });
      } else if (family === 'IP4') {
        // An IP4 c= address that is no IPv4 literal, host names included: Firefox refuses those not starting with a number up to 255.
        report({
          case: sipccTakesIp4(c.address) ? 'address-tolerated' : 'not-an-address',
          line,
          ...span,
          severity: sipccTakesIp4(c.address) ? 'warning' : 'error',
          message: `\`${c.address}\` is not an IPv4 address` +
            (sipccTakesIp4(c.address) ? '' : ': Firefox refuses a c=IN IP4 address that does not start with a number up to 255'),
          hint: 'browsers write c=IN IP4 0.0.0.0 (or the default candidate\'s IP address)',
        });
      } else {
        report({ case: 'address-tolerated', line, ...span, severity: 'warning', message: `\`${c.address}\` is neither an IPv6 address nor a host name` });
      }
    }

    for (const { line, value } of attrs(document.lines, 'rtcp')) {
      if (value.address === undefined || (value.addressType !== 'IP4' && value.addressType !== 'IP6')) continue;
      const kind = problem(value.address, value.addressType);
      if (kind === undefined) continue;
      // Chromium ignores a=rtcp: a warning.
      report({
        case: 'rtcp-address',
        line,
        ...at(line, 3, value.address),
        severity: 'warning',
        message: kind === 'family-mismatch'
          ? `\`${value.address}\` is not an ${value.addressType === 'IP4' ? 'IPv4' : 'IPv6'} address, as the a=rtcp line says`
          : `\`${value.address}\` in a=rtcp is neither an IP address nor a host name`,
      });
    }

    for (const { line, value } of attrs(document.lines, 'candidate')) {
      if (problem(value.address, undefined) !== undefined) {
        report({ case: 'candidate-address', line, ...at(line, 4, value.address), severity: 'warning', message: `candidate address \`${value.address}\` is neither an IP address nor a host name: the candidate is dropped` });
      }
      const raddr = value.relatedAddress;
      if (raddr !== undefined && problem(raddr, undefined) !== undefined) {
        const fields = (line.raw ?? '').split(' ').filter((f) => f !== '');
        const index = fields.indexOf('raddr', 7);
        report({
          case: 'candidate-address',
          line,
          ...(index >= 0 ? at(line, index + 1, raddr) : fieldSpan(line, 4)),
          severity: 'warning',
          message: `related address (raddr) \`${raddr}\` is neither an IP address nor a host name`,
        });
      }
    }
  },
});
