import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument, format, parse, print } from '../../src/index.js';
import type { Diagnostic } from '../../src/index.js';
import { partSlots } from '../../src/parser/grammar/slots.js';

/*
 * The grammar (src/parser/grammar/parser.ts) carries SDP's structure: the
 * session part, time descriptions and media descriptions in RFC 8866 order.
 * Its error recovery decides which lines are out of place, and the model
 * reports them. Expected positions are written by hand from the input.
 */

const CRLF = '\r\n';
const sdp = (...lines: string[]): string => lines.map((l) => l + CRLF).join('');
const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

const V = 'v=0';
const O = 'o=- 4611731400430051336 2 IN IP4 127.0.0.1';
const S = 's=-';
const C = 'c=IN IP4 0.0.0.0';
const T = 't=0 0';
const M = 'm=audio 9 UDP/TLS/RTP/SAVPF 111';
const RTPMAP = 'a=rtpmap:111 opus/48000/2';

const STRUCTURE = new Set(['line-order', 'duplicate-line', 'misplaced-line', 'missing-line']);
const structural = (ds: readonly Diagnostic[]): [string, number, number, number][] =>
  ds.filter((d) => STRUCTURE.has(d.code)).map((d) => [d.code, d.line, d.column, d.endColumn]);

describe('the grammar states the order, read back from its rules', () => {
  it('session part: v o s i u e p c b t r z k a; media description: m i c b k a', () => {
    expect(partSlots('session').order).toBe('v o s i u e p c b t r z k a');
    expect(partSlots('media').order).toBe('m i c b k a');
  });

  it('v o s t are required, t and r repeat, the rest of the session part appears at most once or repeats as RFC 8866 says', () => {
    const s = partSlots('session').slots;
    expect(s.filter((x) => x.required).map((x) => x.type)).toEqual(['v', 'o', 's', 't']);
    expect(s.filter((x) => !x.once).map((x) => x.type)).toEqual(['e', 'p', 'b', 't', 'r', 'a']);
    // r= sorts with its t= (the time description is one sub-rule).
    expect(s.find((x) => x.type === 'r')!.rank).toBe(s.find((x) => x.type === 't')!.rank);
    const m = partSlots('media').slots;
    expect(m.filter((x) => x.required).map((x) => x.type)).toEqual(['m']);
    expect(m.filter((x) => x.once).map((x) => x.type)).toEqual(['m', 'i', 'k']);
  });
});

interface Row {
  lines: string[];
  expected: [code: string, line: number, column: number, endColumn: number][];
  message?: string;
}

