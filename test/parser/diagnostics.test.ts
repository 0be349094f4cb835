import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnosticCodes, parse, print } from '../../src/index.js';
import type { Diagnostic, Severity } from '../../src/index.js';

/*
 * Every diagnostic code of src/parser/diagnostics/codes.ts, produced by a
 * realistic bad input, with its exact range. Ranges are 1-based and
 * end-exclusive (endColumn is one past the last character).
 *
 * Expected ranges are written out by hand from the input, not copied from the
 * parser's output: where they disagree, the parser is wrong.
 */

const CRLF = '\r\n';
const sdp = (...lines: string[]): string => lines.map((l) => l + CRLF).join('');

/** A valid session part: lines 1–5. */
const HEAD = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 0.0.0.0', 't=0 0'];
/** A valid audio section: lines 6–7 after HEAD. */
const AUDIO = ['m=audio 9 UDP/TLS/RTP/SAVPF 111', 'a=rtpmap:111 opus/48000/2'];

/** [code, severity, line, column, endColumn]: a single-line range. */
type Expected = readonly [code: string, severity: Severity, line: number, column: number, endColumn: number];

function found(diagnostics: readonly Diagnostic[]): Expected[] {
  for (const d of diagnostics) expect(d.endLine, `${d.code} spans one line`).toBe(d.line);
  return diagnostics
    .map((d): Expected => [d.code, d.severity, d.line, d.column, d.endColumn])
    .sort((a, b) => a[2] - b[2] || a[3] - b[3] || a[0].localeCompare(b[0]));
}

function sorted(expected: readonly Expected[]): Expected[] {
  return [...expected].sort((a, b) => a[2] - b[2] || a[3] - b[3] || a[0].localeCompare(b[0]));
}

interface Case {
  text: string;
  expected: readonly Expected[];
  /** A fragment the first diagnostic's message must contain. */
  message?: string;
}

const candidateWithoutPrefix = 'candidate:842163049 1 udp 1677729535 203.0.113.7 61665 typ srflx raddr 192.168.1.2 rport 61665';
const truncatedOrigin = 'o=- 0 IN IP4 127.0.0.1';

