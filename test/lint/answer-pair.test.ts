import { describe, expect, it } from 'vitest';
import { lintPair } from '../../src/lint/index.js';
import type { DescriptionType } from '../../src/lint/index.js';
import { ANSWER_TRANSPORT, OFFER_TRANSPORT } from '../../src/lint/examples.js';
import { tableTest } from '../helpers/table.js';
import type { InvalidCase, ValidCase } from '../helpers/table.js';

/*
 * Answers judged against their offer: where each finding points and how the
 * engines' verdicts (recorded by test/oracle) turn into severities.
 *
 * `section(type, kind, media)` builds one section:
 *   1 v=0, 2 o=, 3 s=-, 4 t=0 0, 5 m=, 6 c=, 7 a=mid:0,
 *   8–11 ICE and DTLS lines (11 is a=setup), then for audio 12 a=rtcp-mux,
 *   13 a=rtpmap; the media lines follow (line 14 for audio, 12 for data).
 */

type Kind = 'audio' | 'data';

function section(type: DescriptionType, kind: Kind, media: readonly string[] = []): string {
  const transport = (type === 'answer' ? ANSWER_TRANSPORT : OFFER_TRANSPORT).split('\n');
  const head = kind === 'audio' ? ['m=audio 9 UDP/TLS/RTP/SAVPF 111'] : ['m=application 9 UDP/DTLS/SCTP webrtc-datachannel'];
  const tail = kind === 'audio' ? ['a=rtcp-mux', 'a=rtpmap:111 opus/48000/2'] : [];
  const lines = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0', ...head, 'c=IN IP4 0.0.0.0', 'a=mid:0', ...transport, ...tail, ...media];
  return lines.map((l) => `${l}\r\n`).join('');
}

interface Pair {
  readonly offer: string;
  readonly answer: string;
}

const pair = (kind: Kind, offered: readonly string[], answered: readonly string[], edit: (answer: string) => string = (t) => t): Pair => ({
  offer: section('offer', kind, offered),
  answer: edit(section('answer', kind, answered)),
});

/** The findings of one code, from the pair rules and the answer's own rules. */
const run = (code: string) => (p: Pair) => {
  const r = lintPair(p.offer, p.answer);
  return [...r.answer, ...r.pair].filter((d) => d.code === code);
};
/** `severity code` of each finding of `code` with the given targets. */
const severities = (p: Pair, code: string, targets: string): string[] => {
  const r = lintPair(p.offer, p.answer, { targets });
  return [...r.answer, ...r.pair].filter((d) => d.code === code).map((d) => `${d.severity} ${(d.rejectedBy ?? []).map((x) => x.engine).join(',')}`);
};
const ok = <I>(name: string, input: I): ValidCase<I> => ({ name, input });
const bad = <I>(name: string, input: I, errors: string[], message?: string): InvalidCase<I> => ({ name, input, errors, ...(message !== undefined ? { message } : {}) });

const LEVEL = 'urn:ietf:params:rtp-hdrext:ssrc-audio-level';
const noMid = (t: string) => t.replace('a=mid:0\r\n', '');

tableTest('answer-mid-mismatch', run('answer-mid-mismatch'), {
  valid: [ok('the offered mid', pair('audio', [], []))],
  invalid: [
    // `a=mid:` is 6 characters: the value starts at column 7.
    bad('another mid: the value', pair('audio', [], [], (t) => t.replace('a=mid:0', 'a=mid:x')), ['answer-mid-mismatch 7:7-8'], 'has mid `x`'),
    // Without the a=mid line the m= line (31 characters) is line 5.
    bad('no mid: the m= line', pair('audio', [], [], noMid), ['answer-mid-mismatch 5:1-32'], 'by position'),
  ],
});

tableTest('answer-extmap-mismatch', run('answer-extmap-mismatch'), {
  valid: [ok('the offered id', pair('audio', [`a=extmap:1 ${LEVEL}`], [`a=extmap:1 ${LEVEL}`])), ok('an offered extension left out', pair('audio', [`a=extmap:1 ${LEVEL}`], []))],
  invalid: [
    // `a=extmap:` is 9 characters: the id is column 10, the URI (43 characters) starts at 12.
    bad('another id: the id', pair('audio', [`a=extmap:1 ${LEVEL}`], [`a=extmap:2 ${LEVEL}`]), ['answer-extmap-mismatch 14:10-11'], 'to id 2, but the offer used id 1'),
    bad('a URI not offered: the URI', pair('audio', [], [`a=extmap:2 ${LEVEL}`]), ['answer-extmap-mismatch 14:12-55'], 'did not offer'),
  ],
});

tableTest('dtls-setup-holdconn in an answer', run('dtls-setup-holdconn'), {
  valid: [ok('active', pair('audio', [], []))],
  // `a=setup:` is 8 characters: the value starts at column 9.
  invalid: [bad('holdconn: the value', pair('audio', [], [], (t) => t.replace('a=setup:active', 'a=setup:holdconn')), ['dtls-setup-holdconn 11:9-17'])],
});

