import { append, chain, insertAfter, linesOf, mapLines, remove, renumberPayloadType, sectionLines, sub, valueOf, type Edit } from './sdp-edits.js';

/*
 * Transforms of an engine's own answer (the template answer to the
 * template offer: audio 0, video 1, data channel 2), one defect or one
 * harmless change each. They read the template offer where the defect is
 * relative to it (its setup role, its extmap ids). Written against any
 * engine's layout: they find lines by pattern, not by position.
 */

export interface AnswerEdit {
  readonly name: string;
  readonly aims: string;
  readonly description: string;
  readonly edit: (answer: string, offer: string) => string;
}

const a = (e: Edit) => (answer: string): string => e(answer);
const midOf = (text: string, n: number): string => valueOf(text, n, /^a=mid:(.*)$/) ?? '';
const firstPt = (text: string, n: number): string => valueOf(text, n, /^m=\S+ \S+ \S+ (\d+)/) ?? '0';
const setPort = (n: number, port: string): Edit => sub(n, /^m=\S+ \S+ /, (l) => l.replace(/^(m=\S+) \S+ /, `$1 ${port} `));
const DIRECTION = /^a=(sendrecv|sendonly|recvonly|inactive)$/;
const dropFromBundle = (mid: string): Edit => sub('session', /^a=group:BUNDLE/, (l) => l.split(' ').filter((m, i) => i === 0 || m !== mid).join(' '));

/** An extmap id not used in the text (by any section), from 14 down. */
function freeExtmapId(text: string): string {
  const used = new Set(linesOf(text).flatMap((l) => /^a=extmap:(\d+)/.exec(l)?.[1] ?? []));
  for (let id = 14; id >= 1; id--) if (!used.has(String(id))) return String(id);
  return '200';
}

/** The answer direction that RFC 3264 §6.1 does not allow for an offered direction (undefined when all are allowed). */
function forbiddenAnswerDirection(offered: string | undefined): string | undefined {
  if (offered === 'sendonly') return 'sendonly';
  if (offered === 'recvonly') return 'recvonly';
  if (offered === 'inactive') return 'sendrecv';
  return undefined;
}