const cases: Record<string, Case> = {
  // --- structure of the text --------------------------------------------------
  'empty-input: the empty string': {
    text: '',
    expected: [['empty-input', 'error', 1, 1, 1]],
  },
  'missing-equals: a trickled candidate pasted without `a=`': {
    text: sdp(...HEAD, ...AUDIO, candidateWithoutPrefix),
    expected: [['missing-equals', 'error', 8, 1, candidateWithoutPrefix.length + 1]],
    message: 'expected `<type>=<value>`, found `candidate:842163049 1 udp 1677729535 203…`',
  },
  'space-around-equals: `a =x` (space before =)': {
    text: sdp(...HEAD, ...AUDIO, 'a =rtcp-mux'),
    expected: [['space-around-equals', 'error', 8, 2, 3]],
    message: 'unexpected space before `=` in `a =rtcp-mux`',
  },
  'space-around-equals: `a= x` (space after =)': {
    text: sdp(...HEAD, ...AUDIO, 'a= rtcp-mux'),
    expected: [['space-around-equals', 'error', 8, 3, 4]],
    message: 'unexpected space after `=`',
  },
  'leading-whitespace: an indented line': {
    text: sdp(...HEAD, ...AUDIO, '  a=rtcp-mux'),
    expected: [['leading-whitespace', 'warning', 8, 1, 3]],
    message: 'white space before `a=`',
  },
  'leading-whitespace: a tab-indented line': {
    text: sdp(...HEAD, ...AUDIO, '\ta=rtcp-mux'),
    expected: [['leading-whitespace', 'warning', 8, 1, 2]],
  },
  'blank-line: an empty line between sections': {
    text: sdp(...HEAD, '', ...AUDIO),
    expected: [['blank-line', 'warning', 6, 1, 1]],
  },
  'blank-line: a line of spaces': {
    text: sdp(...HEAD, '   ', ...AUDIO),
    expected: [['blank-line', 'warning', 6, 1, 4]],
  },
  'missing-final-eol: last line without CRLF (warning, at the end of that line)': {
    text: sdp(...HEAD).slice(0, -2),
    expected: [['missing-final-eol', 'warning', 5, 6, 6]],
    message: 'the last line `t=0 0` has no end-of-line',
  },
  'lf-line-endings: LF only gives one info for the whole document': {
    text: [...HEAD, ...AUDIO].map((l) => `${l}\n`).join(''),
    expected: [['lf-line-endings', 'info', 1, 4, 4]],
    message: '7 of 7 lines end with `LF` instead of CRLF',
  },
  'lf-line-endings: CR only': {
    text: [...HEAD, ...AUDIO].map((l) => `${l}\r`).join(''),
    expected: [['lf-line-endings', 'info', 1, 4, 4]],
    message: '7 of 7 lines end with `CR` instead of CRLF',
  },
  'lf-line-endings: one LF among CRLF lines points at it': {
    text: `${HEAD[0]}${CRLF}${HEAD[1]}${CRLF}${HEAD[2]}\n${sdp(...HEAD.slice(3), ...AUDIO)}`,
    expected: [['lf-line-endings', 'info', 3, 4, 4]],
    message: '1 of 7 lines end with `LF` instead of CRLF',
  },
  'diagnostics-truncated: 105 blank lines give 100 warnings and one counted summary at the 101st': {
    text: sdp(...HEAD, ...AUDIO, ...Array.from({ length: 105 }, () => '')),
    expected: [
      ...Array.from({ length: 100 }, (_, i): Expected => ['blank-line', 'warning', 8 + i, 1, 1]),
      // The summary takes the severity of the code it stands for (codes.ts).
      ['diagnostics-truncated', 'warning', 108, 1, 1],
    ],
  },
  'trailing-whitespace: `a=mid:0 `': {
    text: sdp(...HEAD, ...AUDIO, 'a=mid:0 '),
    expected: [['trailing-whitespace', 'warning', 8, 8, 9]],
  },
  'unknown-line-type: GB28181 `y=` line': {
    text: sdp(...HEAD, ...AUDIO, 'y=0100000001'),
    expected: [['unknown-line-type', 'error', 8, 1, 3]],
    message: 'unknown line type `y=`',
  },

  // --- required lines, order, duplicates ---------------------------------------
  'missing-line: no v= in a description without media (reported at the line it must precede)': {
    text: sdp(...HEAD.slice(1)),
    expected: [['missing-line', 'error', 1, 1, 3]],
    message: 'missing `v=` line (protocol version)',
  },
  'missing-line: no v= before media (reported at the o= line it must precede)': {
    text: sdp(...HEAD.slice(1), ...AUDIO),
    expected: [['missing-line', 'error', 1, 1, 3]],
    message: 'missing `v=` line (protocol version)',
  },
  'missing-line: no t= (reported at the first line after its place)': {
    text: sdp(...HEAD.slice(0, 4), 'a=ice-lite', ...AUDIO),
    expected: [['missing-line', 'error', 5, 1, 3]],
    message: 'missing `t=` line (time the session is active)',
  },
  'missing-line: no t= and nothing after its place (reported at the m= line that ends the session part)': {
    text: sdp(...HEAD.slice(0, 4), ...AUDIO),
    expected: [['missing-line', 'error', 5, 1, AUDIO[0]!.length + 1]],
  },
  'missing-line: v o s t all missing before the first m= (reported at the m= line)': {
    text: sdp(AUDIO[0]!, 'c=IN IP4 0.0.0.0', AUDIO[1]!),
    expected: [
      ['missing-line', 'error', 1, 1, AUDIO[0]!.length + 1],
      ['missing-line', 'error', 1, 1, AUDIO[0]!.length + 1],
      ['missing-line', 'error', 1, 1, AUDIO[0]!.length + 1],
      ['missing-line', 'error', 1, 1, AUDIO[0]!.length + 1],
    ],
  },
  'missing-line: no c= at session level nor in the media section': {
    text: sdp('v=0', HEAD[1]!, 's=-', 't=0 0', ...AUDIO),
    expected: [['missing-line', 'error', 5, 1, AUDIO[0]!.length + 1]],
    message: 'missing `c=` line',
  },
  'duplicate-line: a second o=': {
    text: sdp('v=0', HEAD[1]!, HEAD[1]!, ...HEAD.slice(2), ...AUDIO),
    expected: [['duplicate-line', 'error', 3, 1, 3]],
    message: 'second `o=` line in the session part',
  },
  'line-order: c= after t= at session level': {
    text: sdp('v=0', HEAD[1]!, 's=-', 't=0 0', 'c=IN IP4 0.0.0.0', ...AUDIO),
    expected: [['line-order', 'warning', 5, 1, 3]],
    message: '`c=` must come before `t=` in the session part; the order is v o s i u e p c b t r z k a',
  },
  'line-order: c= after a= in a media section': {
    text: sdp('v=0', HEAD[1]!, 's=-', 't=0 0', ...AUDIO, 'c=IN IP4 0.0.0.0'),
    expected: [['line-order', 'warning', 7, 1, 3]],
    message: '`c=` must come before `a=` in the media description; the order is m i c b k a',
  },
  'misplaced-line: t= inside a media section': {
    text: sdp(...HEAD, ...AUDIO, 't=0 0'),
    expected: [['misplaced-line', 'error', 8, 1, 3]],
    message: '`t=` (time the session is active) has no place in a media description: only m i c b k a may appear there',
  },

  // --- fields of o= c= m= ------------------------------------------------------
  'field-count: pion-style o= without a session version (5 fields)': {
    text: sdp('v=0', truncatedOrigin, ...HEAD.slice(2), ...AUDIO),
    expected: [['field-count', 'error', 2, 3, truncatedOrigin.length + 1]],
    message: '`o=` needs 6 fields: username, session id, session version, network type, address type, address; found 5 fields',
  },
  'extra-field: o= with 7 fields (at the extra one)': {
    text: sdp('v=0', `${HEAD[1]!} x`, ...HEAD.slice(2), ...AUDIO),
    expected: [['extra-field', 'error', 2, HEAD[1]!.length + 2, HEAD[1]!.length + 3]],
    message: 'unexpected `x` after o=',
  },
  'invalid-number: both bad numbers of one o= line are reported': {
    text: sdp('v=0', 'o=- abc def IN IP4 127.0.0.1', ...HEAD.slice(2), ...AUDIO),
    expected: [
      ['invalid-number', 'error', 2, 5, 8],
      ['invalid-number', 'error', 2, 9, 12],
    ],
    message: 'the session id must be a number (digits only), found `abc`',
  },
  'field-count: m= without formats': {
    text: sdp(...HEAD, 'm=audio 9 RTP/AVP'),
    expected: [['field-count', 'error', 6, 3, 18]],
    message: '`m=` needs at least 4 fields: media, port, protocol, formats; found 3 fields',
  },
  'number-out-of-range: m= port 70000, at the port': {
    text: sdp(...HEAD, 'm=audio 70000 RTP/AVP 0'),
    expected: [['number-out-of-range', 'error', 6, 9, 14]],
    message: 'the port 70000 is out of range: allowed 0–65535',
  },
  'number-out-of-range: RTP payload type 128 on the m= line': {
    text: sdp(...HEAD, 'm=audio 9 RTP/AVP 0 128'),
    expected: [['number-out-of-range', 'error', 6, 21, 24]],
  },
  'address-type-mismatch: c=IN IP4 with an IPv6 address': {
    text: sdp(...HEAD.slice(0, 3), 't=0 0', AUDIO[0]!, 'c=IN IP4 2001:db8::1', AUDIO[1]!),
    expected: [['address-type-mismatch', 'error', 6, 10, 21]],
    message: 'address `2001:db8::1` is not an IP4 address',
  },
  'invalid-value: c=IN IP4 /127, a TTL without its address': {
    text: sdp(...HEAD.slice(0, 3), 't=0 0', AUDIO[0]!, 'c=IN IP4 /127', AUDIO[1]!),
    expected: [['invalid-value', 'error', 6, 10, 14]],
    message: 'the connection address must be an IP address or a host name, found `/127`',
  },
  'address-type-mismatch: o= IP6 with an IPv4 address': {
    text: sdp('v=0', 'o=- 1 1 IN IP6 127.0.0.1', ...HEAD.slice(2), ...AUDIO),
    expected: [['address-type-mismatch', 'error', 2, 16, 25]],
  },

  // --- attributes ----------------------------------------------------------------
  'attribute-level: a=mid at session level (on the name)': {
    text: sdp(...HEAD, 'a=mid:0', ...AUDIO),
    expected: [['attribute-level', 'error', 6, 3, 6]],
    message: '`a=mid` belongs at media level, not at session level',
  },
  'attribute-level: a=group inside a media section': {
    text: sdp(...HEAD, ...AUDIO, 'a=group:BUNDLE 0'),
    expected: [['attribute-level', 'error', 8, 3, 8]],
  },
  'attribute-unexpected-value: a flag with a value (`a=rtcp-mux:1`)': {
    text: sdp(...HEAD, ...AUDIO, 'a=rtcp-mux:1'),
    expected: [['attribute-unexpected-value', 'warning', 8, 11, 13]],
    message: '`a=rtcp-mux` takes no value, found `:1`',
  },
  'attribute-missing-value: `a=rtpmap` without a value': {
    text: sdp(...HEAD, ...AUDIO, 'a=rtpmap'),
    expected: [['attribute-missing-value', 'error', 8, 3, 9]],
    message: '`a=rtpmap` needs a value: `a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]`',
  },
  'invalid-number: a=ptime:twenty': {
    text: sdp(...HEAD, ...AUDIO, 'a=ptime:twenty'),
    expected: [['invalid-number', 'error', 8, 9, 15]],
  },
  'invalid-number: rtpmap payload type that is a word': {
    text: sdp(...HEAD, ...AUDIO, 'a=rtpmap:abc opus/48000'),
    expected: [['invalid-number', 'error', 8, 10, 13]],
  },
  'invalid-syntax: rtpmap without a clock rate': {
    text: sdp(...HEAD, ...AUDIO, 'a=rtpmap:111 opus'),
    expected: [['invalid-syntax', 'error', 8, 14, 18]],
  },
  'extra-field: rtpmap with a space instead of `/`': {
    text: sdp(...HEAD, ...AUDIO, 'a=rtpmap:111 opus 48000'),
    expected: [['extra-field', 'error', 8, 19, 24]],
  },
  'invalid-value: a=setup:both': {
    text: sdp(...HEAD, ...AUDIO, 'a=setup:both'),
    expected: [['invalid-value', 'error', 8, 9, 13]],
    message: 'the DTLS setup role must be `active`, `passive`, `actpass` or `holdconn`, found `both`',
  },
  'invalid-value: sha-256 fingerprint of 3 bytes (length mismatch)': {
    text: sdp(...HEAD, ...AUDIO, 'a=fingerprint:sha-256 AB:CD:EF'),
    expected: [['invalid-value', 'error', 8, 23, 31]],
    message: 'the sha-256 fingerprint must be 32 bytes, found `3 bytes`',
  },
  'invalid-value: sha-1 fingerprint of 32 bytes (a sha-256 digest under the wrong name)': {
    text: sdp(...HEAD, ...AUDIO, 'a=fingerprint:sha-1 15:B0:92:1F:C7:40:EE:22:A6:AF:26:EF:EA:FF:37:1D:B3:EF:11:0B:8B:73:4F:01:7D:C9:AE:26:4F:87:E0:95'),
    expected: [['invalid-value', 'error', 8, 21, 116]],
    message: 'the sha-1 fingerprint must be 20 bytes, found `32 bytes`',
  },
  'number-out-of-range: extmap id 15 is reserved (RFC 8285 §5)': {
    text: sdp(...HEAD, ...AUDIO, 'a=extmap:15 urn:ietf:params:rtp-hdrext:sdes:mid'),
    expected: [['number-out-of-range', 'error', 8, 10, 12]],
  },
  'number-out-of-range: candidate component 0': {
    text: sdp(...HEAD, ...AUDIO, 'a=candidate:1 0 udp 2122260223 192.168.0.196 46243 typ host'),
    expected: [['number-out-of-range', 'error', 8, 15, 16]],
  },
  'empty-foundation: Google server candidate (warning on the missing foundation)': {
    text: sdp(...HEAD, ...AUDIO, 'a=candidate: 1 udp 2113939711 2607:f8b0:400e:c03::7f 19305 typ host generation 0'),
    expected: [['empty-foundation', 'warning', 8, 13, 14]],
  },
  'field-count: candidate with `typ` left out (7 fields, over the whole value)': {
    text: sdp(...HEAD, ...AUDIO, 'a=candidate:1 1 udp 2122260223 192.168.0.196 46243 host'),
    expected: [['field-count', 'error', 8, 13, 56]],
  },
  'invalid-syntax: candidate with `type` instead of `typ`': {
    text: sdp(...HEAD, ...AUDIO, 'a=candidate:1 1 udp 2122260223 192.168.0.196 46243 type host'),
    expected: [['invalid-syntax', 'error', 8, 52, 56]],
    message: 'a=candidate: expected `typ` after the port, found `type`',
  },
  'deprecated-syntax: legacy `a=simulcast: send rid=…` (warning on `rid=`)': {
    text: sdp(...HEAD, ...AUDIO, 'a=simulcast: send rid=1,4;2;3 paused=4'),
    expected: [['deprecated-syntax', 'warning', 8, 19, 23]],
    message: 'a=simulcast uses the draft syntax `rid=`',
  },
};

