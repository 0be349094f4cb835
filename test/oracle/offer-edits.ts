import { append, chain, insertAfter, linesOf, mapLines, remove, renumberPayloadType, sectionLines, sub, valueOf, type Edit } from './sdp-edits.js';

/*
 * The edits the oracle makes to real offers, one defect (or one harmless
 * change) each. `aims` names the lint rule that targets the defect, or a
 * kebab-case name of the condition when no rule does. Section numbers are
 * 0-based m-sections: every base has audio (0), video (1) and a data
 * channel (2).
 */

export interface NamedEdit {
  readonly name: string;
  readonly aims: string;
  readonly description: string;
  readonly edit: Edit;
  /** Only for bases this holds for (an edit that needs candidates, rids, …). */
  readonly when?: (base: string) => boolean;
  /** Only for these bases (by name); every base when absent. */
  readonly bases?: readonly string[];
}

const has =
  (re: RegExp) =>
  (text: string): boolean =>
    linesOf(text).some((l) => re.test(l));
/** Whether a line of the session part / of some m-section matches. */
const inSession =
  (re: RegExp) =>
  (text: string): boolean =>
    sessionLines(text).some((l) => re.test(l));
const inMedia =
  (re: RegExp) =>
  (text: string): boolean =>
    linesOf(text).slice(sessionLines(text).length).some((l) => re.test(l));
const sessionLines = (text: string): string[] => {
  const lines = linesOf(text);
  const m = lines.findIndex((l) => l.startsWith('m='));
  return m < 0 ? lines : lines.slice(0, m);
};
const lacks =
  (re: RegExp) =>
  (text: string): boolean =>
    !has(re)(text);

/** The first payload type on section n's m= line. */
const firstPt = (text: string, n: number): string => valueOf(text, n, /^m=\S+ \S+ \S+ (\d+)/) ?? '0';
/** Section n's mid. */
const midOf = (text: string, n: number): string => valueOf(text, n, /^a=mid:(.*)$/) ?? '';

/** Renames section n's mid, in its a=mid line and in every a=group line. */
const renameMid =
  (n: number, to: string): Edit =>
  (text) => {
    const from = midOf(text, n);
    return chain(
      sub(n, /^a=mid:.*$/, `a=mid:${to}`),
      sub('session', /^a=group:/, (l) => l.split(' ').map((t, i) => (i > 0 && t === from ? to : t)).join(' '), true),
    )(text);
  };

/** Sets the value of an attribute everywhere it appears (every section and session level). */
const setAll = (name: string, value: string): Edit => sub('everywhere', new RegExp(`^a=${name}:.*$`), `a=${name}:${value}`, true);

const onM =
  (n: number, fn: (fields: string[]) => string[]): Edit =>
  (text) =>
    sub(n, /^m=/, (l) => fn(l.split(' ')).join(' '))(text);

/** Direction lines. */
const DIRECTION = /^a=(sendrecv|sendonly|recvonly|inactive)$/;

/** Section n's lines as one text, for predicates on one section. */
const sectionText = (text: string, n: number): string => sectionLines(text, n).join('\n');

const HOST = (n: number, addr: string): string => `a=candidate:${1000 + n} 1 udp 2122260223 ${addr} ${50000 + n} typ host generation 0`;
const MDNS = '3f1c6b2e-5d1a-4c59-9a3e-8b2f0d6e7a41.local';
const withCandidate = (line: string, n = 0): Edit => insertAfter(n, /^a=mid:/, [line]);

const SHA1 = 'sha-1 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7:08:19:2A:3B';
const SHA512 =
  'sha-512 ' +
  Array.from({ length: 64 }, (_, i) => ((i * 37 + 11) % 256).toString(16).toUpperCase().padStart(2, '0')).join(':');
const MD5 = 'md5 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7';

