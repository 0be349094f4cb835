import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import type { Target } from '../../src/lint/index.js';
import { OFFER_TRANSPORT } from '../../src/lint/examples.js';
import { tableTest } from '../helpers/table.js';
import type { InvalidCase, ValidCase } from '../helpers/table.js';

/*
 * Offers the browsers refuse after parsing (or take although an RFC reading
 * would not): the exact span of each finding, and per target engine whether
 * it is an error. The verdicts are those test/oracle recorded from Chromium
 * and Firefox.
 *
 * `offer(session, media)` builds one audio section:
 *   1 v=0, 2 o=, 3 s=-, 4 t=0 0, then the session lines, then m=audio, c=,
 *   a=mid:0, 4 transport lines, a=rtcp-mux, a=rtpmap, then the media lines
 *   (the m= line is line 5 without session lines, the first media line 14).
 */

function offer(session: readonly string[], media: readonly string[], edit: (lines: string[]) => string[] = (l) => l): string {
  const lines = [
    'v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0', ...session,
    'm=audio 9 UDP/TLS/RTP/SAVPF 111', 'c=IN IP4 0.0.0.0', 'a=mid:0', ...OFFER_TRANSPORT.split('\n'), 'a=rtcp-mux', 'a=rtpmap:111 opus/48000/2',
    ...media,
  ];
  return edit(lines).map((l) => `${l}\r\n`).join('');
}

const runRule = (id: string) => (text: string) => lint(text, { type: 'offer' }).filter((f) => f.code === id);
const ok = (name: string, input: string): ValidCase<string> => ({ name, input });
const bad = (name: string, input: string, errors: string[], message?: string): InvalidCase<string> => ({ name, input, errors, ...(message !== undefined ? { message } : {}) });

/** The severity of the rule's first finding with one engine as the target. */
function severityFor(id: string, text: string, target: Target): string | undefined {
  return lint(text, { type: 'offer', targets: [target] }).find((f) => f.code === id)?.severity;
}

/** [rule, text, severity with chromium, severity with firefox] */
type Verdicts = readonly [string, string, string, string];

function verdicts(title: string, rows: readonly (readonly [string, ...Verdicts])[]): void {
  describe(title, () => {
    it.each(rows)('%s', (_name, id, text, chromium, firefox) => {
      expect([severityFor(id, text, 'chromium'), severityFor(id, text, 'firefox')]).toEqual([chromium, firefox]);
    });
  });
}

const without = (prefix: string) => (lines: string[]) => lines.filter((l) => !l.startsWith(prefix));

tableTest('group-unknown-mid in offers', runRule('group-unknown-mid'), {
  valid: [
    ok('BUNDLE naming the section', offer(['a=group:BUNDLE 0'], [])),
    // Firefox reads attribute names in any case; libwebrtc names a section without a=mid by its index, `0` here.
    ok('a=MID in upper case (attribute-name-case reports the case)', offer(['a=group:BUNDLE 0'], [], (l) => l.map((x) => (x === 'a=mid:0' ? 'a=MID:0' : x)))),
  ],
  invalid: [
    // `a=group:BUNDLE ` is 15 characters: the first mid is column 16.
    bad('an unknown BUNDLE tag', offer(['a=group:BUNDLE x 0'], []), ['group-unknown-mid 5:16-17']),
    bad('an unknown mid after the tag', offer(['a=group:BUNDLE 0 x'], []), ['group-unknown-mid 5:18-19']),
    bad('an LS group naming an unknown mid', offer(['a=group:LS x'], []), ['group-unknown-mid 5:12-13']),
    bad('BUNDLE naming the first of two a=mid lines', offer(['a=group:BUNDLE 0'], ['a=mid:second']), ['group-unknown-mid 5:16-17'], 'not the last a=mid line'),
  ],
});