describe('each diagnostic code from a realistic bad input, at its exact range', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const { document, diagnostics } = parse(c.text);
    expect(found(diagnostics)).toEqual(sorted(c.expected));
    if (c.message !== undefined) expect(diagnostics[0]?.message).toContain(c.message);
    const summary = diagnostics.find((d) => d.code === 'diagnostics-truncated');
    if (summary !== undefined) expect(summary.message).toBe('5 more `blank-line` diagnostics not listed (only the first 100 are); this one points at the first of them');
    // Reporting never costs the text.
    expect(print(document)).toBe(c.text);
  });

  it('internal-error: a crash inside the parser becomes one diagnostic at 1:1, and the text is kept', async () => {
    vi.resetModules();
    vi.doMock('../../src/parser/build/to-model.js', () => ({
      buildModel: () => {
        throw new Error('boom');
      },
    }));
    const fresh = await import('../../src/index.js');
    const text = sdp(...HEAD, ...AUDIO);
    const { document, diagnostics } = fresh.parse(text);
    expect(found(diagnostics)).toEqual([['internal-error', 'error', 1, 1, 1]]);
    expect(diagnostics[0]?.message).toContain('boom');
    expect(fresh.print(document)).toBe(text);
    expect(document.lines.map((l) => l.source?.text)).toEqual([...HEAD, ...AUDIO]);
  });

  afterEach(() => {
    vi.doUnmock('../../src/parser/build/to-model.js');
    vi.resetModules();
  });

  it('the cases above cover every code of the catalogue', () => {
    const covered = new Set(['internal-error', ...Object.values(cases).flatMap((c) => c.expected.map((e) => e[0]))]);
    expect([...Object.keys(diagnosticCodes)].filter((code) => !covered.has(code))).toEqual([]);
  });
});

