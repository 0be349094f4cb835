import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, lintPair } from '../../src/lint/index.js';
import type { DescriptionType } from '../../src/lint/index.js';
import type { Diagnostic } from '../../src/parser/diagnostics/diagnostic.js';

/*
 * Real browser SDP must not give errors: an error means "this breaks
 * negotiation", and these descriptions negotiated. Picked from the shared
 * corpus (see its SOURCES.txt):
 * - webrtc-sdp tests_parse_chrome_* / tests_parse_firefox_*: Chrome and Firefox
 *   offers and answers from Firefox's SDP unit tests. The blank lines between
 *   lines, one indented line and the missing last line break come from the
 *   Rust string literals (the harness), not from the browsers: Chrome refuses
 *   the files as they are (line-syntax says so), so the browsers' text is
 *   linted with those taken out.
 * - otalk videoSDP (Chrome) and videoSDP2 (Firefox 45).
 * - werift integrate_peerConnection: the SDP of a web-platform test that
 *   browsers accept as a remote offer.
 * - werift issue_141_offer: a Google Nest (ICE-lite server) offer that
 *   browsers accept, except for its c= address, which the issue's reporter
 *   replaced by `<redacted>` (so it is in the upstream test file): Firefox
 *   refuses `c=IN IP4 <redacted>`, so that one error is deserved and asserted.
 * - sdp-transform jsep.sdp: the JSEP example offer.
 * Left out: sdp-transform normal.sdp and the other sdp-transform/pion/
 * webrtc-sdp NN files are parser fixtures, not browser output (no mids,
 * RTP/SAVPF with SDES, missing t= lines). werift issue_142_answer is a real
 * Nest answer whose BUNDLE group names mids 0 1 2 while its sections are
 * 0_srtp, 1_srtp, 2_sctp: Chrome refuses it ("A BUNDLE group contains a
 * MID='0' matching no m= section"), so errors are deserved and asserted
 * (with the same `<redacted>` c= address as issue_141_offer).
 */

const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) console.warn(`shared corpus not found at ${corpusDir.pathname}: lint corpus tests are skipped`);

const browserFiles: readonly (readonly [string, DescriptionType | undefined])[] = [
  ['webrtc-sdp/tests_parse_chrome_audio_video_offer.sdp', 'offer'],
  ['webrtc-sdp/tests_parse_firefox_audio_offer.sdp', 'offer'],
  ['webrtc-sdp/tests_parse_firefox_datachannel_offer.sdp', 'offer'],
  ['webrtc-sdp/tests_parse_firefox_simulcast_answer.sdp', 'answer'],
  ['webrtc-sdp/tests_parse_firefox_simulcast_offer.sdp', 'offer'],
  ['webrtc-sdp/tests_parse_firefox_video_offer.sdp', 'offer'],
  ['otalk-sdp/videoSDP.sdp', undefined],
  ['otalk-sdp/videoSDP2.sdp', undefined],
  ['werift/integrate_peerConnection_addIceCandidateWptSdp.sdp', 'offer'],
  ['sdp-transform/jsep.sdp', 'offer'],
];

function read(name: string): string {
  return readFileSync(new URL(name, corpusDir), 'utf8');
}

/** A webrtc-sdp test file without its harness artefacts: blank lines, indentation, a last line without line break. */
function unharnessed(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trimStart()).filter((l) => l !== '').map((l) => `${l}\r\n`).join('');
}

function errors(list: readonly Diagnostic[]): string[] {
  return list.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);
}

describe.skipIf(!hasCorpus)('lint on real browser SDP (shared corpus)', () => {
  it.each(browserFiles.map(([name, type]) => [name, type ?? 'unknown'] as const))('%s gives no error (as an unknown type and as an %s)', (name, label) => {
    const type = label === 'unknown' ? undefined : label;
    const text = name.startsWith('webrtc-sdp/') ? unharnessed(read(name)) : read(name);
    expect(errors(lint(text))).toEqual([]);
    if (type !== undefined) expect(errors(lint(text, { type }))).toEqual([]);
  });

  it('the webrtc-sdp test files as stored: line errors only (Chrome refuses them)', () => {
    for (const [name] of browserFiles.filter(([n]) => n.startsWith('webrtc-sdp/'))) {
      const raw = read(name);
      if (raw === unharnessed(raw)) continue;
      const codes = new Set(lint(raw, { targets: ['chromium'] }).filter((d) => d.severity === 'error').map((d) => d.code));
      expect(codes.has('line-syntax'), name).toBe(true);
      expect([...codes].filter((c) => !['line-syntax', 'blank-line', 'leading-whitespace', 'missing-final-eol'].includes(c)), name).toEqual([]);
    }
  });

  it('werift issue_141_offer: only the redacted c= address (Firefox refuses it)', () => {
    for (const type of [undefined, 'offer'] as const) {
      const found = lint(read('werift/issue_141_offer.sdp'), { type }).filter((d) => d.severity === 'error');
      expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['9:10 address-invalid']);
    }
  });

  it('werift issue_142_answer: the BUNDLE group names mids no section has (Chrome refuses it)', () => {
    const found = lint(read('werift/issue_142_answer.sdp'), { type: 'answer' }).filter((d) => d.severity === 'error');
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '5:16 group-unknown-mid', '5:18 group-unknown-mid', '5:20 group-unknown-mid', '9:10 address-invalid',
    ]);
  });
});

describe('examples/chrome-offer.sdp answered by examples/firefox-answer.sdp', () => {
  const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
  const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

  it('gives no error on either side nor for the pair', () => {
    const r = lintPair(offer, answer);
    expect(errors(r.offer)).toEqual([]);
    expect(errors(r.answer)).toEqual([]);
    expect(errors(r.pair)).toEqual([]);
  });

  it('is not a pair of anything: swapping the roles is reported', () => {
    // The answer as an offer: setup:active in an offer, and the "answer" (Chrome's offer) says actpass.
    const r = lintPair(answer, offer);
    expect(r.answer.some((d) => d.code === 'dtls-setup-answer-actpass')).toBe(true);
    expect(r.offer.some((d) => d.code === 'dtls-setup-offer-not-actpass')).toBe(true);
  });
});