verdicts('group-unknown-mid severities', [
  ['unknown BUNDLE tag: both refuse', 'group-unknown-mid', offer(['a=group:BUNDLE x 0'], []), 'error', 'error'],
  ['unknown mid after the tag: Chromium refuses, Firefox ignores it in an offer', 'group-unknown-mid', offer(['a=group:BUNDLE 0 x'], []), 'error', 'warning'],
  ['LS group: both accept', 'group-unknown-mid', offer(['a=group:LS x'], []), 'warning', 'warning'],
  ['first of two a=mid lines: Chromium reads the last', 'group-unknown-mid', offer(['a=group:BUNDLE 0'], ['a=mid:second']), 'error', 'warning'],
]);

verdicts('cases the rules name', [
  ['an offer without a=setup: Firefox refuses', 'dtls-setup-missing', offer([], [], without('a=setup:')), 'warning', 'error'],
  ['payload type 19: Firefox refuses', 'payload-type-reserved', offer([], [], (l) => l.map((x) => (x.startsWith('m=audio') ? `${x} 19` : x))), 'warning', 'error'],
  ['FID group of one SSRC: Chromium refuses', 'ssrc-group-size', offer([], ['a=ssrc-group:FID 1111', 'a=ssrc:1111 cname:x']), 'error', 'warning'],
  ['two tracks in a=ssrc msid lines: Chromium refuses', 'plan-b-section', offer([], ['a=ssrc:1111 msid:s t1', 'a=ssrc:2222 msid:s t2']), 'error', 'warning'],
]);

const noMux = without('a=rtcp-mux');
const port0BundleOnly = (lines: string[]) => lines.map((l) => (l.startsWith('m=audio 9') ? l.replace('m=audio 9', 'm=audio 0') : l)).concat('a=bundle-only');

tableTest('rtcp-mux-missing', runRule('rtcp-mux-missing'), {
  valid: [
    ok('with a=rtcp-mux', offer([], [])),
    ok('a rejected section (port 0)', offer([], [], (l) => noMux(l).map((x) => x.replace('m=audio 9', 'm=audio 0')))),
    ok('a data section (not RTP)', offer([], [], (l) => noMux(l).map((x) => (x.startsWith('m=audio') ? 'm=application 9 UDP/DTLS/SCTP webrtc-datachannel' : x)).filter((x) => !x.startsWith('a=rtpmap')))),
    // In a BUNDLE group the finding is bundle-without-rtcp-mux's.
    ok('a bundled section', offer(['a=group:BUNDLE 0'], [], noMux)),
  ],
  invalid: [
    bad('an RTP section without a=rtcp-mux: the m= line', offer([], [], noMux), ['rtcp-mux-missing 5:1-32'], 'has no a=rtcp-mux'),
    bad('a bundle-only section in no group', offer([], [], (l) => port0BundleOnly(noMux(l))), ['rtcp-mux-missing 5:1-32']),
  ],
});

verdicts('rtcp-mux severities (rtcpMuxPolicy "require")', [
  ['not bundled: both refuse', 'rtcp-mux-missing', offer([], [], noMux), 'error', 'error'],
  ['bundle-only in no group: Chromium skips it, Firefox refuses', 'rtcp-mux-missing', offer([], [], (l) => port0BundleOnly(noMux(l))), 'warning', 'error'],
  ['bundled with a port: both refuse', 'bundle-without-rtcp-mux', offer(['a=group:BUNDLE 0'], [], noMux), 'error', 'error'],
  ['bundled and bundle-only: Chromium skips it, Firefox refuses', 'bundle-without-rtcp-mux', offer(['a=group:BUNDLE 0'], [], (l) => port0BundleOnly(noMux(l))), 'warning', 'error'],
]);

const ufrag = (u: string) => (lines: string[]) => lines.map((l) => (l.startsWith('a=ice-ufrag:') ? `a=ice-ufrag:${u}` : l));
const pwd = (p: string) => (lines: string[]) => lines.map((l) => (l.startsWith('a=ice-pwd:') ? `a=ice-pwd:${p}` : l));