tableTest('sctp-port-missing in an answer', run('sctp-port-missing'), {
  valid: [
    ok('a=sctp-port:5000', pair('data', ['a=sctp-port:5000'], ['a=sctp-port:5000'])),
    ok('the legacy a=sctpmap form', pair('data', ['a=sctp-port:5000'], ['a=sctpmap:5000 webrtc-datachannel 1024'], (t) => t.replace('UDP/DTLS/SCTP webrtc-datachannel', 'DTLS/SCTP 5000'))),
  ],
  invalid: [
    // The m= line is 48 characters; `a=sctp-port:` is 12, so the port is column 13.
    bad('no a=sctp-port: the m= line', pair('data', ['a=sctp-port:5000'], []), ['sctp-port-missing 5:1-49'], 'has no a=sctp-port'),
    bad('a=sctp-port:0: the port', pair('data', ['a=sctp-port:5000'], ['a=sctp-port:0']), ['sctp-port-missing 12:13-14'], 'a=sctp-port:0'),
  ],
});

/** Two audio sections (mids 0 and 1) with the given session lines after t= (at line 5). */
function twoAudio(type: DescriptionType, session: readonly string[]): string {
  const first = section(type, 'audio').replace('t=0 0\r\n', `t=0 0\r\n${session.map((l) => `${l}\r\n`).join('')}`);
  return first + section(type, 'audio').split('\r\n').slice(4).join('\r\n').replace('a=mid:0', 'a=mid:1');
}
const groups = (offered: string[], answered: string[]): Pair => ({ offer: twoAudio('offer', offered), answer: twoAudio('answer', answered) });

