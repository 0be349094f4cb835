import { lint, lintPair } from '../../src/lint/index.js';
import type { DescriptionType } from '../../src/lint/index.js';
import { ANSWER_TRANSPORT, OFFER_TRANSPORT } from '../../src/lint/examples.js';
import { tableTest } from '../helpers/table.js';
import type { InvalidCase, ValidCase } from '../helpers/table.js';

/*
 * Rule tables in the shape of eslint's RuleTester: valid and invalid real
 * lines, with the exact span of every finding of the rule.
 *
 * `doc(type, session, media)` builds one audio section:
 *   1 v=0, 2 o=, 3 s=-, 4 t=0 0, then the session lines,
 *   then m=audio, c=, a=mid:0, 4 transport lines, a=rtcp-mux, a=rtpmap,
 *   then the media lines (first one at line 14 without session lines).
 */

interface Doc {
  readonly type: DescriptionType | undefined;
  readonly text: string;
}

function doc(type: DescriptionType | undefined, session: readonly string[], media: readonly string[]): Doc {
  const transport = (type === 'answer' ? ANSWER_TRANSPORT : OFFER_TRANSPORT).split('\n');
  const lines = [
    'v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0', ...session,
    'm=audio 9 UDP/TLS/RTP/SAVPF 111', 'c=IN IP4 0.0.0.0', 'a=mid:0', ...transport, 'a=rtcp-mux', 'a=rtpmap:111 opus/48000/2',
    ...media,
  ];
  return { type, text: lines.map((l) => `${l}\r\n`).join('') };
}

const runRule = (id: string) => (d: Doc) => lint(d.text, { type: d.type }).filter((f) => f.code === id);
const ok = <I>(name: string, input: I): ValidCase<I> => ({ name, input });
const bad = <I>(name: string, input: I, errors: string[], message?: string): InvalidCase<I> => ({ name, input, errors, ...(message !== undefined ? { message } : {}) });

const MID = 'urn:ietf:params:rtp-hdrext:sdes:mid';

tableTest('extmap-id-range', runRule('extmap-id-range'), {
  valid: [
    ok('id 14 in an offer', doc('offer', [], [`a=extmap:14 ${MID}`])),
    ok('id 255 with a=extmap-allow-mixed in the section', doc('offer', [], ['a=extmap-allow-mixed', `a=extmap:255 ${MID}`])),
    ok('id 16 with a=extmap-allow-mixed at session level', doc('offer', ['a=extmap-allow-mixed'], [`a=extmap:16 ${MID}`])),
    ok('id 1 in an answer', doc('answer', [], [`a=extmap:1 ${MID}`])),
  ],
  invalid: [
    // `a=extmap:` is columns 1–9: the id starts at column 10.
    bad('id 16 without allow-mixed (15 is reserved: a parser error)', doc('offer', [], [`a=extmap:16 ${MID}`]), ['extmap-id-range 14:10-12'], 'extmap id 16 needs the two-byte header form'),
    bad('id 255 in an answer without allow-mixed', doc('answer', [], [`a=extmap:255 ${MID}`]), ['extmap-id-range 14:10-13']),
    bad('id 20 at session level, allow-mixed only in the section', doc('offer', [`a=extmap:20 ${MID}`], ['a=extmap-allow-mixed']), ['extmap-id-range 5:10-12']),
    bad('offer-only id 4096 in an offer: browsers take 1–255 only', doc('offer', [], [`a=extmap:4096 ${MID}`]), ['extmap-id-range 14:10-14'], 'browsers take only 1–255'),
    bad('offer-only id 4351 in an offer', doc('offer', [], [`a=extmap:4351 ${MID}`]), ['extmap-id-range 14:10-14']),
    bad('offer-only id 4096 when the type is unknown', doc(undefined, [], [`a=extmap:4096 ${MID}`]), ['extmap-id-range 14:10-14']),
    bad('offer-only id 4096 in an answer', doc('answer', [], [`a=extmap:4096 ${MID}`]), ['extmap-id-range 14:10-14'], 'extmap id 4096 in an answer'),
    bad('offer-only id with a direction in an answer: the id and direction field', doc('answer', [], [`a=extmap:4351/sendonly ${MID}`]), ['extmap-id-range 14:10-23']),
    bad('offer-only id in an answer even with allow-mixed', doc('answer', [], ['a=extmap-allow-mixed', `a=extmap:4100 ${MID}`]), ['extmap-id-range 15:10-14']),
  ],
});

const HOST = 'a=candidate:1467250027 1 udp 2122260223 192.168.1.23 51372 typ host';