// The audio section's a=ice-ufrag is line 8, a=ice-pwd line 9; `a=ice-ufrag:` is 12 characters, `a=ice-pwd:` 10.
tableTest('ice-credentials-chars', runRule('ice-credentials-chars'), {
  valid: [
    ok('letters, digits, + and /', offer([], [])),
  ],
  invalid: [
    bad('`!` in the ufrag: that character', offer([], [], ufrag('ab!cd')), ['ice-credentials-chars 8:15-16'], 'outside ice-char (`!`)'),
    bad('`~` in the password, not quoted', offer([], [], pwd('bP~XJMM09aR8AiX1jdukzR6Y')), ['ice-credentials-chars 9:13-14'], 'ICE password has a character'),
    bad('a zero-width space in the ufrag', offer([], [], ufrag('Es\u200bAw')), ['ice-credentials-chars 8:15-16']),
    bad('`-` and `_`, still tolerated by Chrome', offer([], [], ufrag('Es-A_w')), ['ice-credentials-chars 8:15-16'], '2 characters'),
  ],
});

describe('ice-credentials-missing with a value that did not parse', () => {
  it('is silent: the line is there, its characters are ice-credentials-chars\' finding', () => {
    expect(runRule('ice-credentials-missing')(offer([], [], ufrag('ab!cd')))).toEqual([]);
    expect(runRule('invalid-value')(offer([], [], ufrag('ab!cd')))).toEqual([]);
  });
});

verdicts('ICE credential severities', [
  ['`!` in the ufrag: Chromium refuses, Firefox takes it', 'ice-credentials-chars', offer([], [], ufrag('ab!cd')), 'error', 'warning'],
  ['`-` in the ufrag: both take it', 'ice-credentials-chars', offer([], [], ufrag('Es-Aw')), 'warning', 'warning'],
  ['a 3-character ufrag: both refuse', 'ice-ufrag-length', offer([], [], ufrag('abc')), 'error', 'error'],
  ['a 257-character ufrag: Chromium refuses, Firefox ESR takes it', 'ice-ufrag-length', offer([], [], ufrag('a'.repeat(257))), 'error', 'warning'],
  ['a 21-character password: both refuse', 'ice-pwd-length', offer([], [], pwd('a'.repeat(21))), 'error', 'error'],
  ['a 257-character password: Chromium refuses, Firefox ESR takes it', 'ice-pwd-length', offer([], [], pwd('a'.repeat(257))), 'error', 'warning'],
]);

tableTest('dtls-fingerprint-missing in offers', runRule('dtls-fingerprint-missing'), {
  valid: [
    ok('a sha-256 digest of the wrong length is still a fingerprint (both browsers take it)', offer([], [], (l) => l.map((x) => (x.startsWith('a=fingerprint:') ? 'a=fingerprint:sha-256 6B:8B:5D:EA:59:04:20:D0:B0:E4:3C:42:9A:93:6D:2F' : x)))),
  ],
  invalid: [
    bad('no a=fingerprint', offer([], [], without('a=fingerprint:')), ['dtls-fingerprint-missing 5:1-32']),
    bad('a hash without a digest carries no fingerprint', offer([], [], (l) => l.map((x) => (x.startsWith('a=fingerprint:') ? 'a=fingerprint:sha-256' : x))), ['dtls-fingerprint-missing 5:1-32']),
    bad('plain RTP/AVP without ICE or fingerprint', offer([], [], (l) => l.filter((x) => !/^a=(fingerprint|setup|ice-)/.test(x)).map((x) => x.replace('UDP/TLS/RTP/SAVPF', 'RTP/AVP'))), ['dtls-fingerprint-missing 5:1-22'], 'browsers only take DTLS-SRTP'),
  ],
});