// `a=group:` is 8 characters: the value starts at column 9, `BUNDLE 0 ` is 9 more, so a third field starts at column 18.
tableTest('answer-bundle-not-subset', run('answer-bundle-not-subset'), {
  valid: [
    ok('the offered group', groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1'])),
    ok('a subset', groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0'])),
    ok('no group in the answer', groups(['a=group:BUNDLE 0 1'], [])),
  ],
  invalid: [
    bad('a group the offer did not have: the value', groups([], ['a=group:BUNDLE 0 1']), ['answer-bundle-not-subset 5:9-19'], 'the offer has none'),
    bad('an offered mid the offer left out of the group', groups(['a=group:BUNDLE 0'], ['a=group:BUNDLE 0 1']), ['answer-bundle-not-subset 5:18-19'], 'did not put in that BUNDLE group'),
    bad('a mid no offered section has', groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1 x']), ['answer-bundle-not-subset 5:20-21'], 'which no offered m-section has'),
  ],
});

/** The answer of `groups` with its first (or second) section rejected: port 0. */
const rejecting = (p: Pair, which: 0 | 1): Pair => {
  const parts = p.answer.split('m=audio 9 ');
  return { offer: p.offer, answer: parts.map((x, i) => (i === 0 ? x : `${i === which + 1 ? 'm=audio 0 ' : 'm=audio 9 '}${x}`)).join('') };
};

// `a=group:BUNDLE ` is 15 characters: mid 0 is column 16, mid 1 column 18.
tableTest('answer-bundle-rejected-mid', run('answer-bundle-rejected-mid'), {
  valid: [
    ok('both accepted', groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1'])),
    ok('the rejected section taken out of the group', rejecting(groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 1']), 0)),
  ],
  invalid: [
    bad('the first mid rejected', rejecting(groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1']), 0), ['answer-bundle-rejected-mid 5:16-17'], 'no transport to use'),
    bad('a later mid rejected', rejecting(groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1']), 1), ['answer-bundle-rejected-mid 5:18-19'], 'whose section the answer rejects'),
  ],
});

const withCodec = (t: string) => t.replace('UDP/TLS/RTP/SAVPF 111\r\n', 'UDP/TLS/RTP/SAVPF 111 122\r\n');

tableTest('answer-codec-not-offered', run('answer-codec-not-offered'), {
  valid: [ok('the offered codec', pair('audio', [], []))],
  invalid: [
    // `a=rtpmap:122 ` is 13 characters: the codec starts at column 14.
    bad('one codec not offered next to an offered one: its rtpmap codec', pair('audio', [], ['a=rtpmap:122 X-FOO/8000'], withCodec), ['answer-codec-not-offered 14:14-24'], 'accepts X-FOO/8000 (payload type 122)'),
    bad('no codec in common: the m= line, once', pair('audio', [], [], (t) => t.replace('a=rtpmap:111 opus/48000/2', 'a=rtpmap:111 X-FOO/8000')), ['answer-codec-not-offered 5:1-32'], 'no codec in common'),
  ],
});

tableTest('answer-media-count: a blank line hides sections from Firefox', run('answer-media-count'), {
  valid: [
    ok('no blank line', pair('audio', [], [])),
    ok('a blank line after the last section', pair('audio', [], [''])),
  ],
  // An empty line: the span is its (empty) text at column 1.
  invalid: [bad('a blank line after t=: the blank line', pair('audio', [], [], (t) => t.replace('t=0 0\r\n', 't=0 0\r\n\r\n')), ['answer-media-count 5:1-1'], 'sees 0 of the answer\'s 1 m-sections')],
});

describe('answer verdicts by engine', () => {
  it('makes a blank line that hides answer sections an error: Firefox loses the sections after it, Chromium stops parsing', () => {
    const p = pair('audio', [], [], (t) => t.replace('t=0 0\r\n', 't=0 0\r\n\r\n'));
    expect(severities(p, 'answer-media-count', 'firefox')).toEqual(['error firefox']);
    expect(severities(p, 'answer-media-count', 'chromium')).toEqual(['error chromium']);
  });

  it('makes an answer section with no codec in common an error for every target, one codec not offered a warning', () => {
    const none = pair('audio', [], [], (t) => t.replace('a=rtpmap:111 opus/48000/2', 'a=rtpmap:111 X-FOO/8000'));
    expect(severities(none, 'answer-codec-not-offered', 'chromium')).toEqual(['error ']);
    expect(severities(none, 'answer-codec-not-offered', 'firefox')).toEqual(['error firefox']);
    expect(severities(pair('audio', [], ['a=rtpmap:122 X-FOO/8000'], withCodec), 'answer-codec-not-offered', 'chromium,firefox')).toEqual(['warning ']);
  });

  it('makes a rejected BUNDLE tag in an answer an error for Firefox only', () => {
    const p = rejecting(groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1']), 0);
    expect(severities(p, 'answer-bundle-rejected-mid', 'firefox')).toEqual(['error firefox']);
    expect(severities(p, 'answer-bundle-rejected-mid', 'chromium')).toEqual(['warning ']);
    expect(severities(rejecting(groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1']), 1), 'answer-bundle-rejected-mid', 'chromium,firefox')).toEqual(['warning ']);
  });

  it('tells the BUNDLE cases apart: Chromium refuses all three, Firefox a mid it has no transceiver for', () => {
    const of = (p: Pair, targets: string) => severities(p, 'answer-bundle-not-subset', targets);
    expect(of(groups([], ['a=group:BUNDLE 0 1']), 'chromium')).toEqual(['error chromium']);
    expect(of(groups([], ['a=group:BUNDLE 0 1']), 'firefox')).toEqual(['warning ']);
    expect(of(groups(['a=group:BUNDLE 0'], ['a=group:BUNDLE 0 1']), 'firefox')).toEqual(['warning ']);
    expect(of(groups(['a=group:BUNDLE 0 1'], ['a=group:BUNDLE 0 1 x']), 'firefox')).toEqual(['error firefox']);
  });

  it('takes an answer without a=mid as both engines do: a warning (the section is matched by position)', () => {
    const p = pair('audio', [], [], noMid);
    expect(severities(p, 'answer-mid-mismatch', 'chromium,firefox')).toEqual(['warning ']);
    expect(severities(pair('audio', [], [], (t) => t.replace('a=mid:0', 'a=mid:x')), 'answer-mid-mismatch', 'chromium,firefox')).toEqual(['error chromium,firefox']);
  });

  it('makes a changed or unoffered extmap an error for Firefox only', () => {
    for (const p of [pair('audio', [`a=extmap:1 ${LEVEL}`], [`a=extmap:2 ${LEVEL}`]), pair('audio', [], [`a=extmap:2 ${LEVEL}`])]) {
      expect(severities(p, 'answer-extmap-mismatch', 'firefox')).toEqual(['error firefox']);
      expect(severities(p, 'answer-extmap-mismatch', 'chromium')).toEqual(['warning ']);
    }
  });

  it('makes holdconn in an answer an error for Chromium too, in an offer only for Firefox', () => {
    const answer = pair('audio', [], [], (t) => t.replace('a=setup:active', 'a=setup:holdconn'));
    expect(severities(answer, 'dtls-setup-holdconn', 'chromium')).toEqual(['error chromium']);
    const offer = { offer: section('offer', 'audio').replace('a=setup:actpass', 'a=setup:holdconn'), answer: section('answer', 'audio') };
    const r = lintPair(offer.offer, offer.answer, { targets: 'chromium' });
    expect(r.offer.filter((d) => d.code === 'dtls-setup-holdconn').map((d) => d.severity)).toEqual(['warning']);
  });

  it('makes a data section answered without a usable SCTP port an error for Firefox (no format in common)', () => {
    for (const p of [pair('data', ['a=sctp-port:5000'], []), pair('data', ['a=sctp-port:5000'], ['a=sctp-port:0'])]) {
      expect(severities(p, 'sctp-port-missing', 'firefox')).toEqual(['error firefox']);
      expect(severities(p, 'sctp-port-missing', 'chromium')).toEqual(['warning ']);
    }
    // In an offer a=sctp-port:0 is not reported.
    const r = lintPair(section('offer', 'data', ['a=sctp-port:0']), section('answer', 'data', ['a=sctp-port:5000']));
    expect(r.offer.filter((d) => d.code === 'sctp-port-missing')).toEqual([]);
  });
});