tableTest('candidate-host-raddr', runRule('candidate-host-raddr'), {
  valid: [
    ok('host without related address', doc('offer', [], [HOST])),
    ok('srflx with raddr and rport', doc('offer', [], ['a=candidate:842163049 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 192.168.1.23 rport 51372'])),
    ok('relay with raddr and rport', doc('offer', [], ['a=candidate:3 1 udp 41885439 198.51.100.9 3478 typ relay raddr 203.0.113.7 rport 51372'])),
    ok('host with an extension named like neither', doc('offer', [], [`${HOST} generation 0 network-id 1`])),
    // RFC 8839 §5.1 puts rel-addr and rel-port before the extensions: after one, `raddr` is an extension name.
    ok('host with `raddr` after an extension', doc('offer', [], [`${HOST} generation 0 raddr 0.0.0.0 rport 0`])),
  ],
  invalid: [
    // HOST is 67 characters: after its space, `raddr` (or `rport`) starts at column 69.
    bad('host with raddr and rport, from raddr to the end', doc('offer', [], [`${HOST} raddr 10.0.0.1 rport 9`]), ['candidate-host-raddr 14:69-91'], 'host candidate with raddr 10.0.0.1'),
    bad('host with raddr only', doc('offer', [], [`${HOST} raddr 10.0.0.1`]), ['candidate-host-raddr 14:69-83'], 'host candidate with raddr 10.0.0.1'),
    bad('host with rport only', doc('offer', [], [`${HOST} rport 9`]), ['candidate-host-raddr 14:69-76'], 'host candidate with rport 9'),
    bad('two sections: each host line reported', { type: 'offer', text: doc('offer', [], [`${HOST} rport 9`]).text + doc('offer', [], [`${HOST} rport 9`]).text.split('\r\n').slice(4).join('\r\n') }, ['candidate-host-raddr 14:69-76', 'candidate-host-raddr 24:69-76']),
  ],
});

interface Pair {
  readonly offer: string;
  readonly answer: string;
}

const direction = (offered: string | undefined, answered: string | undefined, extra: { offerPort?: number; answerPort?: number } = {}): Pair => {
  const section = (type: DescriptionType, dir: string | undefined, port: number | undefined) => {
    const text = doc(type, [], dir === undefined ? [] : [`a=${dir}`]).text;
    return port === undefined ? text : text.replace('m=audio 9 ', `m=audio ${port} `);
  };
  return { offer: section('offer', offered, extra.offerPort), answer: section('answer', answered, extra.answerPort) };
};

/** Two audio sections; the second section's media lines start at line 24. */
function twoSections(offered: [string, string], answered: [string, string]): Pair {
  const build = (type: DescriptionType, dirs: [string, string]) => {
    const first = doc(type, [], [`a=${dirs[0]}`]).text;
    const second = doc(type, [], [`a=${dirs[1]}`]).text.split('\r\n').slice(4).join('\r\n').replace('a=mid:0', 'a=mid:1');
    return first + second;
  };
  return { offer: build('offer', offered), answer: build('answer', answered) };
}

const runPair = (id: string) => (p: Pair) => lintPair(p.offer, p.answer).pair.filter((f) => f.code === id);

// RFC 3264 §6.1, written out: offered → answers allowed.
const ALLOWED: Record<string, string[]> = {
  sendrecv: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
  sendonly: ['recvonly', 'inactive'],
  recvonly: ['sendonly', 'inactive'],
  inactive: ['inactive'],
};
const ALL = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

tableTest('answer-direction', runPair('answer-direction'), {
  valid: [
    ...Object.entries(ALLOWED).flatMap(([o, list]) => list.map((a) => ok(`${o} answered ${a}`, direction(o, a)))),
    ok('no direction on either side (sendrecv both)', direction(undefined, undefined)),
    ok('offer sendonly, answer rejects the section (port 0)', direction('sendonly', 'sendrecv', { answerPort: 0 })),
    ok('offer rejected (port 0) answered sendrecv', direction('sendonly', 'sendrecv', { offerPort: 0 })),
  ],
  invalid: [
    // The direction attribute of the answer is line 14 (`a=sendrecv` is 10 characters).
    ...Object.entries(ALLOWED).flatMap(([o, list]) =>
      ALL.filter((a) => !list.includes(a)).map((a) => bad(`${o} answered ${a}`, direction(o, a), [`answer-direction 14:1-${a.length + 3}`], `answer m-section 1 is ${a}, but the offer's is ${o}`)),
    ),
    bad('offer sendonly, answer without direction: the m= line (sendrecv by default)', direction('sendonly', undefined), ['answer-direction 5:1-32']),
    bad('offer sendonly, answer sendrecv at session level: the session line', { offer: direction('sendonly', undefined).offer, answer: doc('answer', ['a=sendrecv'], []).text }, ['answer-direction 5:1-11']),
    bad('offer sendonly, answer sendrecv: the allowed answers are listed', direction('sendonly', 'sendrecv'), ['answer-direction 14:1-11'],
      "answer m-section 1 is sendrecv, but the offer's is sendonly: allowed answers are recvonly, inactive"),
    bad('the second section of two, after an accepted first one', twoSections(['sendonly', 'recvonly'], ['recvonly', 'recvonly']), ['answer-direction 24:1-11'],
      "answer m-section 2 is recvonly, but the offer's is recvonly: allowed answers are sendonly, inactive"),
    bad('an offer of two sections answered with one: only the first is compared', { offer: twoSections(['sendonly', 'sendonly'], ['recvonly', 'recvonly']).offer, answer: direction(undefined, 'sendonly').answer }, ['answer-direction 14:1-11']),
  ],
});