const plainRtp = (l: string[]) => l.filter((x) => !/^a=(fingerprint|setup|ice-)/.test(x)).map((x) => x.replace('UDP/TLS/RTP/SAVPF', 'RTP/AVP'));
// Two sections bundled under the audio tag; the video section (m= at line 15) is the bundled one.
const video = ['m=video 9 UDP/TLS/RTP/SAVPF 96', 'c=IN IP4 0.0.0.0', 'a=mid:1', ...OFFER_TRANSPORT.split('\n'), 'a=rtcp-mux', 'a=rtpmap:96 VP8/90000'];
const bundled = (drop: RegExp) => offer(['a=group:BUNDLE 0 1'], [], (l) => [...l, ...video.filter((x) => !drop.test(x))]);

verdicts('transport attributes: plain RTP and bundled sections of an offer', [
  ['plain RTP without a fingerprint: both refuse (an RFC-level info)', 'dtls-fingerprint-missing', offer([], [], plainRtp), 'error', 'error'],
  ['plain RTP without ICE credentials: both refuse', 'ice-credentials-missing', offer([], [], plainRtp), 'error', 'error'],
  ['bundled offer section without a fingerprint: only the BUNDLE tag needs one in Chromium', 'dtls-fingerprint-missing', bundled(/^a=fingerprint:/), 'warning', 'error'],
  ['bundled offer section without a=ice-pwd: Chromium sets up its transport and refuses the empty password', 'ice-credentials-missing', bundled(/^a=ice-pwd:/), 'error', 'error'],
  ['bundled offer section without any credentials: Chromium takes it as a legacy case', 'ice-credentials-missing', bundled(/^a=ice-/), 'warning', 'error'],
]);

describe('rfc target', () => {
  it('keeps a plain RTP description without ICE or DTLS at info', () => {
    const found = lint(offer([], [], plainRtp), { type: 'offer', targets: ['rfc'] }).filter((d) => d.code === 'dtls-fingerprint-missing' || d.code === 'ice-credentials-missing');
    expect(found.map((d) => `${d.code} ${d.severity}`).sort()).toEqual(['dtls-fingerprint-missing info', 'ice-credentials-missing info']);
  });
});

tableTest('bundle-mid-duplicate', runRule('bundle-mid-duplicate'), {
  valid: [
    ok('one BUNDLE group', offer(['a=group:BUNDLE 0'], [])),
    ok('a mid in a BUNDLE group and an LS group', offer(['a=group:BUNDLE 0', 'a=group:LS 0'], [])),
  ],
  invalid: [
    bad('the BUNDLE line repeated: the second one\'s mid', offer(['a=group:BUNDLE 0', 'a=group:BUNDLE 0'], []), ['bundle-mid-duplicate 6:16-17'], 'in an earlier BUNDLE group'),
    bad('a mid twice in one group', offer(['a=group:BUNDLE 0 0'], []), ['bundle-mid-duplicate 5:18-19'], 'twice in this BUNDLE group'),
  ],
});

verdicts('bundle-mid-duplicate severities', [
  ['the BUNDLE line repeated: both refuse', 'bundle-mid-duplicate', offer(['a=group:BUNDLE 0', 'a=group:BUNDLE 0'], []), 'error', 'error'],
]);

// The SSRC lines start at line 14 (the first media line).
tableTest('plan-b-section: several SSRCs in an audio section', runRule('plan-b-section'), {
  valid: [
    ok('one SSRC with cname and msid', offer([], ['a=msid:s t', 'a=ssrc:1111 cname:x', 'a=ssrc:1111 msid:s t'])),
  ],
  invalid: [
    // `a=ssrc:` is 7 characters: the SSRC starts at column 8.
    bad('a second SSRC under a=msid: the second SSRC', offer([], ['a=msid:s t', 'a=ssrc:1111 cname:x', 'a=ssrc:0 cname:zero']), ['plan-b-section 16:8-9'], 'describes 2 SSRCs'),
  ],
});