/** The defects: one lint rule's target condition, or a condition lint misses today. */
export const offerEdits: readonly NamedEdit[] = [
  // hidden characters
  { name: 'zero-width-in-ice-ufrag', aims: 'invisible-characters', description: 'a zero-width space inside every a=ice-ufrag value', edit: sub('everywhere', /^a=ice-ufrag:(.*)$/, 'a=ice-ufrag:$1\u200b', true) },
  { name: 'bidi-in-session-name', aims: 'invisible-characters', description: 's= carries a right-to-left override (free text)', edit: sub('session', /^s=.*$/, 's=\u202e-') },
  { name: 'zero-width-in-mid', aims: 'invisible-characters', description: 'a zero-width joiner after the audio mid (the BUNDLE group keeps the plain mid)', edit: sub(0, /^a=mid:(.*)$/, 'a=mid:$1\u200d') },
  // ICE credentials
  { name: 'ice-ufrag-removed', aims: 'ice-credentials-missing', description: 'every a=ice-ufrag removed', edit: remove('everywhere', /^a=ice-ufrag:/) },
  { name: 'ice-pwd-removed', aims: 'ice-credentials-missing', description: 'every a=ice-pwd removed', edit: remove('everywhere', /^a=ice-pwd:/) },
  { name: 'ice-ufrag-removed-audio', aims: 'ice-credentials-missing', description: 'the audio section (the BUNDLE tag) loses its a=ice-ufrag', edit: remove(0, /^a=ice-ufrag:/) },
  { name: 'ice-pwd-removed-video', aims: 'ice-credentials-missing', description: 'the video section (bundled, not the tag) loses its a=ice-pwd', edit: remove(1, /^a=ice-pwd:/) },
  { name: 'ice-ufrag-3-chars', aims: 'ice-ufrag-length', description: 'a=ice-ufrag of 3 characters everywhere', edit: setAll('ice-ufrag', 'aB3') },
  { name: 'ice-ufrag-257-chars', aims: 'ice-ufrag-length', description: 'a=ice-ufrag of 257 characters everywhere', edit: setAll('ice-ufrag', 'u'.repeat(257)) },
  { name: 'ice-ufrag-256-chars', aims: 'benign', description: 'a=ice-ufrag of 256 characters (the longest allowed) everywhere', edit: setAll('ice-ufrag', 'u'.repeat(256)) },
  { name: 'ice-ufrag-4-chars', aims: 'benign', description: 'a=ice-ufrag of 4 characters (the shortest allowed) everywhere', edit: setAll('ice-ufrag', 'aB3d') },
  { name: 'ice-pwd-21-chars', aims: 'ice-pwd-length', description: 'a=ice-pwd of 21 characters everywhere', edit: setAll('ice-pwd', 'p'.repeat(21)) },
  { name: 'ice-pwd-22-chars', aims: 'benign', description: 'a=ice-pwd of 22 characters (the shortest allowed) everywhere', edit: setAll('ice-pwd', 'p'.repeat(22)) },
  { name: 'ice-pwd-257-chars', aims: 'ice-pwd-length', description: 'a=ice-pwd of 257 characters everywhere', edit: setAll('ice-pwd', 'p'.repeat(257)) },
  { name: 'ice-ufrag-bad-char', aims: 'ice-ufrag-chars', description: 'a=ice-ufrag with a character outside ice-char (`!`)', edit: setAll('ice-ufrag', 'ab!cd') },
  { name: 'ice-pwd-bad-char', aims: 'ice-pwd-chars', description: 'a=ice-pwd with characters outside ice-char (`~`)', edit: setAll('ice-pwd', 'bP~XJMM09aR8AiX1jdukzR6Y') },
  { name: 'ice-ufrag-differs-in-bundle', aims: 'bundle-ice-credentials-differ', description: 'the video section (bundled) has other ICE credentials than the BUNDLE tag', edit: chain(sub(1, /^a=ice-ufrag:.*$/, 'a=ice-ufrag:Zq9w'), sub(1, /^a=ice-pwd:.*$/, 'a=ice-pwd:Zq9wZq9wZq9wZq9wZq9wZq9w')) },
  { name: 'ice-credentials-session-only', aims: 'ice-credentials-session-level', description: 'ICE credentials only at session level (removed from the sections, given once before the first m=)', edit: (t) => chain(remove('media', /^a=ice-(ufrag|pwd):/), sub('session', /^t=.*$/, (l) => `${l}\r\na=ice-ufrag:${valueOf(t, 0, /^a=ice-ufrag:(.*)$/) ?? 'EsAw'}\r\na=ice-pwd:${valueOf(t, 0, /^a=ice-pwd:(.*)$/) ?? ''}`))(t) },
  { name: 'ice-options-unknown', aims: 'benign', description: 'a=ice-options with an unknown option', edit: sub('everywhere', /^a=ice-options:.*$/, 'a=ice-options:trickle foo-bar', true), when: has(/^a=ice-options:/) },
  { name: 'ice-options-added', aims: 'benign', description: 'a=ice-options:trickle renomination at session level', edit: insertAfter('session', /^t=/, ['a=ice-options:trickle renomination']) },
  { name: 'ice-options-empty', aims: 'ice-options-empty', description: 'a=ice-options with no option', edit: insertAfter('session', /^t=/, ['a=ice-options:']) },
  { name: 'ice-lite', aims: 'benign', description: 'a=ice-lite at session level', edit: insertAfter('session', /^t=/, ['a=ice-lite']) },
  { name: 'ice-mismatch', aims: 'ice-mismatch', description: 'a=ice-mismatch in the audio section', edit: insertAfter(0, /^a=mid:/, ['a=ice-mismatch']) },
  // candidates
  { name: 'candidate-after-end-of-candidates', aims: 'candidate-after-end-of-candidates', description: 'a host candidate after a=end-of-candidates', edit: insertAfter(0, /^a=mid:/, ['a=end-of-candidates', HOST(1, '127.0.0.1')]) },
  { name: 'candidate-host-raddr', aims: 'candidate-host-raddr', description: 'a host candidate with raddr 0.0.0.0 rport 0', edit: withCandidate('a=candidate:1001 1 udp 2122260223 127.0.0.1 50001 typ host raddr 0.0.0.0 rport 0 generation 0') },
  { name: 'candidate-priority-component', aims: 'candidate-priority-component', description: 'a component-1 candidate whose priority encodes component 2', edit: withCandidate('a=candidate:1001 1 udp 2122260222 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-component-0', aims: 'candidate-component-invalid', description: 'a candidate with component 0', edit: withCandidate('a=candidate:1001 0 udp 2122260223 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-component-text', aims: 'candidate-component-invalid', description: 'a candidate with component `x`', edit: withCandidate('a=candidate:1001 x udp 2122260223 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-transport-foo', aims: 'candidate-transport-unknown', description: 'a candidate with transport `foo`', edit: withCandidate('a=candidate:1001 1 foo 2122260223 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-priority-text', aims: 'candidate-priority-invalid', description: 'a candidate with priority `high`', edit: withCandidate('a=candidate:1001 1 udp high 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-priority-too-big', aims: 'candidate-priority-invalid', description: 'a candidate with priority 2^32', edit: withCandidate('a=candidate:1001 1 udp 4294967296 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-type-unknown', aims: 'candidate-type-unknown', description: 'a candidate of type `magic`', edit: withCandidate('a=candidate:1001 1 udp 2122260223 127.0.0.1 50001 typ magic generation 0') },
  { name: 'candidate-no-typ', aims: 'candidate-malformed', description: 'a candidate without `typ`', edit: withCandidate('a=candidate:1001 1 udp 2122260223 127.0.0.1 50001 host generation 0') },
  { name: 'candidate-address-not-address', aims: 'candidate-address-invalid', description: 'a candidate whose address is 999.1.1.1', edit: withCandidate('a=candidate:1001 1 udp 2122260223 999.1.1.1 50001 typ host generation 0') },
  { name: 'candidate-address-foo', aims: 'candidate-address-invalid', description: 'a candidate whose address is `foo` (no dot, not mDNS)', edit: withCandidate('a=candidate:1001 1 udp 2122260223 foo 50001 typ host generation 0') },
  { name: 'candidate-port-70000', aims: 'candidate-port-invalid', description: 'a candidate on port 70000', edit: withCandidate('a=candidate:1001 1 udp 2122260223 127.0.0.1 70000 typ host generation 0') },
  { name: 'candidate-foundation-empty', aims: 'candidate-malformed', description: 'a candidate with an empty foundation (`a=candidate: 1 udp …`)', edit: withCandidate('a=candidate: 1 udp 2122260223 127.0.0.1 50001 typ host generation 0') },
  { name: 'candidate-too-few-fields', aims: 'candidate-malformed', description: 'a candidate cut after the port', edit: withCandidate('a=candidate:1001 1 udp 2122260223 127.0.0.1 50001') },
  { name: 'candidate-srflx-no-raddr', aims: 'benign', description: 'a srflx candidate without raddr/rport', edit: withCandidate('a=candidate:1002 1 udp 1686052607 127.0.0.1 50002 typ srflx generation 0') },
  { name: 'candidate-tcp-no-tcptype', aims: 'candidate-tcptype-missing', description: 'a TCP candidate without tcptype', edit: withCandidate('a=candidate:1003 1 tcp 1518280447 127.0.0.1 9 typ host generation 0') },
  { name: 'candidate-ssltcp', aims: 'candidate-transport-unknown', description: "a candidate with Google's `ssltcp` transport", edit: withCandidate('a=candidate:1003 1 ssltcp 1518280447 127.0.0.1 443 typ host generation 0') },
  { name: 'remote-candidates', aims: 'benign', description: 'a=remote-candidates in an offer', edit: insertAfter(0, /^a=mid:/, ['a=remote-candidates:1 127.0.0.1 50001']) },
  // DTLS
  { name: 'fingerprint-removed', aims: 'dtls-fingerprint-missing', description: 'every a=fingerprint removed', edit: remove('everywhere', /^a=fingerprint:/) },
  { name: 'fingerprint-removed-audio', aims: 'dtls-fingerprint-missing', description: 'the audio section loses its a=fingerprint (only where sections carry their own)', edit: remove(0, /^a=fingerprint:/), when: inMedia(/^a=fingerprint:/) },
  { name: 'fingerprint-md5', aims: 'dtls-fingerprint-weak-hash', description: 'every a=fingerprint uses MD5', edit: setAll('fingerprint', MD5) },
  { name: 'fingerprint-md2', aims: 'fingerprint-hash-unknown', description: 'every a=fingerprint uses md2 (a hash no browser knows)', edit: setAll('fingerprint', 'md2 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7') },
  { name: 'fingerprint-foo', aims: 'fingerprint-hash-unknown', description: 'every a=fingerprint uses the hash `foo`', edit: setAll('fingerprint', 'foo 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7:08:19:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7') },
  { name: 'fingerprint-not-hex', aims: 'fingerprint-value-malformed', description: 'a sha-256 fingerprint whose value is not colon-separated hex', edit: setAll('fingerprint', 'sha-256 not-a-fingerprint') },
  { name: 'fingerprint-short', aims: 'fingerprint-value-malformed', description: 'a sha-256 fingerprint of 16 bytes', edit: setAll('fingerprint', 'sha-256 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7') },
  { name: 'fingerprint-no-value', aims: 'fingerprint-value-malformed', description: 'a=fingerprint:sha-256 without a value', edit: setAll('fingerprint', 'sha-256') },
  { name: 'fingerprint-two', aims: 'fingerprint-multiple', description: 'two a=fingerprint lines (sha-256 and sha-1) where one was', edit: sub('everywhere', /^a=fingerprint:.*$/, (l) => `${l}\r\na=fingerprint:${SHA1}`, true) },
  { name: 'fingerprint-session-only', aims: 'fingerprint-session-level', description: 'a=fingerprint only at session level', edit: (t) => chain(remove('media', /^a=fingerprint:/), insertAfter('session', /^t=/, [`a=fingerprint:${valueOf(t, 'everywhere', /^a=fingerprint:(.*)$/) ?? ''}`]))(t), when: inMedia(/^a=fingerprint:/) },
  { name: 'setup-removed', aims: 'dtls-setup-missing', description: 'every a=setup removed', edit: remove('everywhere', /^a=setup:/) },
  { name: 'setup-active', aims: 'dtls-setup-offer-not-actpass', description: 'an offer with a=setup:active', edit: setAll('setup', 'active') },
  { name: 'setup-passive', aims: 'dtls-setup-offer-not-actpass', description: 'an offer with a=setup:passive', edit: setAll('setup', 'passive') },
  { name: 'setup-holdconn', aims: 'dtls-setup-holdconn', description: 'a=setup:holdconn everywhere', edit: setAll('setup', 'holdconn') },
  { name: 'setup-foo', aims: 'dtls-setup-invalid', description: 'a=setup:foo everywhere', edit: setAll('setup', 'foo') },
  { name: 'setup-mixed', aims: 'dtls-setup-bundle-differ', description: 'a=setup:active in the video section, actpass elsewhere', edit: sub(1, /^a=setup:.*$/, 'a=setup:active') },
  { name: 'sdes-only', aims: 'sdes-only', description: 'the audio section as SDES-SRTP: RTP/SAVPF, a=crypto, no a=fingerprint', edit: chain(sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 RTP/SAVPF'), remove('everywhere', /^a=fingerprint:/), insertAfter(0, /^a=mid:/, ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32'])) },
  { name: 'sdes-and-dtls', aims: 'benign', description: 'an a=crypto line added beside the DTLS fingerprint', edit: insertAfter(0, /^a=mid:/, ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32']) },
  // transport protocols
  { name: 'proto-foo', aims: 'proto-unknown', description: 'm=audio with the transport protocol FOO/BAR', edit: sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 FOO/BAR') },
  { name: 'proto-rtp-avp', aims: 'proto-unknown', description: 'm=audio with RTP/AVP (no security)', edit: sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 RTP/AVP') },
  { name: 'proto-rtp-avpf', aims: 'proto-unknown', description: 'm=audio with RTP/AVPF (no security)', edit: sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 RTP/AVPF') },
  { name: 'proto-udp-tls-rtp-savp', aims: 'proto-unknown', description: 'm=audio with UDP/TLS/RTP/SAVP (no F)', edit: sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 UDP/TLS/RTP/SAVP') },
  { name: 'proto-tcp-dtls-rtp-savpf', aims: 'benign', description: 'm=audio with TCP/DTLS/RTP/SAVPF', edit: sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 TCP/DTLS/RTP/SAVPF') },
  { name: 'proto-lowercase', aims: 'proto-case', description: 'm=audio with the protocol in lower case', edit: sub(0, /^m=audio (\S+) \S+/, 'm=audio $1 udp/tls/rtp/savpf') },
  { name: 'data-no-webrtc-datachannel', aims: 'datachannel-format-missing', description: 'm=application UDP/DTLS/SCTP with `foo` instead of webrtc-datachannel', edit: sub(2, /^m=application (\S+) (\S+) .*$/, 'm=application $1 $2 foo') },
  { name: 'data-legacy-udp-dtls-sctp-5000', aims: 'sctp-format-port-number', description: 'm=application … UDP/DTLS/SCTP 5000 (a port number in place of the format)', edit: sub(2, /^m=application (\S+) (\S+) .*$/, 'm=application $1 $2 5000') },
  { name: 'data-legacy-dtls-sctp-sctpmap', aims: 'sctpmap-legacy', description: 'the pre-RFC form: m=application … DTLS/SCTP 5000 with a=sctpmap', edit: chain(sub(2, /^m=application (\S+) .*$/, 'm=application $1 DTLS/SCTP 5000'), remove(2, /^a=(sctp-port|max-message-size):/), append(2, ['a=sctpmap:5000 webrtc-datachannel 1024'])) },
  { name: 'data-proto-rtp', aims: 'proto-unknown', description: 'm=application with UDP/TLS/RTP/SAVPF', edit: sub(2, /^m=application (\S+) (\S+) .*$/, 'm=application $1 UDP/TLS/RTP/SAVPF webrtc-datachannel') },
  { name: 'data-tcp-dtls-sctp', aims: 'benign', description: 'm=application with TCP/DTLS/SCTP', edit: sub(2, /^m=application (\S+) (\S+) /, 'm=application $1 TCP/DTLS/SCTP ') },
  { name: 'sctp-port-removed', aims: 'sctp-port-missing', description: 'the data section without a=sctp-port', edit: remove(2, /^a=sctp-port:/) },
  { name: 'sctp-port-0', aims: 'sctp-port-invalid', description: 'a=sctp-port:0', edit: sub(2, /^a=sctp-port:.*$/, 'a=sctp-port:0') },
  { name: 'sctp-port-70000', aims: 'sctp-port-invalid', description: 'a=sctp-port:70000', edit: sub(2, /^a=sctp-port:.*$/, 'a=sctp-port:70000') },
  { name: 'sctp-port-text', aims: 'sctp-port-invalid', description: 'a=sctp-port:abc', edit: sub(2, /^a=sctp-port:.*$/, 'a=sctp-port:abc') },
  { name: 'sctp-port-5001', aims: 'benign', description: 'a=sctp-port:5001', edit: sub(2, /^a=sctp-port:.*$/, 'a=sctp-port:5001') },
  { name: 'max-message-size-0', aims: 'benign', description: 'a=max-message-size:0 (means: any size)', edit: sub(2, /^a=max-message-size:.*$/, 'a=max-message-size:0') },
  { name: 'max-message-size-text', aims: 'max-message-size-invalid', description: 'a=max-message-size:big', edit: sub(2, /^a=max-message-size:.*$/, 'a=max-message-size:big') },
  { name: 'max-message-size-negative', aims: 'max-message-size-invalid', description: 'a=max-message-size:-1', edit: sub(2, /^a=max-message-size:.*$/, 'a=max-message-size:-1') },
  { name: 'max-message-size-removed', aims: 'benign', description: 'the data section without a=max-message-size', edit: remove(2, /^a=max-message-size:/) },
  // RTP payload types
  { name: 'rtpmap-removed-first-audio', aims: 'rtpmap-missing', description: "the audio section's first (dynamic) payload type loses its a=rtpmap", edit: (t) => remove(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} `))(t) },
  { name: 'rtpmap-removed-first-video', aims: 'rtpmap-missing', description: "the video section's first payload type loses its a=rtpmap", edit: (t) => remove(1, new RegExp(`^a=rtpmap:${firstPt(t, 1)} `))(t) },
  { name: 'pt-without-rtpmap', aims: 'rtpmap-missing', description: 'payload type 122 on the audio m= line, without a=rtpmap', edit: onM(0, (f) => [...f, '122']) },
  { name: 'rtpmap-unlisted', aims: 'rtpmap-unlisted-payload-type', description: 'a=rtpmap:122 for a payload type not on the m= line', edit: append(0, ['a=rtpmap:122 ISAC/16000']) },
  { name: 'fmtp-unlisted', aims: 'fmtp-unlisted-payload-type', description: 'a=fmtp:122 for a payload type not on the m= line', edit: append(0, ['a=fmtp:122 minptime=10']) },
  { name: 'rtcp-fb-unlisted', aims: 'rtcp-fb-unlisted-payload-type', description: 'a=rtcp-fb:122 for a payload type not on the m= line', edit: append(1, ['a=rtcp-fb:122 nack']) },
  { name: 'rtcp-fb-wildcard', aims: 'benign', description: 'a=rtcp-fb:* nack in the video section', edit: append(1, ['a=rtcp-fb:* nack']) },
  { name: 'pt-listed-twice', aims: 'payload-type-duplicate', description: "the audio m= line lists its first payload type twice", edit: onM(0, (f) => [...f, f[3] ?? '0']) },
  { name: 'rtpmap-twice-same', aims: 'payload-type-duplicate', description: "the first audio a=rtpmap line repeated", edit: (t) => sub(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} .*$`), (l) => `${l}\r\n${l}`)(t) },
  { name: 'rtpmap-conflict', aims: 'rtpmap-conflict', description: 'a second a=rtpmap for the first audio payload type, naming another codec', edit: (t) => sub(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} .*$`), (l) => `${l}\r\na=rtpmap:${firstPt(t, 0)} G722/8000`)(t) },
  { name: 'rtx-apt-unknown', aims: 'rtx-apt-unknown', description: 'an rtx apt naming payload type 55, not on the m= line', edit: sub(1, /apt=\d+/, 'apt=55') },
  { name: 'rtx-apt-removed', aims: 'rtx-apt-unknown', description: 'an rtx payload type whose a=fmtp has no apt', edit: sub(1, /^a=fmtp:(\d+) apt=\d+$/, 'a=fmtp:$1 rtx-time=3000') },
  { name: 'pt-128', aims: 'payload-type-invalid', description: 'the first audio payload type renumbered 128', edit: (t) => renumberPayloadType(0, firstPt(t, 0), '128')(t) },
  { name: 'pt-200', aims: 'payload-type-invalid', description: 'the first audio payload type renumbered 200', edit: (t) => renumberPayloadType(0, firstPt(t, 0), '200')(t) },
  { name: 'pt-text', aims: 'payload-type-invalid', description: 'the first audio payload type renumbered `abc`', edit: (t) => renumberPayloadType(0, firstPt(t, 0), 'abc')(t) },
  { name: 'pt-35', aims: 'benign', description: 'the first audio payload type renumbered 35 (unassigned static range)', edit: (t) => renumberPayloadType(0, firstPt(t, 0), '35')(t) },
  { name: 'pt-64', aims: 'payload-type-rtcp-conflict', description: 'the first audio payload type renumbered 64 (RTCP range under rtcp-mux)', edit: (t) => renumberPayloadType(0, firstPt(t, 0), '64')(t) },
  { name: 'pt-72', aims: 'payload-type-rtcp-conflict', description: 'the first audio payload type renumbered 72 (an RTCP packet type)', edit: (t) => renumberPayloadType(0, firstPt(t, 0), '72')(t) },
  { name: 'pt-95', aims: 'payload-type-rtcp-conflict', description: 'the first audio payload type renumbered 95', edit: (t) => renumberPayloadType(0, firstPt(t, 0), '95')(t) },
  { name: 'pt-video-77', aims: 'payload-type-rtcp-conflict', description: 'the first video payload type renumbered 77', edit: (t) => renumberPayloadType(1, firstPt(t, 1), '77')(t) },
  { name: 'pt-static-1', aims: 'firefox-forbidden-payload-type', description: 'payload type 1 (reserved) added to the audio m= line', edit: onM(0, (f) => [...f, '1']) },
  { name: 'pt-static-19', aims: 'firefox-forbidden-payload-type', description: 'payload type 19 (reserved) added to the audio m= line', edit: onM(0, (f) => [...f, '19']) },
  { name: 'pt-static-3-gsm', aims: 'benign', description: 'static payload type 3 (GSM) added to the audio m= line, no rtpmap', edit: onM(0, (f) => [...f, '3']) },
  { name: 'rtpmap-clock-0', aims: 'rtpmap-clock-rate-invalid', description: 'the first audio a=rtpmap with clock rate 0', edit: (t) => sub(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} ([^/]+)/\\d+`), `a=rtpmap:${firstPt(t, 0)} $1/0`)(t) },
  { name: 'rtpmap-clock-text', aims: 'rtpmap-clock-rate-invalid', description: 'the first audio a=rtpmap with clock rate `fast`', edit: (t) => sub(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} ([^/]+)/\\d+`), `a=rtpmap:${firstPt(t, 0)} $1/fast`)(t) },
  { name: 'rtpmap-no-clock', aims: 'rtpmap-malformed', description: 'the first audio a=rtpmap without a clock rate', edit: (t) => sub(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} .*$`), `a=rtpmap:${firstPt(t, 0)} opus`)(t) },
  { name: 'rtpmap-channels-0', aims: 'rtpmap-channels-invalid', description: 'opus with 0 channels', edit: sub(0, /^a=rtpmap:(\d+) opus\/48000\/2$/, 'a=rtpmap:$1 opus/48000/0') },
  { name: 'no-payload-types', aims: 'm-line-no-formats', description: 'the audio m= line lists no payload type', edit: onM(0, (f) => f.slice(0, 3)) },
  { name: 'fmtp-garbage', aims: 'benign', description: "the first audio a=fmtp's parameters replaced by `;;==;`", edit: sub(0, /^a=fmtp:(\d+) .*$/, 'a=fmtp:$1 ;;==;') },
  // header extensions
  { name: 'extmap-id-0', aims: 'extmap-id-invalid', description: 'an a=extmap with id 0', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:0 ') },
  { name: 'extmap-id-15', aims: 'extmap-id-range', description: 'an a=extmap with id 15 (reserved in the one-byte form)', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:15 ') },
  { name: 'extmap-id-16', aims: 'extmap-id-range', description: 'an a=extmap with id 16 (two-byte form)', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:16 ') },
  { name: 'extmap-id-255', aims: 'extmap-id-range', description: 'an a=extmap with id 255', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:255 ') },
  { name: 'extmap-id-256', aims: 'extmap-id-invalid', description: 'an a=extmap with id 256', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:256 ') },
  { name: 'extmap-id-4096', aims: 'extmap-id-range', description: 'an a=extmap with id 4096 (offer-only range)', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:4096 ') },
  { name: 'extmap-id-text', aims: 'extmap-id-invalid', description: 'an a=extmap with id `x`', edit: sub(0, /^a=extmap:\d+ /, 'a=extmap:x ') },
  { name: 'extmap-id-duplicate', aims: 'extmap-id-duplicate', description: 'the first audio a=extmap id reused for another URI in the same section', edit: (t) => append(0, [`a=extmap:${valueOf(t, 0, /^a=extmap:(\d+) /) ?? '1'} urn:ietf:params:rtp-hdrext:toffset`])(t) },
  { name: 'extmap-line-twice', aims: 'extmap-id-duplicate', description: 'the first audio a=extmap line repeated', edit: sub(0, /^a=extmap:.*$/, (l) => `${l}\r\n${l}`) },
  { name: 'extmap-uri-twice', aims: 'extmap-uri-duplicate', description: 'the first audio a=extmap URI also under id 14', edit: (t) => append(0, [`a=extmap:14 ${valueOf(t, 0, /^a=extmap:\d+ (\S+)/) ?? ''}`])(t) },
  { name: 'extmap-direction-sendonly', aims: 'benign', description: 'an a=extmap with a /sendonly direction', edit: sub(0, /^a=extmap:(\d+) /, 'a=extmap:$1/sendonly ') },
  { name: 'extmap-direction-foo', aims: 'extmap-direction-invalid', description: 'an a=extmap with a /foo direction', edit: sub(0, /^a=extmap:(\d+) /, 'a=extmap:$1/foo ') },
  { name: 'extmap-no-uri', aims: 'extmap-malformed', description: 'an a=extmap without URI', edit: sub(0, /^a=extmap:(\d+) .*$/, 'a=extmap:$1') },
  { name: 'extmap-session-level', aims: 'chrome-extmap-mixed-levels', description: 'an a=extmap at session level beside the sections', edit: insertAfter('session', /^t=/, ['a=extmap:12 urn:ietf:params:rtp-hdrext:toffset']) },
  {
    name: 'bundle-extmap-id-conflict',
    aims: 'bundle-extmap-id-conflict',
    description: "the video section's first a=extmap takes the id the audio section gives another URI",
    edit: (t) => {
      const id = valueOf(t, 0, /^a=extmap:(\d+) /) ?? '1';
      return sub(1, /^a=extmap:\d+ (?!urn:ietf:params:rtp-hdrext:ssrc-audio-level)/, `a=extmap:${id} `)(t);
    },
  },
  { name: 'bundle-extmap-uri-ids-differ', aims: 'bundle-extmap-uri-ids-differ', description: 'sdes:mid gets id 12 in the video section only', edit: sub(1, /^a=extmap:\d+ urn:ietf:params:rtp-hdrext:sdes:mid$/, 'a=extmap:12 urn:ietf:params:rtp-hdrext:sdes:mid') },
  { name: 'extmap-allow-mixed-removed-id-14', aims: 'benign', description: 'without a=extmap-allow-mixed (ids stay 1–14)', edit: remove('everywhere', /^a=extmap-allow-mixed$/), when: has(/^a=extmap-allow-mixed$/) },
  { name: 'extmap-allow-mixed-id-15', aims: 'firefox-extmap-id-above-14', description: 'a=extmap-allow-mixed and an a=extmap id 15', edit: chain(remove('everywhere', /^a=extmap-allow-mixed$/), insertAfter('session', /^t=/, ['a=extmap-allow-mixed']), sub(0, /^a=extmap:\d+ /, 'a=extmap:15 ')) },
  { name: 'mid-extension-removed', aims: 'bundle-mid-extension-missing', description: 'no sdes:mid header extension in any section', edit: remove('everywhere', /^a=extmap:\d+ urn:ietf:params:rtp-hdrext:sdes:mid$/) },
  // BUNDLE and mid
  { name: 'bundle-without-rtcp-mux-audio', aims: 'bundle-without-rtcp-mux', description: 'the audio section (bundled) without a=rtcp-mux', edit: remove(0, /^a=rtcp-mux$/) },
  { name: 'bundle-without-rtcp-mux-all', aims: 'bundle-without-rtcp-mux', description: 'no a=rtcp-mux anywhere', edit: remove('everywhere', /^a=rtcp-mux$/) },
  { name: 'rtcp-mux-only', aims: 'benign', description: 'a=rtcp-mux-only beside a=rtcp-mux in the audio section', edit: insertAfter(0, /^a=rtcp-mux$/, ['a=rtcp-mux-only']) },
  { name: 'rtcp-mux-only-without-mux', aims: 'rtcp-mux-only-without-rtcp-mux', description: 'a=rtcp-mux-only in place of a=rtcp-mux in the audio section', edit: sub(0, /^a=rtcp-mux$/, 'a=rtcp-mux-only') },
  { name: 'group-unknown-mid', aims: 'group-unknown-mid', description: 'the BUNDLE group names mid `x` that no section has', edit: sub('session', /^a=group:BUNDLE .*$/, (l) => `${l} x`) },
  { name: 'group-ls-unknown-mid', aims: 'group-unknown-mid', description: 'an a=group:LS naming mid `x`', edit: insertAfter('session', /^a=group:BUNDLE/, ['a=group:LS 0 x']) },
  { name: 'group-ls', aims: 'benign', description: 'an a=group:LS of audio and video', edit: (t) => insertAfter('session', /^a=group:BUNDLE/, [`a=group:LS ${midOf(t, 0)} ${midOf(t, 1)}`])(t) },
  { name: 'group-unknown-semantics', aims: 'benign', description: 'an a=group:FOO of audio and video', edit: (t) => insertAfter('session', /^a=group:BUNDLE/, [`a=group:FOO ${midOf(t, 0)} ${midOf(t, 1)}`])(t) },
  { name: 'group-bundle-empty', aims: 'group-empty', description: 'a=group:BUNDLE with no mid', edit: sub('session', /^a=group:BUNDLE .*$/, 'a=group:BUNDLE') },
  { name: 'group-bundle-twice', aims: 'bundle-mid-in-two-groups', description: 'the BUNDLE group line repeated', edit: sub('session', /^a=group:BUNDLE .*$/, (l) => `${l}\r\n${l}`) },
  { name: 'group-bundle-removed', aims: 'benign', description: 'no BUNDLE group', edit: remove('session', /^a=group:BUNDLE/) },
  { name: 'group-bundle-split', aims: 'benign', description: 'two BUNDLE groups: audio alone, the rest together', edit: (t) => sub('session', /^a=group:BUNDLE .*$/, (l) => { const mids = l.split(' ').slice(1); return `a=group:BUNDLE ${mids[0] ?? ''}\r\na=group:BUNDLE ${mids.slice(1).join(' ')}`; })(t) },
  { name: 'group-bundle-reordered', aims: 'benign', description: 'the BUNDLE group names the video mid first (another tag)', edit: (t) => sub('session', /^a=group:BUNDLE .*$/, (l) => { const m = l.split(' ').slice(1); return `a=group:BUNDLE ${[m[1], m[0], ...m.slice(2)].join(' ')}`; })(t) },
  { name: 'mid-duplicate', aims: 'mid-duplicate', description: "the video section takes the audio section's mid", edit: (t) => sub(1, /^a=mid:.*$/, `a=mid:${midOf(t, 0)}`)(t) },
  { name: 'mid-two-lines', aims: 'mid-multiple', description: 'the audio section has a second a=mid line', edit: insertAfter(0, /^a=mid:/, ['a=mid:second']) },
  { name: 'mid-17-chars', aims: 'mid-too-long', description: 'the audio mid renamed to 17 characters (and in the group)', edit: renameMid(0, 'abcdefghijklmnopq') },
  { name: 'mid-16-chars', aims: 'benign', description: 'the audio mid renamed to 16 characters (and in the group)', edit: renameMid(0, 'abcdefghijklmnop') },
  { name: 'mid-empty', aims: 'mid-empty', description: 'the audio section has an empty a=mid', edit: sub(0, /^a=mid:.*$/, 'a=mid:') },
  { name: 'mid-non-ascii', aims: 'mid-non-ascii', description: 'the audio mid renamed `é` (and in the group)', edit: renameMid(0, 'é') },
  { name: 'mid-with-space', aims: 'mid-malformed', description: 'the audio a=mid value `a b`', edit: sub(0, /^a=mid:.*$/, 'a=mid:a b') },
  { name: 'mid-text', aims: 'benign', description: 'the audio mid renamed `audio` (and in the group)', edit: renameMid(0, 'audio') },
  { name: 'mid-removed-all', aims: 'mid-missing', description: 'no a=mid in any section (the BUNDLE group removed too)', edit: chain(remove('media', /^a=mid:/), remove('session', /^a=group:/)) },
  { name: 'mid-removed-video', aims: 'mid-missing', description: 'the video section without a=mid (still named by the group)', edit: remove(1, /^a=mid:/) },
  { name: 'bundle-only-outside-bundle', aims: 'bundle-only-without-bundle', description: 'a=bundle-only on the video section, its mid taken out of the BUNDLE group, port 0', edit: (t) => chain(insertAfter(1, /^a=mid:/, ['a=bundle-only']), onM(1, (f) => [f[0] ?? '', '0', ...f.slice(2)]), sub('session', /^a=group:BUNDLE .*$/, (l) => l.split(' ').filter((m, i) => i === 0 || m !== midOf(t, 1)).join(' ')))(t) },
  { name: 'bundle-only-port-0', aims: 'benign', description: 'a=bundle-only and port 0 on the video section (still bundled)', edit: chain(insertAfter(1, /^a=mid:/, ['a=bundle-only']), onM(1, (f) => [f[0] ?? '', '0', ...f.slice(2)])) },
  { name: 'bundle-only-without-rtcp-mux', aims: 'bundle-without-rtcp-mux', description: 'a=bundle-only and port 0 on the video section, without a=rtcp-mux', edit: chain(insertAfter(1, /^a=mid:/, ['a=bundle-only']), onM(1, (f) => [f[0] ?? '', '0', ...f.slice(2)]), remove(1, /^a=rtcp-mux$/)) },
  { name: 'bundle-only-on-tag', aims: 'bundle-only-tag', description: 'a=bundle-only and port 0 on the BUNDLE tag (audio) section', edit: chain(insertAfter(0, /^a=mid:/, ['a=bundle-only']), onM(0, (f) => [f[0] ?? '', '0', ...f.slice(2)])) },
  // simulcast and rid
  { name: 'simulcast-without-rids', aims: 'simulcast-rid-undeclared', description: 'a=simulcast:send a;b;c with no a=rid lines', edit: chain(remove(1, /^a=rid:/), (t) => (has(/^a=simulcast:/)(t) ? t : insertAfter(1, /^a=mid:/, ['a=simulcast:send a;b;c'])(t))) },
  { name: 'simulcast-rid-undeclared', aims: 'simulcast-rid-undeclared', description: 'a=simulcast names rid d that no a=rid declares', edit: sub(1, /^a=simulcast:send (.*)$/, 'a=simulcast:send $1;d'), when: has(/^a=simulcast:/) },
  { name: 'simulcast-recv-direction', aims: 'simulcast-rid-undeclared', description: 'a=simulcast:recv where the rids are declared send', edit: sub(1, /^a=simulcast:send /, 'a=simulcast:recv '), when: has(/^a=simulcast:/) },
  { name: 'simulcast-paused', aims: 'benign', description: 'the second simulcast stream paused (~b)', edit: sub(1, /^a=simulcast:send a;b;c$/, 'a=simulcast:send a;~b;c'), when: has(/^a=simulcast:send a;b;c$/) },
  { name: 'simulcast-alternatives', aims: 'benign', description: 'a=simulcast with alternatives (a,b;c)', edit: sub(1, /^a=simulcast:send a;b;c$/, 'a=simulcast:send a,b;c'), when: has(/^a=simulcast:send a;b;c$/) },
  { name: 'simulcast-no-rid-extension', aims: 'simulcast-rid-extension-missing', description: 'simulcast without the rtp-stream-id header extensions', edit: remove(1, /^a=extmap:\d+ urn:ietf:params:rtp-hdrext:sdes:(repaired-)?rtp-stream-id$/), when: has(/^a=simulcast:/) },
  { name: 'simulcast-malformed', aims: 'simulcast-malformed', description: 'a=simulcast:send with an empty list', edit: sub(1, /^a=simulcast:send .*$/, 'a=simulcast:send '), when: has(/^a=simulcast:/) },
  { name: 'rid-pt-unlisted', aims: 'rid-payload-type-unlisted', description: 'a=rid with pt=55, not on the m= line', edit: sub(1, /^a=rid:(\S+) send$/, 'a=rid:$1 send pt=55'), when: has(/^a=rid:/) },
  { name: 'rid-pt-listed', aims: 'benign', description: 'a=rid with pt= of the first video payload type', edit: (t) => sub(1, /^a=rid:(\S+) send$/, `a=rid:$1 send pt=${firstPt(t, 1)}`)(t), when: has(/^a=rid:/) },
  { name: 'rid-duplicate', aims: 'rid-duplicate', description: 'the first a=rid line repeated', edit: sub(1, /^a=rid:.*$/, (l) => `${l}\r\n${l}`), when: has(/^a=rid:/) },
  { name: 'rid-bad-direction', aims: 'rid-malformed', description: 'a=rid with direction `both`', edit: sub(1, /^a=rid:(\S+) send$/, 'a=rid:$1 both'), when: has(/^a=rid:/) },
  { name: 'rid-too-long', aims: 'rid-malformed', description: 'a rid id of 17 characters (on a=rid and a=simulcast)', edit: chain(sub(1, /^a=rid:a send$/, 'a=rid:abcdefghijklmnopq send'), sub(1, /^a=simulcast:send a;/, 'a=simulcast:send abcdefghijklmnopq;')), when: has(/^a=rid:a send$/) },
  { name: 'rid-without-simulcast', aims: 'benign', description: 'a=rid lines without a=simulcast', edit: remove(1, /^a=simulcast:/), when: has(/^a=simulcast:/) },
  { name: 'rid-max-width', aims: 'benign', description: 'a=rid with max-width and max-height restrictions', edit: sub(1, /^a=rid:(\S+) send$/, 'a=rid:$1 send max-width=640;max-height=360'), when: has(/^a=rid:/) },
  // msid and ssrc
  { name: 'msid-three-tokens', aims: 'msid-malformed', description: 'a=msid with three tokens', edit: sub(0, /^a=msid:(.*)$/, 'a=msid:$1 extra'), when: has(/^a=msid:/) },
  { name: 'msid-empty', aims: 'msid-malformed', description: 'a=msid with no id', edit: sub(0, /^a=msid:.*$/, 'a=msid:'), when: has(/^a=msid:/) },
  { name: 'msid-stream-only', aims: 'benign', description: 'a=msid with the stream id only', edit: sub(0, /^a=msid:(\S+) \S+$/, 'a=msid:$1'), when: has(/^a=msid:\S+ \S+$/) },
  { name: 'msid-dash', aims: 'benign', description: 'a=msid:- with a track id (no stream)', edit: sub(0, /^a=msid:\S+ (\S+)$/, 'a=msid:- $1'), when: has(/^a=msid:\S+ \S+$/) },
  { name: 'msid-65-chars', aims: 'msid-malformed', description: 'a=msid whose stream id has 65 characters', edit: sub(0, /^a=msid:\S+/, `a=msid:${'s'.repeat(65)}`), when: has(/^a=msid:/) },
  { name: 'msid-two-in-audio', aims: 'chrome-plan-b', description: 'a second a=msid (another track) in the audio section', edit: insertAfter(0, /^a=msid:/, ['a=msid:stream2 track2']), when: has(/^a=msid:/) },
  { name: 'msid-semantic-removed', aims: 'benign', description: 'no a=msid-semantic', edit: remove('session', /^a=msid-semantic:/) },
  { name: 'ssrc-second-track', aims: 'chrome-plan-b', description: 'a second SSRC with another track in the audio section', edit: append(0, ['a=ssrc:1234567890 cname:plnb', 'a=ssrc:1234567890 msid:stream2 track2']) },
  { name: 'ssrc-group-fid-1', aims: 'chrome-ssrc-group-size', description: 'an ssrc-group FID with one SSRC', edit: (t) => sub(1, /^a=ssrc-group:FID (\S+) \S+$/, 'a=ssrc-group:FID $1')(t), when: has(/^a=ssrc-group:FID/) },
  { name: 'ssrc-group-fid-3', aims: 'chrome-ssrc-group-size', description: 'an ssrc-group FID with three SSRCs', edit: sub(1, /^a=ssrc-group:FID (.*)$/, 'a=ssrc-group:FID $1 3333333333'), when: has(/^a=ssrc-group:FID/) },
  { name: 'ssrc-group-fid-unknown', aims: 'ssrc-group-unknown-ssrc', description: 'an ssrc-group FID naming an SSRC no a=ssrc describes', edit: sub(1, /^a=ssrc-group:FID (\S+) \S+$/, 'a=ssrc-group:FID $1 3333333333'), when: has(/^a=ssrc-group:FID/) },
  { name: 'ssrc-group-sim-1', aims: 'ssrc-group-sim-size', description: 'an ssrc-group SIM with one SSRC', edit: (t) => append(1, [`a=ssrc-group:SIM ${valueOf(t, 1, /^a=ssrc:(\d+) /) ?? '1'}`])(t), when: has(/^a=ssrc:/) },
  { name: 'ssrc-group-sim-4', aims: 'chrome-ssrc-group-size', description: 'an ssrc-group SIM with four SSRCs', edit: append(1, ['a=ssrc-group:SIM 11 22 33 44', ...['11', '22', '33', '44'].map((s) => `a=ssrc:${s} cname:sim4`)]) },
  { name: 'ssrc-group-sim-3', aims: 'benign', description: 'an ssrc-group SIM of three SSRCs (legacy simulcast)', edit: append(1, ['a=ssrc-group:SIM 11 22 33', ...['11', '22', '33'].map((s) => `a=ssrc:${s} cname:sim3`)]), when: lacks(/^a=simulcast:/) },
  { name: 'ssrc-group-fec-fr', aims: 'benign', description: 'an ssrc-group FEC-FR of two SSRCs', edit: append(1, ['a=ssrc-group:FEC-FR 11 22', 'a=ssrc:11 cname:fec', 'a=ssrc:22 cname:fec']) },
  { name: 'ssrc-zero', aims: 'benign', description: 'an a=ssrc with SSRC 0', edit: append(0, ['a=ssrc:0 cname:zero']) },
  { name: 'ssrc-too-big', aims: 'ssrc-invalid', description: 'an a=ssrc with SSRC 2^32', edit: append(0, ['a=ssrc:4294967296 cname:big']) },
  { name: 'ssrc-text', aims: 'ssrc-invalid', description: 'an a=ssrc with SSRC `abc`', edit: append(0, ['a=ssrc:abc cname:text']) },
  { name: 'ssrc-no-attribute', aims: 'ssrc-malformed', description: 'an a=ssrc with no attribute after the SSRC', edit: append(0, ['a=ssrc:1234567890']) },
  // addresses and ports
  { name: 'c-ip4-999', aims: 'connection-address-invalid', description: 'c=IN IP4 999.1.1.1 (not an address)', edit: sub(0, /^c=.*$/, 'c=IN IP4 999.1.1.1') },
  { name: 'c-ip4-foo', aims: 'connection-address-invalid', description: 'c=IN IP4 foo (not an address)', edit: sub(0, /^c=.*$/, 'c=IN IP4 foo') },
  { name: 'c-ip6-with-ipv4', aims: 'connection-address-invalid', description: 'c=IN IP6 127.0.0.1 (an IPv4 address as IP6)', edit: sub(0, /^c=.*$/, 'c=IN IP6 127.0.0.1') },
  { name: 'c-ip4-with-ipv6', aims: 'connection-address-invalid', description: 'c=IN IP4 ::1 (an IPv6 address as IP4)', edit: sub(0, /^c=.*$/, 'c=IN IP4 ::1') },
  { name: 'c-ip6-loopback', aims: 'benign', description: 'c=IN IP6 ::1', edit: sub(0, /^c=.*$/, 'c=IN IP6 ::1') },
  { name: 'c-ip6-unspecified', aims: 'benign', description: 'c=IN IP6 ::', edit: sub(0, /^c=.*$/, 'c=IN IP6 ::') },
  { name: 'c-nettype-foo', aims: 'connection-nettype-invalid', description: 'c=FOO IP4 0.0.0.0', edit: sub(0, /^c=.*$/, 'c=FOO IP4 0.0.0.0') },
  { name: 'c-addrtype-ip5', aims: 'connection-addrtype-invalid', description: 'c=IN IP5 0.0.0.0', edit: sub(0, /^c=.*$/, 'c=IN IP5 0.0.0.0') },
  { name: 'c-multicast-ttl', aims: 'benign', description: 'c=IN IP4 0.0.0.0/127 (a TTL)', edit: sub(0, /^c=.*$/, 'c=IN IP4 0.0.0.0/127') },
  { name: 'c-removed', aims: 'connection-missing', description: "the audio section's c= removed (none at session level)", edit: remove(0, /^c=/), when: (t) => !inSession(/^c=/)(t) },
  { name: 'c-removed-all', aims: 'connection-missing', description: 'every c= line removed', edit: remove('everywhere', /^c=/) },
  { name: 'c-session-level', aims: 'benign', description: 'c= at session level only', edit: chain(remove('media', /^c=/), insertAfter('session', /^s=/, ['c=IN IP4 0.0.0.0'])) },
  { name: 'c-twice', aims: 'connection-duplicate', description: 'two c= lines in the audio section', edit: sub(0, /^c=.*$/, (l) => `${l}\r\n${l}`) },
  { name: 'rtcp-address-foo', aims: 'rtcp-attribute-invalid', description: 'a=rtcp:9 IN IP4 foo', edit: insertAfter(0, /^c=/, ['a=rtcp:9 IN IP4 foo']) },
  { name: 'rtcp-port-text', aims: 'rtcp-attribute-invalid', description: 'a=rtcp:x', edit: insertAfter(0, /^c=/, ['a=rtcp:x']) },
  { name: 'm-port-text', aims: 'media-port-invalid', description: 'm=audio with port `x`', edit: onM(0, (f) => [f[0] ?? '', 'x', ...f.slice(2)]) },
  { name: 'm-port-70000', aims: 'media-port-invalid', description: 'm=audio with port 70000', edit: onM(0, (f) => [f[0] ?? '', '70000', ...f.slice(2)]) },
  { name: 'm-port-count', aims: 'benign', description: 'm=audio with a port count (9/2)', edit: onM(0, (f) => [f[0] ?? '', `${f[1] ?? '9'}/2`, ...f.slice(2)]) },
  { name: 'm-kind-foo', aims: 'media-kind-unknown', description: 'the audio section as m=foo', edit: sub(0, /^m=audio /, 'm=foo ') },
  { name: 'm-kind-text', aims: 'media-kind-unknown', description: 'the audio section as m=text (RFC 4103 real-time text)', edit: sub(0, /^m=audio /, 'm=text ') },
  { name: 'm-kind-message', aims: 'media-kind-unknown', description: 'the data section as m=message', edit: sub(2, /^m=application /, 'm=message ') },
  { name: 'm-too-few-fields', aims: 'media-line-malformed', description: 'm=audio with only kind and port', edit: onM(0, (f) => f.slice(0, 2)) },
  // directions
  { name: 'direction-two', aims: 'direction-duplicate', description: 'two direction attributes in the audio section (sendrecv and recvonly)', edit: (t) => (has(DIRECTION)(sectionText(t, 0)) ? sub(0, DIRECTION, (l) => `${l}\r\na=recvonly`)(t) : insertAfter(0, /^a=mid:/, ['a=sendrecv', 'a=recvonly'])(t)) },
  { name: 'direction-session-inactive', aims: 'benign', description: 'a=inactive at session level (sections keep theirs)', edit: insertAfter('session', /^t=/, ['a=inactive']) },
];

/** Syntax and line-order defects of the text as a whole. */
export const syntaxEdits: readonly NamedEdit[] = [
  { name: 'blank-line', aims: 'chrome-rejects-line', description: 'a blank line after the session part', edit: insertAfter('session', /^t=/, ['']) },
  { name: 'blank-line-end', aims: 'chrome-rejects-line', description: 'a blank line at the end', edit: (t) => `${t}\r\n` },
  { name: 'leading-space', aims: 'chrome-rejects-line', description: 'a line indented by one space', edit: sub(0, /^a=mid:/, (l) => ` ${l}`) },
  { name: 'session-name-empty', aims: 'chrome-rejects-line', description: 's= with no text (RFC 8866 wants `s= ` or `s=-`)', edit: sub('session', /^s=.*$/, 's=') },
  { name: 'session-name-space', aims: 'benign', description: 's= with one space', edit: sub('session', /^s=.*$/, 's= ') },
  { name: 'no-final-line-break', aims: 'chrome-rejects-line', description: 'the last line without line break', edit: (t) => t.replace(/\r?\n$/, '') },
  { name: 'lf-only', aims: 'benign', description: 'LF line endings instead of CRLF', edit: (t) => t.replace(/\r\n/g, '\n') },
  { name: 'cr-only', aims: 'line-ending-cr', description: 'CR line endings instead of CRLF', edit: (t) => t.replace(/\r?\n/g, '\r') },
  { name: 'mixed-line-endings', aims: 'benign', description: 'CRLF and LF mixed (every other line LF)', edit: (t) => t.split('\r\n').map((l, i) => (i % 2 === 0 ? `${l}\n` : `${l}\r\n`)).join('').replace(/(\r?\n){2}$/, '\r\n') },
  { name: 'version-1', aims: 'version-invalid', description: 'v=1', edit: sub('session', /^v=0$/, 'v=1') },
  { name: 'version-missing', aims: 'version-missing', description: 'no v= line', edit: remove('session', /^v=/) },
  { name: 'origin-5-fields', aims: 'origin-malformed', description: 'o= with 5 fields (no address)', edit: sub('session', /^o=(.*) \S+$/, 'o=$1') },
  { name: 'origin-missing', aims: 'origin-missing', description: 'no o= line', edit: remove('session', /^o=/) },
  { name: 'origin-twice', aims: 'origin-duplicate', description: 'the o= line repeated', edit: sub('session', /^o=.*$/, (l) => `${l}\r\n${l}`) },
  { name: 'origin-session-id-text', aims: 'origin-malformed', description: 'o= with session id `abc`', edit: sub('session', /^o=(\S+) \S+ /, 'o=$1 abc ') },
  { name: 'origin-username-space', aims: 'origin-malformed', description: 'o= whose user name has a space (7 fields)', edit: sub('session', /^o=\S+ /, 'o=web rtc ') },
  { name: 'timing-missing', aims: 'timing-missing', description: 'no t= line', edit: remove('session', /^t=/) },
  { name: 'timing-twice', aims: 'benign', description: 'two t= lines', edit: sub('session', /^t=.*$/, (l) => `${l}\r\n${l}`) },
  { name: 'timing-text', aims: 'timing-malformed', description: 't=now later', edit: sub('session', /^t=.*$/, 't=now later') },
  { name: 'session-name-missing', aims: 'session-name-missing', description: 'no s= line', edit: remove('session', /^s=/) },
  { name: 'm-before-v', aims: 'line-order', description: 'the first m= section moved before v=', edit: (t) => mapLines(t, (lines) => { const s = lines.findIndex((l) => l.startsWith('m=')); const e = lines.findIndex((l, i) => i > s && l.startsWith('m=')); return [...lines.slice(s, e), ...lines.slice(0, s), ...lines.slice(e)]; }) },
  { name: 'session-attribute-after-m', aims: 'attribute-level', description: 'the BUNDLE group moved into the last section (now a media-level attribute)', edit: (t) => { const g = valueOf(t, 'session', /^(a=group:BUNDLE .*)$/) ?? ''; return chain(remove('session', /^a=group:BUNDLE/), append(2, [g]))(t); } },
  { name: 'attribute-name-upper-case', aims: 'attribute-name-case', description: 'A=MID in upper case after the type letter (a=MID:…)', edit: sub(0, /^a=mid:/, 'a=MID:') },
  { name: 'rtpmap-name-upper-case', aims: 'attribute-name-case', description: 'a=RTPMAP for every audio rtpmap', edit: sub(0, /^a=rtpmap:/, 'a=RTPMAP:', true) },
  { name: 'attribute-empty', aims: 'attribute-empty', description: 'an `a=` line with nothing after it', edit: insertAfter(0, /^a=mid:/, ['a=']) },
  { name: 'line-without-equals', aims: 'line-malformed', description: 'a line `amid` without `=`', edit: insertAfter(0, /^a=mid:/, ['amid']) },
  { name: 'type-letter-upper-case', aims: 'line-type-case', description: 'A=sendrecv (type letter in upper case) added', edit: insertAfter(0, /^a=mid:/, ['A=x-upper']) },
  { name: 'type-letter-upper-case-m', aims: 'line-type-case', description: 'M= for the video section', edit: sub(1, /^m=/, 'M=') },
  { name: 'unknown-type-y', aims: 'line-type-unknown', description: 'an unknown line type `y=foo`', edit: insertAfter(0, /^a=mid:/, ['y=foo']) },
  { name: 'unknown-type-session', aims: 'line-type-unknown', description: 'an unknown line type `x=1` at session level', edit: insertAfter('session', /^t=/, ['x=1']) },
  { name: 'space-before-equals', aims: 'line-malformed', description: 'a line `a =sendrecv` with a space before `=`', edit: insertAfter(0, /^a=mid:/, ['a =x-space']) },
  { name: 'tab-for-space-m', aims: 'whitespace-tab', description: 'tabs in place of spaces on the audio m= line', edit: sub(0, /^m=.*$/, (l) => l.replace(/ /g, '\t')) },
  { name: 'tab-for-space-rtpmap', aims: 'whitespace-tab', description: 'a tab in place of the space in the first audio a=rtpmap', edit: sub(0, /^a=rtpmap:(\d+) /, 'a=rtpmap:$1\t') },
  { name: 'double-space-m', aims: 'whitespace-double', description: 'two spaces between the fields of the audio m= line', edit: sub(0, /^m=.*$/, (l) => l.replace(/ /g, '  ')) },
  { name: 'trailing-space', aims: 'whitespace-trailing', description: 'a trailing space after the audio a=mid', edit: sub(0, /^a=mid:.*$/, (l) => `${l} `) },
  { name: 'trailing-space-fingerprint', aims: 'whitespace-trailing', description: 'a trailing space after every a=fingerprint', edit: sub('everywhere', /^a=fingerprint:.*$/, (l) => `${l} `, true) },
  { name: 'trailing-space-setup', aims: 'whitespace-trailing', description: 'a trailing space after every a=setup', edit: sub('everywhere', /^a=setup:.*$/, (l) => `${l} `, true) },
  { name: 'bandwidth-as-text', aims: 'bandwidth-malformed', description: 'b=AS:fast in the video section', edit: insertAfter(1, /^c=/, ['b=AS:fast']) },
  { name: 'bandwidth-no-colon', aims: 'bandwidth-malformed', description: 'b=AS500 in the video section', edit: insertAfter(1, /^c=/, ['b=AS500']) },
  { name: 'bandwidth-unknown-type', aims: 'benign', description: 'b=X-FOO:10 in the video section', edit: insertAfter(1, /^c=/, ['b=X-FOO:10']) },
  { name: 'bandwidth-before-c', aims: 'line-order', description: 'b=AS before c= in the video section', edit: sub(1, /^c=.*$/, (l) => `b=AS:500\r\n${l}`) },
  { name: 'key-line', aims: 'benign', description: 'a k=prompt line in the audio section', edit: insertAfter(0, /^c=/, ['k=prompt']) },
  { name: 'info-line', aims: 'benign', description: 'i= lines at session and media level', edit: chain(insertAfter('session', /^s=/, ['i=a session']), sub(0, /^m=.*$/, (l) => `${l}\r\ni=an audio section`)) },
  { name: 'uri-line', aims: 'benign', description: 'a u= line', edit: insertAfter('session', /^s=/, ['u=http://127.0.0.1/']) },
  { name: 'email-phone-lines', aims: 'benign', description: 'e= and p= lines', edit: insertAfter('session', /^s=/, ['e=user@example.invalid', 'p=+1 555 0100']) },
  { name: 'zone-line', aims: 'benign', description: 'a z= line after t=', edit: insertAfter('session', /^t=/, ['z=2882844526 -1h 2898848070 0']) },
  { name: 'repeat-line', aims: 'benign', description: 'an r= line after t=', edit: insertAfter('session', /^t=/, ['r=604800 3600 0 90000']) },
  { name: 'very-long-line', aims: 'benign', description: 'an unknown attribute 100 000 characters long', edit: insertAfter(0, /^a=mid:/, [`a=x-long:${'x'.repeat(100_000)}`]) },
  { name: 'nul-in-session-name', aims: 'invisible-characters', description: 'a NUL byte inside s=', edit: sub('session', /^s=.*$/, 's=a\u0000b') },
  { name: 'non-ascii-session-name', aims: 'benign', description: 's= with non-ASCII text (UTF-8)', edit: sub('session', /^s=.*$/, 's=Café ☕') },
  { name: 'non-ascii-mid', aims: 'mid-non-ascii', description: 'a=mid with a non-ASCII character (the group too)', edit: renameMid(0, 'ü') },
  { name: 'bom', aims: 'invisible-characters', description: 'a UTF-8 byte order mark before v=', edit: (t) => `\ufeff${t}` },
  { name: 'control-char-in-mid', aims: 'invisible-characters', description: 'a vertical tab inside the audio a=mid value', edit: sub(0, /^a=mid:(.*)$/, 'a=mid:$1\u000b') },
];

/** Harmless edits: every engine should take the result, and lint should say nothing at error level. */
export const benignEdits: readonly NamedEdit[] = [
  { name: 'attributes-reversed-audio', aims: 'benign', description: "the audio section's attribute lines in reverse order", edit: (t) => mapLines(t, (lines) => { const s = lines.findIndex((l) => l.startsWith('m=')); const e = lines.findIndex((l, i) => i > s && l.startsWith('m=')); const attrs = lines.slice(s + 1, e).filter((l) => l.startsWith('a=')); const rest = lines.slice(s + 1, e).filter((l) => !l.startsWith('a=')); return [...lines.slice(0, s + 1), ...rest, ...attrs.reverse(), ...lines.slice(e)]; }) },
  { name: 'attributes-sorted-video', aims: 'benign', description: "the video section's attribute lines sorted", edit: (t) => mapLines(t, (lines) => { const ms = lines.flatMap((l, i) => (l.startsWith('m=') ? [i] : [])); const s = ms[1] ?? 0; const e = ms[2] ?? lines.length; const attrs = lines.slice(s + 1, e).filter((l) => l.startsWith('a=')); const rest = lines.slice(s + 1, e).filter((l) => !l.startsWith('a=')); return [...lines.slice(0, s + 1), ...rest, ...[...attrs].sort(), ...lines.slice(e)]; }) },
  { name: 'session-attributes-reversed', aims: 'benign', description: 'the session-level attribute lines in reverse order', edit: (t) => mapLines(t, (lines) => { const s = lines.findIndex((l) => l.startsWith('a=')); const e = lines.findIndex((l) => l.startsWith('m=')); return [...lines.slice(0, s), ...lines.slice(s, e).reverse(), ...lines.slice(e)]; }) },
  { name: 'msid-semantic-removed', aims: 'benign', description: 'a=msid-semantic removed', edit: remove('session', /^a=msid-semantic/) },
  { name: 'extmap-allow-mixed-removed', aims: 'benign', description: 'a=extmap-allow-mixed removed', edit: remove('everywhere', /^a=extmap-allow-mixed$/), when: has(/^a=extmap-allow-mixed$/) },
  { name: 'extmap-allow-mixed-added', aims: 'benign', description: 'a=extmap-allow-mixed added at session level', edit: insertAfter('session', /^t=/, ['a=extmap-allow-mixed']), when: lacks(/^a=extmap-allow-mixed$/) },
  { name: 'ssrc-lines-removed', aims: 'benign', description: 'every a=ssrc and a=ssrc-group line removed', edit: remove('everywhere', /^a=ssrc(-group)?:/) },
  { name: 'rtcp-fb-removed', aims: 'benign', description: 'every a=rtcp-fb line removed', edit: remove('everywhere', /^a=rtcp-fb:/) },
  { name: 'fmtp-first-audio-removed', aims: 'benign', description: "the first audio codec's a=fmtp removed", edit: (t) => remove(0, new RegExp(`^a=fmtp:${firstPt(t, 0)} `))(t) },
  { name: 'rtx-removed', aims: 'benign', description: 'every rtx payload type removed (m= line, rtpmap, fmtp)', edit: (t) => { const rtx = linesOf(t).flatMap((l) => /^a=rtpmap:(\d+) rtx\//.exec(l)?.[1] ?? []); return chain(onM(1, (f) => f.filter((p, i) => i < 3 || !rtx.includes(p))), remove(1, new RegExp(`^a=(rtpmap|fmtp|rtcp-fb):(${rtx.join('|')}) `)))(t); }, when: has(/^a=rtpmap:\d+ rtx\//) },
  { name: 'rtcp-rsize-removed', aims: 'benign', description: 'every a=rtcp-rsize removed', edit: remove('everywhere', /^a=rtcp-rsize$/), when: has(/^a=rtcp-rsize$/) },
  { name: 'ice-options-removed', aims: 'benign', description: 'every a=ice-options removed', edit: remove('everywhere', /^a=ice-options:/) },
  { name: 'unknown-attribute-value', aims: 'benign', description: 'a=x-foo:bar in every section', edit: append('media', ['a=x-foo:bar']) },
  { name: 'unknown-attribute-flag', aims: 'benign', description: 'a=foo (an unknown flag) at session level', edit: insertAfter('session', /^t=/, ['a=foo']) },
  { name: 'unknown-attribute-odd-chars', aims: 'benign', description: 'a=x-odd:{}[]<>|\\ in the audio section', edit: append(0, ['a=x-odd:{}[]<>|\\']) },
  { name: 'ice-credentials-changed', aims: 'benign', description: 'other valid ICE credentials everywhere', edit: chain(setAll('ice-ufrag', 'Zq9w'), setAll('ice-pwd', 'Zq9wZq9wZq9wZq9wZq9wZq9w+/')) },
  { name: 'session-id-version-changed', aims: 'benign', description: 'another o= session id and version', edit: sub('session', /^o=(\S+) \S+ \S+ /, 'o=$1 1234567890123456789 7 ') },
  { name: 'origin-username-other', aims: 'benign', description: 'o= user name `alice`', edit: sub('session', /^o=\S+ /, 'o=alice ') },
  { name: 'codec-names-lower-case', aims: 'benign', description: 'every codec name in a=rtpmap in lower case', edit: sub('everywhere', /^a=rtpmap:\d+ [^/]+/, (l) => l.replace(/^(a=rtpmap:\d+ )([^/]+)/, (_, a: string, n: string) => a + n.toLowerCase()), true) },
  { name: 'codec-names-upper-case', aims: 'benign', description: 'every codec name in a=rtpmap in upper case', edit: sub('everywhere', /^a=rtpmap:\d+ [^/]+/, (l) => l.replace(/^(a=rtpmap:\d+ )([^/]+)/, (_, a: string, n: string) => a + n.toUpperCase()), true) },
  { name: 'fingerprint-sha-1', aims: 'dtls-fingerprint-weak-hash', description: 'every a=fingerprint a sha-1 one', edit: setAll('fingerprint', SHA1) },
  { name: 'fingerprint-sha-512', aims: 'benign', description: 'every a=fingerprint a sha-512 one', edit: setAll('fingerprint', SHA512) },
  { name: 'fingerprint-lower-case', aims: 'benign', description: 'every a=fingerprint in lower case (hash name and hex)', edit: sub('everywhere', /^a=fingerprint:.*$/, (l) => `a=fingerprint:${l.slice('a=fingerprint:'.length).toLowerCase()}`, true) },
  { name: 'fingerprint-hash-upper-case', aims: 'benign', description: 'the hash name in upper case (SHA-256)', edit: sub('everywhere', /^a=fingerprint:sha-256 /, 'a=fingerprint:SHA-256 ', true) },
  { name: 'rtcp-line-added', aims: 'benign', description: 'a=rtcp:9 IN IP4 0.0.0.0 in every RTP section that lacks one', edit: (t) => chain(sub(0, /^c=.*$/, (l) => (has(/^a=rtcp:/)(sectionText(t, 0)) ? l : `${l}\r\na=rtcp:9 IN IP4 0.0.0.0`)), sub(1, /^c=.*$/, (l) => (has(/^a=rtcp:/)(sectionText(t, 1)) ? l : `${l}\r\na=rtcp:9 IN IP4 0.0.0.0`)))(t), when: lacks(/^a=rtcp:/) },
  { name: 'rtcp-line-removed', aims: 'benign', description: 'every a=rtcp: line removed', edit: remove('everywhere', /^a=rtcp:/), when: has(/^a=rtcp:/) },
  { name: 'bandwidth-as', aims: 'benign', description: 'b=AS:2000 in the video section', edit: insertAfter(1, /^c=/, ['b=AS:2000']) },
  { name: 'bandwidth-tias', aims: 'benign', description: 'b=TIAS:2000000 in the video section', edit: insertAfter(1, /^c=/, ['b=TIAS:2000000']) },
  { name: 'bandwidth-session', aims: 'benign', description: 'b=AS:3000 at session level', edit: insertAfter('session', /^s=/, ['b=AS:3000']) },
  { name: 'bandwidth-ct-rr-rs', aims: 'benign', description: 'b=CT, b=RR and b=RS', edit: chain(insertAfter('session', /^s=/, ['b=CT:5000']), insertAfter(0, /^c=/, ['b=RR:0', 'b=RS:0'])) },
  { name: 'bandwidth-as-0', aims: 'benign', description: 'b=AS:0 in the audio section', edit: insertAfter(0, /^c=/, ['b=AS:0']) },
  { name: 'direction-sendonly', aims: 'benign', description: 'audio and video sendonly', edit: chain(sub(0, DIRECTION, 'a=sendonly'), sub(1, DIRECTION, 'a=sendonly')) },
  { name: 'direction-recvonly', aims: 'benign', description: 'audio and video recvonly', edit: chain(sub(0, DIRECTION, 'a=recvonly'), sub(1, DIRECTION, 'a=recvonly')) },
  { name: 'direction-inactive', aims: 'benign', description: 'audio and video inactive', edit: chain(sub(0, DIRECTION, 'a=inactive'), sub(1, DIRECTION, 'a=inactive')) },
  { name: 'direction-removed', aims: 'benign', description: 'no direction attribute (sendrecv by default)', edit: remove('everywhere', DIRECTION) },
  { name: 'reject-video', aims: 'benign', description: 'the video section rejected (port 0, out of the BUNDLE group)', edit: (t) => chain(onM(1, (f) => [f[0] ?? '', '0', ...f.slice(2)]), sub('session', /^a=group:BUNDLE .*$/, (l) => l.split(' ').filter((m, i) => i === 0 || m !== midOf(t, 1)).join(' ')))(t) },
  { name: 'reject-data', aims: 'benign', description: 'the data section rejected (port 0, out of the BUNDLE group)', edit: (t) => chain(onM(2, (f) => [f[0] ?? '', '0', ...f.slice(2)]), sub('session', /^a=group:BUNDLE .*$/, (l) => l.split(' ').filter((m, i) => i === 0 || m !== midOf(t, 2)).join(' ')))(t) },
  { name: 'reject-video-in-bundle', aims: 'bundle-rejected-in-group', description: 'the video section with port 0 but still in the BUNDLE group (no bundle-only)', edit: onM(1, (f) => [f[0] ?? '', '0', ...f.slice(2)]) },
  { name: 'end-of-candidates', aims: 'benign', description: 'a=end-of-candidates in every section', edit: append('media', ['a=end-of-candidates']) },
  { name: 'end-of-candidates-session', aims: 'benign', description: 'a=end-of-candidates at session level', edit: insertAfter('session', /^t=/, ['a=end-of-candidates']) },
  { name: 'mdns-host-candidate', aims: 'benign', description: 'an mDNS host candidate in the audio section', edit: withCandidate(`a=candidate:1001 1 udp 2122260223 ${MDNS} 50001 typ host generation 0 network-cost 999`) },
  { name: 'mdns-srflx-raddr', aims: 'benign', description: 'a srflx candidate with an mDNS raddr', edit: withCandidate(`a=candidate:1002 1 udp 1686052607 127.0.0.1 50002 typ srflx raddr ${MDNS} rport 50001 generation 0`) },
  { name: 'loopback-candidates', aims: 'benign', description: 'IPv4 and IPv6 loopback host candidates (UDP and TCP)', edit: insertAfter(0, /^a=mid:/, [HOST(1, '127.0.0.1'), 'a=candidate:1002 1 udp 2122262783 ::1 50002 typ host generation 0', 'a=candidate:1003 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active generation 0']) },
  { name: 'candidates-removed', aims: 'benign', description: 'every a=candidate removed', edit: remove('everywhere', /^a=candidate:/), when: has(/^a=candidate:/) },
  { name: 'candidate-unknown-extension', aims: 'benign', description: 'a candidate with an unknown extension pair', edit: withCandidate('a=candidate:1001 1 udp 2122260223 127.0.0.1 50001 typ host generation 0 x-foo bar') },
  { name: 'candidate-upper-case', aims: 'benign', description: 'a candidate with transport and type in upper case', edit: withCandidate('a=candidate:1001 1 UDP 2122260223 127.0.0.1 50001 typ HOST') },
  { name: 'crlf-to-lf', aims: 'benign', description: 'LF line endings', edit: (t) => t.replace(/\r\n/g, '\n') },
  { name: 'ptime', aims: 'benign', description: 'a=ptime:20 and a=maxptime:60 in the audio section', edit: append(0, ['a=ptime:20', 'a=maxptime:60']) },
  { name: 'framerate', aims: 'benign', description: 'a=framerate:30 in the video section', edit: append(1, ['a=framerate:30']) },
  { name: 'fmtp-extra-parameter', aims: 'benign', description: "an unknown parameter added to the first audio codec's a=fmtp", edit: sub(0, /^a=fmtp:(\d+) (.*)$/, 'a=fmtp:$1 $2;x-foo=1') },
  { name: 'codec-added', aims: 'benign', description: 'an extra audio codec (ISAC/16000 on pt 122)', edit: chain(onM(0, (f) => [...f, '122']), append(0, ['a=rtpmap:122 ISAC/16000'])) },
  { name: 'codec-unknown-added', aims: 'benign', description: 'an extra unknown video codec (X-FOO/90000 on pt 122)', edit: chain(onM(1, (f) => [...f, '122']), append(1, ['a=rtpmap:122 X-FOO/90000'])) },
  { name: 'codecs-reordered', aims: 'benign', description: 'the audio m= line payload types reversed', edit: onM(0, (f) => [...f.slice(0, 3), ...f.slice(3).reverse()]) },
  { name: 'audio-only', aims: 'benign', description: 'only the audio section (video and data removed, group updated)', edit: (t) => mapLines(t, (lines) => { const ms = lines.flatMap((l, i) => (l.startsWith('m=') ? [i] : [])); const mid = midOf(t, 0); return lines.slice(0, ms[1] ?? lines.length).map((l) => (l.startsWith('a=group:BUNDLE') ? `a=group:BUNDLE ${mid}` : l)); }) },
  { name: 'sections-swapped', aims: 'benign', description: 'the audio and video sections in swapped order', edit: (t) => mapLines(t, (lines) => { const ms = lines.flatMap((l, i) => (l.startsWith('m=') ? [i] : [])); const [a = 0, v = 0, d = lines.length] = ms; return [...lines.slice(0, a), ...lines.slice(v, d), ...lines.slice(a, v), ...lines.slice(d)]; }) },
  { name: 'second-audio', aims: 'benign', description: 'a second audio section (copy of the first, mid `x`, in the BUNDLE group)', edit: (t) => { const a = sectionText(t, 0).split('\n').map((l) => (l.startsWith('a=mid:') ? 'a=mid:x' : l)).filter((l) => !/^a=(ssrc|msid|candidate)/.test(l)); return chain(append(2, a), sub('session', /^a=group:BUNDLE .*$/, (l) => `${l} x`))(t); } },
  { name: 'session-level-fingerprint-added', aims: 'benign', description: 'the fingerprint also at session level', edit: (t) => insertAfter('session', /^t=/, [`a=fingerprint:${valueOf(t, 'everywhere', /^a=fingerprint:(.*)$/) ?? ''}`])(t), when: (t) => inMedia(/^a=fingerprint:/)(t) && !inSession(/^a=fingerprint:/)(t) },
  { name: 'setup-actpass-session', aims: 'benign', description: 'a=setup:actpass also at session level', edit: insertAfter('session', /^t=/, ['a=setup:actpass']) },
  { name: 'rtcp-fb-unknown', aims: 'benign', description: 'an unknown rtcp-fb (x-foo) for the first video codec', edit: (t) => append(1, [`a=rtcp-fb:${firstPt(t, 1)} x-foo`])(t) },
  { name: 'msid-removed', aims: 'benign', description: 'every a=msid removed', edit: remove('everywhere', /^a=msid:/), when: has(/^a=msid:/) },
  { name: 'label-attribute', aims: 'benign', description: 'a=label:1 in the audio section', edit: append(0, ['a=label:1']) },
  { name: 'content-main', aims: 'benign', description: 'a=content:main in the video section', edit: append(1, ['a=content:main']) },
];