/** One section of `kind` with these formats on its m= line (line 5) and a=rtcp-mux unless `mux` is false. */
function formats(list: string, options: { kind?: string; mux?: boolean } = {}): Doc {
  const d = doc('offer', [], []);
  let text = d.text.replace('m=audio 9 UDP/TLS/RTP/SAVPF 111', `m=${options.kind ?? 'audio'} 9 UDP/TLS/RTP/SAVPF ${list}`);
  if (options.mux === false) text = text.replace('a=rtcp-mux\r\n', '');
  return { type: 'offer', text };
}

// `m=audio 9 UDP/TLS/RTP/SAVPF ` is 28 characters: the first format starts at column 29.
tableTest('payload-type-rtcp-conflict (RFC 5761 §4: 64–95 under rtcp-mux)', runRule('payload-type-rtcp-conflict'), {
  valid: [
    ok('63 and 96 around the range', formats('111 63 96')),
    ok('64 without rtcp-mux', formats('111 64', { mux: false })),
  ],
  invalid: [
    bad('64, the first of the range', formats('111 64'), ['payload-type-rtcp-conflict 5:33-35'], 'payload type 64 in m-section 1'),
    bad('95, the last of the range, and 72', formats('111 95 72'), ['payload-type-rtcp-conflict 5:33-35', 'payload-type-rtcp-conflict 5:36-38']),
  ],
});

tableTest('payload-type-reserved (RFC 3551 §6 reserved 1, 2, 19; RFC 5761 §4 64–95)', runRule('payload-type-reserved'), {
  valid: [
    ok('0, 3, 18, 20, 63 and 96', formats('111 0 3 18 20 63 96')),
  ],
  invalid: [
    bad('1, 2 and 19', formats('111 1 2 19'), ['payload-type-reserved 5:33-34', 'payload-type-reserved 5:35-36', 'payload-type-reserved 5:37-39']),
    bad('64 and 95, with or without rtcp-mux', formats('111 64 95', { mux: false }), ['payload-type-reserved 5:33-35', 'payload-type-reserved 5:36-38']),
  ],
});

/** The offer section with its a=ice-ufrag (line 8) or a=ice-pwd (line 9) value replaced. */
function credential(kind: 'ufrag' | 'pwd', value: string): Doc {
  const d = doc('offer', [], []);
  const text = kind === 'ufrag' ? d.text.replace('a=ice-ufrag:EsAw', `a=ice-ufrag:${value}`) : d.text.replace('a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', `a=ice-pwd:${value}`);
  return { type: 'offer', text };
}

// RFC 8839 §5.4: ufrag 4–256 ice-chars, pwd 22–256; the value starts at column 13 (ufrag) or 11 (pwd).
tableTest('ice-ufrag-length', runRule('ice-ufrag-length'), {
  valid: [ok('4 characters', credential('ufrag', 'abcd')), ok('256 characters', credential('ufrag', 'a'.repeat(256)))],
  invalid: [
    bad('3 characters', credential('ufrag', 'abc'), ['ice-ufrag-length 8:13-16'], 'has 3 characters; RFC 8839 allows 4 to 256'),
    bad('257 characters', credential('ufrag', 'a'.repeat(257)), ['ice-ufrag-length 8:13-270']),
  ],
});

tableTest('ice-pwd-length', runRule('ice-pwd-length'), {
  valid: [ok('22 characters', credential('pwd', 'p'.repeat(22))), ok('256 characters', credential('pwd', 'p'.repeat(256)))],
  invalid: [
    bad('21 characters', credential('pwd', 'p'.repeat(21)), ['ice-pwd-length 9:11-32'], 'the ICE password has 21 characters; RFC 8839 allows 22 to 256'),
    bad('257 characters', credential('pwd', 'p'.repeat(257)), ['ice-pwd-length 9:11-268']),
  ],
});