const rows: Record<string, Row> = {
  'a browser offer is in order': { lines: offer.split(CRLF).slice(0, -1), expected: [] },
  'c= after t=': {
    lines: [V, O, S, T, C, M, RTPMAP],
    expected: [['line-order', 5, 1, 3]],
    message: '`c=` must come before `t=` in the session part; the order is v o s i u e p c b t r z k a',
  },
  'b= after a session attribute, then more attributes (only the b= is out of place)': {
    lines: [V, O, S, C, T, 'a=ice-lite', 'b=AS:30', 'a=msid-semantic: WMS', M],
    expected: [['line-order', 7, 1, 3]],
    message: '`b=` must come before `t=` and `a=` in the session part',
  },
  'r= away from its t=': {
    lines: [V, O, S, C, T, 'a=ice-lite', 'r=7d 1h 0 25h', M],
    expected: [['line-order', 7, 1, 3]],
    message: '`r=` must come before `a=`',
  },
  'two time descriptions, each with its r= lines': {
    lines: [V, O, S, C, 't=3034423619 3042462419', 'r=7d 1h 0 25h', 't=3034423620 3042462420', 'r=7d 1h 0 25h', 'z=2882844526 -1h', M],
    expected: [],
  },
  'c= after the attributes of a media description, then more attributes': {
    lines: [V, O, S, T, M, RTPMAP, C, 'a=rtcp-mux'],
    expected: [['line-order', 7, 1, 3]],
    message: '`c=` must come before `a=` in the media description; the order is m i c b k a',
  },
  'several c= lines in a media description are allowed (RFC 8866 §5.7, multicast)': {
    lines: [V, O, S, T, M, C, 'c=IN IP4 0.0.0.1', RTPMAP],
    expected: [],
  },
  'a second i= in a media description': {
    lines: [V, O, S, C, T, M, 'i=one', 'i=two', RTPMAP],
    expected: [['duplicate-line', 8, 1, 3]],
    message: 'second `i=` line in the media description: only one is allowed',
  },
  'a second s=': {
    lines: [V, O, S, S, C, T, M],
    expected: [['duplicate-line', 4, 1, 3]],
    message: 'second `s=` line in the session part',
  },
  'a second o= and no s=': {
    lines: [V, O, O, C, T, M],
    expected: [
      ['duplicate-line', 3, 1, 3],
      ['missing-line', 4, 1, 3],
    ],
  },
  'v= inside a media description': {
    lines: [V, O, S, C, T, M, RTPMAP, V],
    expected: [['misplaced-line', 8, 1, 3]],
    message: '`v=` (protocol version) has no place in a media description: only m i c b k a may appear there',
  },
  'an indented t= inside a media description, at its letter': {
    lines: [V, O, S, C, T, M, '  t=0 0'],
    expected: [['misplaced-line', 7, 3, 5]],
  },
  'no s= (reported at the c= line it must precede)': {
    lines: [V, O, C, T, M],
    expected: [['missing-line', 3, 1, 3]],
    message: 'missing `s=` line (session name): every session description needs one',
  },
  'no session part at all: v o s t missing, reported at the m= line': {
    lines: [M, C, RTPMAP],
    expected: [
      ['missing-line', 1, 1, M.length + 1],
      ['missing-line', 1, 1, M.length + 1],
      ['missing-line', 1, 1, M.length + 1],
      ['missing-line', 1, 1, M.length + 1],
    ],
  },
  'unknown and garbage lines have no place in the grammar, and take none from the lines around them': {
    lines: [V, O, S, 'y=0100000001', C, T, '', M, 'candidate:1 1 udp 1 192.0.2.1 9 typ host', RTPMAP],
    expected: [],
  },
};

describe('lines out of place, duplicated, misplaced and missing: from the grammar, at line:column', () => {
  it.each(Object.entries(rows))('%s', (_name, row) => {
    const text = sdp(...row.lines);
    const { document, diagnostics } = parse(text);
    expect(structural(diagnostics)).toEqual(row.expected);
    if (row.message !== undefined) expect(diagnostics.find((d) => STRUCTURE.has(d.code))?.message).toContain(row.message);
    expect(print(document)).toBe(text);
  });

  it('real offers and answers have no structural diagnostic', () => {
    for (const text of [offer, answer]) expect(structural(parse(text).diagnostics)).toEqual([]);
  });
});

describe('the sections come from the grammar, once, and every consumer reads them', () => {
  it('an m= line out of any order still opens its media description; the lines of each part stay in it', () => {
    const text = sdp(V, O, S, C, T, M, RTPMAP, V, T, 'm=video 9 UDP/TLS/RTP/SAVPF 96', 'a=rtpmap:96 VP8/90000');
    const { document } = parse(text);
    expect(document.media.map((m) => m.lines.map((l) => l.source!.line))).toEqual([
      [6, 7, 8, 9],
      [10, 11],
    ]);
    expect(document.media.map((m) => m.codecs.map((c) => c.name))).toEqual([['opus'], ['VP8']]);
  });

  it('a built document (createDocument) gets the same sections as the parsed one', () => {
    const parsed = parse(offer).document;
    const built = createDocument({ lines: parsed.lines.map(({ source: _s, ...rest }) => rest) });
    expect(built.media.map((m) => m.lines.length)).toEqual(parsed.media.map((m) => m.lines.length));
    expect(built.session.lines.length).toBe(parsed.session.lines.length);
  });

  it('format puts each part in the grammar order, keeping r= with its t=', () => {
    const text = sdp(V, O, S, 't=1 2', 'r=7d 1h 0 25h', 't=3 4', C, 'a=ice-lite', 'b=AS:30', M, 'a=rtcp-mux', C);
    expect(format(parse(text).document)).toBe(sdp(V, O, S, C, 'b=AS:30', 't=1 2', 'r=7d 1h 0 25h', 't=3 4', 'a=ice-lite', M, C, 'a=rtcp-mux'));
  });
});