verdicts('SSRC severities', [
  ['a second SSRC in audio: Chromium refuses', 'plan-b-section', offer([], ['a=msid:s t', 'a=ssrc:1111 cname:x', 'a=ssrc:2222 cname:y']), 'error', 'warning'],
  ['a video FID group naming an undescribed second SSRC: Chromium refuses', 'ssrc-group-unknown-ssrc',
    offer([], [], (l) => [...l, ...['m=video 9 UDP/TLS/RTP/SAVPF 96', 'c=IN IP4 0.0.0.0', 'a=mid:1', ...OFFER_TRANSPORT.split('\n'), 'a=rtcp-mux', 'a=rtpmap:96 VP8/90000', 'a=ssrc-group:FID 1111 3333', 'a=ssrc:1111 cname:x']]), 'error', 'warning'],
  ['a video FID group whose first SSRC is undescribed: dropped, both take it', 'ssrc-group-unknown-ssrc',
    offer([], [], (l) => [...l, ...['m=video 9 UDP/TLS/RTP/SAVPF 96', 'c=IN IP4 0.0.0.0', 'a=mid:1', ...OFFER_TRANSPORT.split('\n'), 'a=rtcp-mux', 'a=rtpmap:96 VP8/90000', 'a=ssrc-group:FID 3333 1111', 'a=ssrc:1111 cname:x']]), 'warning', 'warning'],
]);

const RID_URI = 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id';
// a=rid lines at 14 and 15, a=simulcast at 16 (17 with an a=extmap first).
tableTest('simulcast-rid-extension-missing', runRule('simulcast-rid-extension-missing'), {
  valid: [
    ok('with the RID extension in the section', offer([], [`a=extmap:4 ${RID_URI}`, 'a=rid:h send', 'a=rid:l send', 'a=simulcast:send h;l'])),
    ok('with the RID extension at session level', offer([`a=extmap:4 ${RID_URI}`], ['a=rid:h send', 'a=rid:l send', 'a=simulcast:send h;l'])),
    // No layer is declared: libwebrtc drops them all, so there is no simulcast to check.
    ok('a=simulcast naming no declared rid', offer([], ['a=simulcast:send h;l'])),
  ],
  invalid: [
    bad('declared layers, no extension: the a=simulcast line', offer([], ['a=rid:h send', 'a=rid:l send', 'a=simulcast:send h;~l']), ['simulcast-rid-extension-missing 16:1-22'], 'no a=extmap for'),
  ],
});

verdicts('simulcast-rid-extension-missing severities', [
  ['declared layers, no extension: Chromium refuses, Firefox takes it', 'simulcast-rid-extension-missing', offer([], ['a=rid:h send', 'a=rid:l send', 'a=simulcast:send h;l']), 'error', 'warning'],
]);

const videoWith = (extra: readonly string[]) => offer([], [], (l) => [...l, 'm=video 9 UDP/TLS/RTP/SAVPF 96 97', 'c=IN IP4 0.0.0.0', 'a=mid:1', ...OFFER_TRANSPORT.split('\n'), 'a=rtcp-mux', 'a=rtpmap:96 VP8/90000', 'a=rtpmap:97 rtx/90000', ...extra]);

verdicts('cases of extmap-id-duplicate and rtx-apt-unknown', [
  ['an extmap line repeated: Firefox refuses, Chromium takes it', 'extmap-id-duplicate', offer([], ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level']), 'warning', 'error'],
  ['rtx without apt: Chromium refuses the video codecs, Firefox takes it', 'rtx-apt-unknown', videoWith([]), 'error', 'warning'],
  ['rtx apt naming an unlisted payload type: the same', 'rtx-apt-unknown', videoWith(['a=fmtp:97 apt=100']), 'error', 'warning'],
]);

verdicts('extmap-id-duplicate for two URIs', [
  ['outside BUNDLE: both refuse', 'extmap-id-duplicate', offer([], ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:1 urn:ietf:params:rtp-hdrext:toffset']), 'error', 'error'],
  ['in a BUNDLE group: both refuse', 'extmap-id-duplicate', offer(['a=group:BUNDLE 0'], ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:1 urn:ietf:params:rtp-hdrext:toffset']), 'error', 'error'],
]);