describe('recovery: every problem is reported, not only the first or the last', () => {
  it('six errors on six lines of one document are all reported, and later lines still parse', () => {
    const lines = [
      ...HEAD,
      'm=audio 70000 UDP/TLS/RTP/SAVPF 111', // 6: port out of range
      'a=rtpmap:111 opus', // 7: no clock rate
      'a=setup:both', // 8: bad role
      'candidate:1 1 udp 1 192.0.2.1 5 typ host', // 9: no a=
      'a=fingerprint:sha-256 AB:CD', // 10: 2 bytes for sha-256
      'm=video 9 UDP/TLS/RTP/SAVPF 96', // 11
      'a=rtpmap:96 VP8/90000', // 12: fine
      'a=rtcp-fb:96 trr-int x', // 13: interval is not a number
    ];
    const { document, diagnostics } = parse(sdp(...lines));
    expect(found(diagnostics)).toEqual([
      ['number-out-of-range', 'error', 6, 9, 14],
      ['invalid-syntax', 'error', 7, 14, 18],
      ['invalid-value', 'error', 8, 9, 13],
      ['missing-equals', 'error', 9, 1, lines[8]!.length + 1],
      ['invalid-value', 'error', 10, 23, 28],
      ['invalid-number', 'error', 13, 22, 23],
    ]);
    expect(document.media.length).toBe(2);
    expect(document.lines[11]?.value).toStrictEqual({ payloadType: 96, encodingName: 'VP8', clockRate: 90000 });
  });

  it('errors in the session part, in two media sections and in the structure are all reported', () => {
    const text = sdp(
      'v=0',
      'o=- 1 2 IN IP4 127.0.0.1',
      's=-',
      't=0 0',
      'c=IN IP4 0.0.0.0', // 5: after t=
      'a=mid:0', // 6: media attribute at session level
      'm=audio 9 RTP/AVP 0',
      'a=ptime:0', // 8: not positive
      'm=video 9 RTP/AVP 96',
      'a=group:BUNDLE 0', // 10: session attribute in media
      'a=rtpmap:96 VP8', // 11: no clock rate
    );
    expect(found(parse(text).diagnostics)).toEqual([
      ['line-order', 'warning', 5, 1, 3],
      ['attribute-level', 'error', 6, 3, 6],
      ['invalid-number', 'error', 8, 9, 10],
      ['attribute-level', 'error', 10, 3, 8],
      ['invalid-syntax', 'error', 11, 13, 16],
    ]);
  });
});