/** Typed lines of every kind, valid or not in their place, plus lines the grammar has no token for. */
const anyLine = fc.oneof(
  fc.constantFrom(V, O, S, 'i=x', 'u=x', 'e=x', 'p=x', C, 'b=AS:1', T, 'r=7d 1h 0 25h', 'z=0 0', 'k=clear:x', 'a=rtcp-mux', RTPMAP, M, ' m=video 9 RTP/AVP 0', 'm =audio 9 RTP/AVP 0'),
  fc.constantFrom('', 'garbage', 'y=1', ' a=x'),
);

describe('properties', () => {
  it('the parts partition the lines: session part first, one media description per m= line, each starting with it', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 60 }), (lines) => {
        const { document } = parse(sdp(...lines));
        const flat = [...document.session.lines, ...document.media.flatMap((m) => m.lines)];
        expect(flat).toEqual(document.lines);
        expect(document.media.length).toBe(document.lines.filter((l) => l.type === 'm').length);
        for (const m of document.media) expect(m.lines[0]!.type).toBe('m');
      }),
    );
  });

  it('a description in grammar order gives no structural diagnostic, and moving its c= line after its t= gives exactly one, there', () => {
    const session = fc.record({
      i: fc.boolean(),
      e: fc.nat(2),
      b: fc.nat(2),
      times: fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }),
      a: fc.nat(3),
    });
    const media = fc.array(fc.record({ i: fc.boolean(), c: fc.nat(2), b: fc.nat(2), a: fc.nat(3) }), { maxLength: 4 });
    fc.assert(
      fc.property(session, media, (s, ms) => {
        const head = [V, O, S, ...(s.i ? ['i=x'] : []), ...Array.from({ length: s.e }, () => 'e=x@example.com')];
        const tail = [...Array.from({ length: s.b }, () => 'b=AS:1'), ...s.times.flatMap((r) => [T, ...Array.from({ length: r }, () => 'r=7d 1h 0 25h')])];
        const attrs = Array.from({ length: s.a }, () => 'a=ice-lite');
        const body = ms.flatMap((m) => [M, ...(m.i ? ['i=x'] : []), ...Array.from({ length: m.c }, () => C), ...Array.from({ length: m.b }, () => 'b=AS:1'), ...Array.from({ length: m.a }, () => RTPMAP)]);
        expect(structural(parse(sdp(...head, C, ...tail, ...attrs, ...body)).diagnostics)).toEqual([]);
        // The same c= line after the time descriptions: out of order, at its own line.
        const moved = [...head, ...tail, C, ...attrs, ...body];
        expect(structural(parse(sdp(...moved)).diagnostics)).toEqual([['line-order', head.length + tail.length + 1, 1, 3]]);
      }),
    );
  });
});

describe('hostile structure costs linear time and keeps every section', () => {
  it('thousands of misplaced lines: recovery stops re-syncing past its budget, the sections after them are still read', () => {
    const bad = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 't=0 0' : RTPMAP));
    const text = sdp(V, O, S, C, T, M, ...bad, 'm=video 9 RTP/AVP 96', 'a=rtpmap:96 VP8/90000', 'm=audio 9 RTP/AVP 0');
    const start = performance.now();
    const { document, diagnostics } = parse(text);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(document.media.map((m) => m.kind)).toEqual(['audio', 'video', 'audio']);
    expect(document.media[1]!.codecs.map((c) => c.name)).toEqual(['VP8']);
    expect(print(document)).toBe(text);
    // 10,000 misplaced t= lines: the first 100 reported, the rest counted.
    expect(diagnostics.filter((d) => d.code === 'misplaced-line')).toHaveLength(100);
    expect(diagnostics.find((d) => d.code === 'diagnostics-truncated')?.message).toMatch(/^9900 more `misplaced-line`/);
  });
});