export const answerEdits: readonly AnswerEdit[] = [
  { name: 'as-is', aims: 'benign', description: "the engine's own answer, unchanged apart from addresses", edit: (t) => t },
  { name: 'lf-only', aims: 'benign', description: 'the answer with LF line endings', edit: (t) => t.replace(/\r\n/g, '\n') },
  { name: 'mid-changed', aims: 'answer-mid-mismatch', description: "the audio section's mid changed to `x` in a=mid and in the BUNDLE group", edit: (t) => chain(sub(0, /^a=mid:.*$/, 'a=mid:x'), sub('session', /^a=group:BUNDLE/, (l) => l.split(' ').map((m, i) => (i > 0 && m === midOf(t, 0) ? 'x' : m)).join(' ')))(t) },
  { name: 'mid-changed-not-group', aims: 'answer-mid-mismatch', description: "the audio section's a=mid changed to `x`, the group unchanged", edit: a(sub(0, /^a=mid:.*$/, 'a=mid:x')) },
  { name: 'mids-swapped', aims: 'answer-mid-mismatch', description: 'the audio and video mids swapped', edit: (t) => chain(sub(0, /^a=mid:.*$/, `a=mid:${midOf(t, 1)}`), sub(1, /^a=mid:.*$/, `a=mid:${midOf(t, 0)}`))(t) },
  { name: 'mids-removed', aims: 'answer-mid-mismatch', description: 'no a=mid lines and no BUNDLE group', edit: a(chain(remove('media', /^a=mid:/), remove('session', /^a=group:/))) },
  { name: 'section-dropped', aims: 'answer-media-count', description: 'the last (data) section dropped, and its mid from the group', edit: (t) => chain((x: string) => mapLines(x, (lines) => lines.slice(0, lines.length - sectionLines(x, 2).length)), dropFromBundle(midOf(t, 2)))(t) },
  { name: 'section-added', aims: 'answer-media-count', description: 'an extra section (a copy of the audio section with mid `x`)', edit: (t) => append(2, sectionLines(t, 0).map((l) => (l.startsWith('a=mid:') ? 'a=mid:x' : l)).filter((l) => !/^a=(ssrc|msid|candidate)/.test(l)))(t) },
  { name: 'sections-swapped', aims: 'answer-media-kind', description: 'the audio and video sections in swapped order', edit: (t) => mapLines(t, (lines) => { const ms = lines.flatMap((l, i) => (l.startsWith('m=') ? [i] : [])); const [x = 0, v = 0, d = lines.length] = ms; return [...lines.slice(0, x), ...lines.slice(v, d), ...lines.slice(x, v), ...lines.slice(d)]; }) },
  { name: 'kinds-swapped', aims: 'answer-media-kind', description: 'm=audio and m=video swapped on the first two m= lines (the rest unchanged)', edit: a(chain(sub(0, /^m=audio /, 'm=video '), sub(1, /^m=video /, 'm=audio '))) },
  { name: 'data-as-audio', aims: 'answer-media-kind', description: 'the data section answered as m=audio', edit: a(sub(2, /^m=application (\S+) \S+ .*$/, 'm=audio $1 UDP/TLS/RTP/SAVPF 0')) },
  { name: 'codec-not-offered-audio', aims: 'answer-codec-not-offered', description: "the answer's first audio codec renamed iLBC/8000", edit: (t) => sub(0, new RegExp(`^a=rtpmap:${firstPt(t, 0)} .*$`), `a=rtpmap:${firstPt(t, 0)} iLBC/8000`)(t) },
  { name: 'codec-not-offered-video', aims: 'answer-codec-not-offered', description: "the answer's first video codec renamed MP4V-ES/90000", edit: (t) => sub(1, new RegExp(`^a=rtpmap:${firstPt(t, 1)} .*$`), `a=rtpmap:${firstPt(t, 1)} MP4V-ES/90000`)(t) },
  { name: 'codec-added-not-offered', aims: 'answer-codec-not-offered', description: 'an audio codec the offer did not have added (X-FOO/8000 on pt 122)', edit: a(chain(sub(0, /^m=.*$/, (l) => `${l} 122`), append(0, ['a=rtpmap:122 X-FOO/8000']))) },
  { name: 'codecs-none-in-common', aims: 'answer-codec-not-offered', description: 'the audio section answered with one codec the offer did not have (X-FOO/8000 on pt 122) and no other', edit: a(chain(sub(0, /^m=.*$/, (l) => `${l.split(' ').slice(0, 3).join(' ')} 122`), remove(0, /^a=(rtpmap|fmtp|rtcp-fb):/), append(0, ['a=rtpmap:122 X-FOO/8000']))) },
  { name: 'payload-type-renumbered', aims: 'answer-payload-type-renumbered', description: "the first audio codec's payload type renumbered (122)", edit: (t) => renumberPayloadType(0, firstPt(t, 0), '122')(t) },
  { name: 'payload-type-rtcp-range', aims: 'payload-type-rtcp-conflict', description: "the first audio codec's payload type renumbered 72", edit: (t) => renumberPayloadType(0, firstPt(t, 0), '72')(t) },
  { name: 'codecs-reordered', aims: 'benign', description: 'the audio payload types in reverse order', edit: a(sub(0, /^m=.*$/, (l) => { const f = l.split(' '); return [...f.slice(0, 3), ...f.slice(3).reverse()].join(' '); })) },
  { name: 'codec-subset', aims: 'benign', description: 'only the first audio codec kept (m= line, and the other codecs\' rtpmap/fmtp/rtcp-fb lines removed)', edit: (t) => { const keep = firstPt(t, 0); return chain(sub(0, /^m=.*$/, (l) => l.split(' ').slice(0, 4).join(' ')), remove(0, new RegExp(`^a=(rtpmap|fmtp|rtcp-fb):(?!${keep} )\\d+ `)))(t); } },
  { name: 'codec-subset-stale-lines', aims: 'fmtp-unlisted-payload-type', description: 'only the first audio payload type kept on the m= line, the other codecs\' rtpmap/fmtp lines left behind', edit: a(sub(0, /^m=.*$/, (l) => l.split(' ').slice(0, 4).join(' '))) },
  { name: 'setup-actpass', aims: 'dtls-setup-answer-actpass', description: 'the answer with a=setup:actpass', edit: a(sub('everywhere', /^a=setup:.*$/, 'a=setup:actpass', true)) },
  { name: 'setup-passive', aims: 'benign', description: 'the answer with a=setup:passive', edit: a(sub('everywhere', /^a=setup:.*$/, 'a=setup:passive', true)) },
  { name: 'setup-holdconn', aims: 'dtls-setup-holdconn', description: 'the answer with a=setup:holdconn', edit: a(sub('everywhere', /^a=setup:.*$/, 'a=setup:holdconn', true)) },
  { name: 'setup-foo', aims: 'dtls-setup-invalid', description: 'the answer with a=setup:foo', edit: a(sub('everywhere', /^a=setup:.*$/, 'a=setup:foo', true)) },
  { name: 'setup-removed', aims: 'dtls-setup-missing', description: 'no a=setup in the answer', edit: a(remove('everywhere', /^a=setup:/)) },
  { name: 'setup-mixed', aims: 'dtls-setup-bundle-differ', description: 'a=setup:passive in the video section only', edit: a(sub(1, /^a=setup:.*$/, 'a=setup:passive')) },
  { name: 'direction-sendonly', aims: 'benign', description: 'audio and video answered sendonly', edit: a(chain(sub(0, DIRECTION, 'a=sendonly'), sub(1, DIRECTION, 'a=sendonly'))) },
  { name: 'direction-recvonly', aims: 'benign', description: 'audio and video answered recvonly', edit: a(chain(sub(0, DIRECTION, 'a=recvonly'), sub(1, DIRECTION, 'a=recvonly'))) },
  { name: 'direction-inactive', aims: 'benign', description: 'audio and video answered inactive', edit: a(chain(sub(0, DIRECTION, 'a=inactive'), sub(1, DIRECTION, 'a=inactive'))) },
  {
    name: 'direction-not-allowed',
    aims: 'answer-direction',
    description: 'the audio direction RFC 3264 §6.1 forbids for the offered one (sendonly for sendonly, recvonly for recvonly, sendrecv for inactive); for a sendrecv offer every direction is allowed, so a second direction line (sendonly) follows the answer\'s own',
    edit: (t, o) => {
      const bad = forbiddenAnswerDirection(valueOf(o, 0, /^a=(sendrecv|sendonly|recvonly|inactive)$/));
      return bad === undefined ? sub(0, DIRECTION, (l) => `${l}\r\na=sendonly`)(t) : sub(0, DIRECTION, `a=${bad}`)(t);
    },
  },
  { name: 'direction-removed', aims: 'benign', description: 'no direction attribute in the answer (sendrecv)', edit: a(remove('everywhere', DIRECTION)) },
  { name: 'bundle-unknown-mid', aims: 'answer-bundle-not-subset', description: 'the answer BUNDLE group names mid `x` the offer did not bundle', edit: a(sub('session', /^a=group:BUNDLE .*$/, (l) => `${l} x`)) },
  { name: 'bundle-removed', aims: 'benign', description: 'the answer has no BUNDLE group', edit: a(remove('session', /^a=group:BUNDLE/)) },
  { name: 'bundle-video-out', aims: 'benign', description: 'the video mid taken out of the answer BUNDLE group (video on its own transport)', edit: (t) => dropFromBundle(midOf(t, 1))(t) },
  { name: 'bundle-reordered', aims: 'answer-bundle-tag-changed', description: 'the answer BUNDLE group names the video mid first (another tag)', edit: a(sub('session', /^a=group:BUNDLE .*$/, (l) => { const m = l.split(' ').slice(1); return `a=group:BUNDLE ${[m[1], m[0], ...m.slice(2)].join(' ')}`; })) },
  { name: 'extmap-id-changed', aims: 'answer-extmap-mismatch', description: "the answer's first audio a=extmap moved to an unused id", edit: (t) => sub(0, /^a=extmap:\d+/, `a=extmap:${freeExtmapId(t)}`)(t) },
  { name: 'extmap-not-offered', aims: 'answer-extmap-mismatch', description: 'an a=extmap URI the offer did not offer', edit: (t) => append(0, [`a=extmap:${freeExtmapId(t)} urn:example:not-offered`])(t) },
  { name: 'extmap-id-4096', aims: 'extmap-id-range', description: 'an answer a=extmap with an offer-only id (4096)', edit: a(sub(0, /^a=extmap:\d+/, 'a=extmap:4096')) },
  { name: 'extmap-removed', aims: 'benign', description: 'every a=extmap removed from the answer', edit: a(remove('everywhere', /^a=extmap:/)) },
  { name: 'extmap-id-duplicate', aims: 'extmap-id-duplicate', description: 'the first audio a=extmap id reused for another offered URI', edit: (t) => { const id = valueOf(t, 0, /^a=extmap:(\d+) /) ?? '1'; return append(0, [`a=extmap:${id} urn:ietf:params:rtp-hdrext:toffset`])(t); } },
  { name: 'ice-ufrag-removed', aims: 'ice-credentials-missing', description: 'no a=ice-ufrag in the answer', edit: a(remove('everywhere', /^a=ice-ufrag:/)) },
  { name: 'ice-pwd-removed', aims: 'ice-credentials-missing', description: 'no a=ice-pwd in the answer', edit: a(remove('everywhere', /^a=ice-pwd:/)) },
  { name: 'ice-ufrag-3-chars', aims: 'ice-ufrag-length', description: 'an answer a=ice-ufrag of 3 characters', edit: a(sub('everywhere', /^a=ice-ufrag:.*$/, 'a=ice-ufrag:aB3', true)) },
  { name: 'ice-pwd-21-chars', aims: 'ice-pwd-length', description: 'an answer a=ice-pwd of 21 characters', edit: a(sub('everywhere', /^a=ice-pwd:.*$/, `a=ice-pwd:${'p'.repeat(21)}`, true)) },
  { name: 'ice-credentials-differ-in-bundle', aims: 'bundle-ice-credentials-differ', description: 'the video section (bundled) with other ICE credentials', edit: a(chain(sub(1, /^a=ice-ufrag:.*$/, 'a=ice-ufrag:Zq9w'), sub(1, /^a=ice-pwd:.*$/, 'a=ice-pwd:Zq9wZq9wZq9wZq9wZq9wZq9w'))) },
  { name: 'fingerprint-removed', aims: 'dtls-fingerprint-missing', description: 'no a=fingerprint in the answer', edit: a(remove('everywhere', /^a=fingerprint:/)) },
  { name: 'fingerprint-md2', aims: 'fingerprint-hash-unknown', description: 'the answer fingerprint with hash md2', edit: a(sub('everywhere', /^a=fingerprint:.*$/, 'a=fingerprint:md2 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7', true)) },
  { name: 'fingerprint-sha-1', aims: 'dtls-fingerprint-weak-hash', description: 'the answer fingerprint a sha-1 one', edit: a(sub('everywhere', /^a=fingerprint:.*$/, 'a=fingerprint:sha-1 8F:1E:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7:08:19:2A:3B', true)) },
  { name: 'all-rejected', aims: 'answer-all-rejected', description: 'every answer section with port 0 (and no BUNDLE group)', edit: a(chain(setPort(0, '0'), setPort(1, '0'), setPort(2, '0'), remove('session', /^a=group:BUNDLE/))) },
  { name: 'all-port-0-bundled', aims: 'answer-bundle-tag-rejected', description: 'every answer section with port 0, the BUNDLE group kept', edit: a(chain(setPort(0, '0'), setPort(1, '0'), setPort(2, '0'))) },
  { name: 'video-rejected', aims: 'benign', description: 'the video section rejected (port 0, out of the group)', edit: (t) => chain(setPort(1, '0'), dropFromBundle(midOf(t, 1)))(t) },
  { name: 'video-rejected-bundled', aims: 'answer-bundle-rejected-mid', description: 'the video section rejected (port 0) but left in the BUNDLE group', edit: a(setPort(1, '0')) },
  { name: 'tag-rejected', aims: 'answer-bundle-tag-rejected', description: 'the BUNDLE tag (audio) section rejected with port 0, the others still bundled', edit: (t) => chain(setPort(0, '0'), dropFromBundle(midOf(t, 0)))(t) },
  { name: 'rtcp-mux-removed', aims: 'bundle-without-rtcp-mux', description: 'no a=rtcp-mux in the answer', edit: a(remove('everywhere', /^a=rtcp-mux$/)) },
  { name: 'sctp-port-removed', aims: 'sctp-port-missing', description: 'no a=sctp-port in the answer', edit: a(remove(2, /^a=sctp-port:/)) },
  { name: 'sctp-port-0', aims: 'sctp-port-invalid', description: 'answer a=sctp-port:0', edit: a(sub(2, /^a=sctp-port:.*$/, 'a=sctp-port:0')) },
  { name: 'max-message-size-text', aims: 'max-message-size-invalid', description: 'answer a=max-message-size:big', edit: a(sub(2, /^a=max-message-size:.*$/, 'a=max-message-size:big')) },
  { name: 'data-legacy-sctpmap', aims: 'sctpmap-legacy', description: 'the data section answered in the pre-RFC DTLS/SCTP 5000 + a=sctpmap form', edit: a(chain(sub(2, /^m=application (\S+) .*$/, 'm=application $1 DTLS/SCTP 5000'), remove(2, /^a=(sctp-port|max-message-size):/), append(2, ['a=sctpmap:5000 webrtc-datachannel 1024']))) },
  { name: 'candidates-added', aims: 'benign', description: 'loopback host candidates and end-of-candidates in the audio section', edit: a(insertAfter(0, /^a=mid:/, ['a=candidate:1001 1 udp 2122260223 127.0.0.1 50001 typ host generation 0', 'a=end-of-candidates'])) },
  { name: 'mdns-candidate-added', aims: 'benign', description: 'an mDNS host candidate in the audio section', edit: a(insertAfter(0, /^a=mid:/, ['a=candidate:1001 1 udp 2122260223 3f1c6b2e-5d1a-4c59-9a3e-8b2f0d6e7a41.local 50001 typ host generation 0'])) },
  { name: 'candidate-malformed', aims: 'candidate-malformed', description: 'a candidate cut after the port in the answer', edit: a(insertAfter(0, /^a=mid:/, ['a=candidate:1001 1 udp 2122260223 127.0.0.1 50001'])) },
  { name: 'ssrc-group-fid-1', aims: 'chrome-ssrc-group-size', description: 'an ssrc-group FID with one SSRC in the answer video', edit: (t) => append(1, [`a=ssrc-group:FID ${valueOf(t, 1, /^a=ssrc:(\d+) /) ?? '1234'}`, ...(valueOf(t, 1, /^a=ssrc:(\d+) /) === undefined ? ['a=ssrc:1234 cname:x'] : [])])(t) },
  { name: 'msid-three-tokens', aims: 'msid-malformed', description: 'an answer a=msid with three tokens', edit: (t) => (linesOf(t).some((l) => l.startsWith('a=msid:')) ? sub('everywhere', /^a=msid:(.*)$/, 'a=msid:$1 extra')(t) : insertAfter(0, /^a=mid:/, ['a=msid:s t extra'])(t)) },
  { name: 'simulcast-recv-undeclared', aims: 'simulcast-rid-undeclared', description: 'a=simulcast:recv a;b in the answer video with no a=rid lines', edit: a(insertAfter(1, /^a=mid:/, ['a=simulcast:recv a;b'])) },
  { name: 'unknown-attribute', aims: 'benign', description: 'a=x-foo:bar in every answer section', edit: a(append('media', ['a=x-foo:bar'])) },
  { name: 'extmap-allow-mixed-added', aims: 'benign', description: 'a=extmap-allow-mixed at session level of the answer', edit: (t) => (linesOf(t).includes('a=extmap-allow-mixed') ? remove('everywhere', /^a=extmap-allow-mixed$/)(t) : insertAfter('session', /^t=/, ['a=extmap-allow-mixed'])(t)) },
  { name: 'blank-line', aims: 'chrome-rejects-line', description: 'a blank line after the session part of the answer', edit: a(insertAfter('session', /^t=/, [''])) },
  { name: 'no-final-line-break', aims: 'chrome-rejects-line', description: 'the answer without a line break after its last line', edit: (t) => t.replace(/\r?\n$/, '') },
  { name: 'version-missing', aims: 'version-missing', description: 'the answer without v=', edit: a(remove('session', /^v=/)) },
  { name: 'mid-too-long', aims: 'mid-too-long', description: 'the answer audio mid renamed to 17 characters (a=mid and group)', edit: (t) => chain(sub(0, /^a=mid:.*$/, 'a=mid:abcdefghijklmnopq'), sub('session', /^a=group:BUNDLE/, (l) => l.split(' ').map((m, i) => (i > 0 && m === midOf(t, 0) ? 'abcdefghijklmnopq' : m)).join(' ')))(t) },
];