describe('tolerated quirks are read as if written correctly', () => {
  it('an indented m= line still opens a media section for the level of the lines after it', () => {
    const text = sdp(...HEAD, ' m=audio 9 UDP/TLS/RTP/SAVPF 111', 'a=mid:0', 'a=group:BUNDLE 0');
    expect(found(parse(text).diagnostics)).toEqual([
      ['leading-whitespace', 'warning', 6, 1, 2],
      // a=mid is at media level: no diagnostic; a=group is not.
      ['attribute-level', 'error', 8, 3, 8],
    ]);
  });

  it('`m =audio` (space before =) still opens a media section for the level of the lines after it', () => {
    const text = sdp(...HEAD, 'm =audio 9 UDP/TLS/RTP/SAVPF 111', 'a=mid:0', 'a=rtcp-mux');
    expect(found(parse(text).diagnostics)).toEqual([['space-around-equals', 'error', 6, 2, 3]]);
  });

  it('an indented line keeps its typed value', () => {
    const { document } = parse(sdp(...HEAD, ...AUDIO, '  a=mid:0'));
    expect(document.lines[7]).toMatchObject({ type: 'a', name: 'mid', value: '0' });
  });

  it('trailing white space is left out of the typed value and kept in the text', () => {
    const text = sdp(...HEAD, ...AUDIO, 'a=mid:0 ');
    const { document } = parse(text);
    expect(document.lines[7]?.value).toBe('0');
    expect(print(document)).toBe(text);
  });
});
