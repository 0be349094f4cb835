import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDescriptions, type ExtractResult } from '../../src/extract/index.js';
import { nearlyValidText, sdpLikeText } from '../arbitraries/sdp.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';
import { fixture } from './helpers.js';

/*
 * Whatever the wrapping (JSON, JSON-escaped once or twice with or without
 * quotes, a log prefix on every line, plain), a description comes back byte
 * for byte, with the right source and type.
 */

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.sdp'))
  .map((f) => ({ name: `examples/${f}`, text: readFileSync(new URL(f, examplesDir), 'utf8') }));
// The fixture SDPs too: real browser output of every kind (Chrome, Firefox, an SFU).
const fixtureSdps = extractDescriptions(fixture('webrtc-internals-two-pcs.json')).descriptions.map((d) => ({ name: d.label, text: d.sdp }));
if (!hasCorpus) console.warn('shared corpus absent: the extract properties run on examples/ and the fixtures only');
const corpus = corpusFiles().filter((f) => f.text.startsWith('v=0'));
const real = [...examples, ...fixtureSdps, ...corpus];

/** What a log can carry byte for byte: SDP lines (or blank ones), and line ends that are consistent (a mix reads as lost CRs). */
function logSafe(text: string): boolean {
  const lines = text.match(/[^\r\n]*(?:\r\n|\n|\r|$)/g)!.filter((l) => l !== '');
  if (!/^v=0(?:\r\n|\n|\r|$)/.test(text)) return false;
  if (!lines.every((l) => /^[ \t]*[a-zA-Z][ \t]*=/.test(l) || /^[ \t]*(?:\r\n|\n|\r)?$/.test(l))) return false;
  const eols = new Set(lines.filter((l) => !/^[ \t]*(?:\r\n|\n|\r)?$/.test(l)).map((l) => /\r\n$/.test(l) ? 'crlf' : /\n$/.test(l) ? 'lf' : 'other'));
  return !(eols.has('crlf') && eols.has('lf'));
}
const realLogSafe = real.filter((s) => logSafe(s.text));

const realSdp = fc.constantFrom(...real.map((s) => s.text));
const realLogSdp = fc.constantFrom(...realLogSafe.map((s) => s.text));
/** Real descriptions and generated ones (valid lines, random consistent line ends, often no final EOL). */
const anySdp = fc.oneof({ arbitrary: realSdp, weight: 3 }, { arbitrary: nearlyValidText, weight: 2 });
const anyLogSdp = fc.oneof({ arbitrary: realLogSdp, weight: 3 }, { arbitrary: nearlyValidText.filter(logSafe), weight: 2 });

function only(r: ExtractResult): ExtractResult['descriptions'][number] {
  expect(r.descriptions, JSON.stringify(r.diagnostics)).toHaveLength(1);
  return r.descriptions[0]!;
}

it('has real descriptions to test with', () => {
  expect(real.length).toBeGreaterThanOrEqual(hasCorpus ? 100 : 8);
  expect(realLogSafe.length).toBeGreaterThanOrEqual(hasCorpus ? 80 : 8);
});

describe('JSON', () => {
  const type = fc.constantFrom('offer', 'answer', 'pranswer');
  const wrap = fc.constantFrom(
    (d: object) => JSON.stringify(d),
    (d: object) => JSON.stringify(d, null, 2),
    (d: object) => JSON.stringify({ event: 'description', room: 'abc', data: { description: d } }, null, 1),
    (d: object) => JSON.stringify([{ event: 'join', peer: '6f1d' }, { event: 'sdp', payload: d, seq: 3 }]),
  );

  it('{"type":…,"sdp":…} anywhere in a JSON document comes back byte-identical, typed', () => {
    const sdp = fc.oneof(anySdp, sdpLikeText.map((t) => `v=0\r\n${t}`));
    fc.assert(
      fc.property(sdp, type, wrap, (text, t, w) => {
        const d = only(extractDescriptions(w({ type: t, sdp: text })));
        expect(d.sdp).toBe(text);
        expect([d.source, d.type]).toEqual(['json', t]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escaped string literals', () => {
  const escape = (text: string, levels: 1 | 2, quoted: boolean): string => {
    let s = JSON.stringify(text);
    if (levels === 2) s = JSON.stringify(s);
    return quoted ? s : s.slice(1, -1);
  };

  it('escaped once or twice, with or without quotes, comes back byte-identical', () => {
    fc.assert(
      fc.property(anySdp, fc.constantFrom(1 as const, 2 as const), fc.boolean(), (text, levels, quoted) => {
        fc.pre(quoted || !/ $/.test(text));
        const d = only(extractDescriptions(escape(text, levels, quoted)));
        expect(d.sdp).toBe(text);
        expect(d.source).toBe('escaped');
        expect(d.diagnostics[0]!.message).toBe(`undid JSON string escapes (${levels === 1 ? 'once' : 'twice'}): the SDP was copied as an escaped string literal`);
      }),
      { numRuns: 300 },
    );
  });

  it('a quoted literal inside a log line comes back byte-identical', () => {
    const before = fc.constantFrom('', '2024-05-14T12:03:07.530Z DEBUG [pc1] remote answer: ', 'VM88:3 sdp = ', 'offer=');
    const after = fc.constantFrom('', ' (took 3 ms)', ',', ' }');
    fc.assert(
      fc.property(anySdp, fc.constantFrom(1 as const, 2 as const), before, after, (text, levels, b, a) => {
        const d = only(extractDescriptions(`INFO connecting\n${b}${escape(text, levels, true)}${a}\nINFO done\n`));
        expect(d.sdp).toBe(text);
        expect(d.source).toBe('escaped');
      }),
      { numRuns: 200 },
    );
  });
});

describe('logs', () => {
  const pad = (n: number, w: number): string => String(Math.floor(n) % 10 ** w).padStart(w, "0");
  /** Prefix shapes: what stays the same on every line, with digits that change (timestamps, line numbers). */
  const prefix = fc.constantFrom(
    (n: number) => `2024-05-14T12:03:${pad(n / 1000, 2)}.${pad(n, 3)}Z `,
    (n: number) => `2024-05-14 12:03:07,${n % 1000} DEBUG [pc1] `,
    (n: number) => `I0514 12:03:07.${pad(n, 6)} 31205 peer_connection.cc:${n % 9000} ] `,
    (n: number) => `VM${412 + (n % 3)}:${n % 100} `,
    (n: number) => `May 14 12:03:${pad(n, 2)} host node[${n}]: `,
    () => '[pc1] ',
    () => 'webrtc | ',
    () => '    ',
    () => '\t',
  );
  const noise = fc.constantFrom('INFO joined room abc', 'WARN ICE connection state: checking', '{"event":"candidate","candidate":"candidate:0 1 UDP 2122252543 192.0.2.41 50312 typ host"}', 'offer follows:', '');
  const lines = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\n|\r|$)/g)!.filter((l) => l !== '');
  const prefixed = (text: string, p: (n: number) => string, seed: number): string => lines(text).map((l, i) => p(seed + i * 37) + l).join('');

  it('a prefix on every line is stripped and the description comes back byte-identical', () => {
    fc.assert(
      fc.property(anyLogSdp, prefix, fc.nat(), fc.array(noise, { maxLength: 3 }), fc.array(noise, { maxLength: 3 }), (text, p, seed, head, tail) => {
        // More lines may follow a description that ends with a non-blank line and LF: text after a lone CR
        // would make it a CRLF, and blank lines at the end belong to it only at the end of the text.
        const endsWithEol = /\S\r?\n$/.test(text);
        const log = head.map((l) => `${l}\n`).join('') + prefixed(text, p, seed) + (endsWithEol ? tail.map((l) => `${l}\n`).join('') : '');
        const d = only(extractDescriptions(log));
        expect(d.sdp).toBe(text);
        expect(d.source).toBe('log');
        expect(d.diagnostics.map((x) => x.code)).toEqual(['extract-prefix-stripped']);
      }),
      { numRuns: 300 },
    );
  });

  // Blank lines at the end of a description are kept only at the end of the text, so these end with a non-blank line.
  it('several descriptions in one log split at each v=0', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(realLogSdp.filter((t) => /\S\r?\n$/.test(t)), prefix), { minLength: 2, maxLength: 4 }), fc.nat(), (parts, seed) => {
        const log = parts.map(([text, p]) => `INFO next description\n${prefixed(text, p, seed)}`).join('');
        const r = extractDescriptions(log);
        expect(r.descriptions.map((d) => d.sdp)).toEqual(parts.map(([text]) => text));
      }),
      { numRuns: 100 },
    );
  });

  it('a raw description is returned as it is', () => {
    fc.assert(
      fc.property(anyLogSdp, (text) => {
        const d = only(extractDescriptions(text));
        expect(d.sdp).toBe(text);
        expect([d.source, d.diagnostics]).toEqual(['raw', []]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('robustness', () => {
  const pieces = fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '"',
    '\\"',
    ':',
    ',',
    'v=0',
    'v=0\r\n',
    'v=0\\r\\n',
    '\\\\r\\\\n',
    'o=- 1 2 IN IP4 127.0.0.1\r\n',
    'a=mid:0\n',
    '\n',
    '\r',
    ' ',
    '"sdp":',
    '"type":"offer",',
    'type: offer, sdp: ',
    '"PeerConnections":{',
    '"updateLog":[',
    '"pcid":"x (id=1 url=https://a.example)",',
    '"sdpHistory":[',
    '"isLocal":true,',
    '<pre>',
    '</pre>',
    '&lt;',
    '\ufeff',
    '\u001f\u008b',
  );
  const messy = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')),
    fc.json().map((j) => j),
    sdpLikeText,
  );

  it('never throws, and every position it reports is inside the input', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const r = extractDescriptions(text);
        const lineCount = text.split(/\r\n|\n|\r/).length;
        const inside = (p: { line: number; column: number }): void => {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount);
          expect(p.column).toBeGreaterThanOrEqual(1);
        };
        const all = [...r.diagnostics, ...r.descriptions.flatMap((d) => d.diagnostics), ...(r.peerConnections ?? []).flatMap((pc) => pc.diagnostics)];
        for (const d of all) {
          inside(d);
          inside({ line: d.endLine, column: d.endColumn });
          expect(d.code).toMatch(/^extract-[a-z-]+$/);
        }
        r.descriptions.forEach((d, i) => {
          expect(d.index).toBe(i);
          d.lineOrigins.forEach(inside);
        });
        if (r.descriptions.length === 0) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('garbage gives an empty list and a clear diagnostic', () => {
    for (const text of ['', 'hello world', '{"type":"offer"}', '[1,2,3]', '\u001f\u008b\u0008\u0000', '{"type": "offer", "sdp": ']) {
      const r = extractDescriptions(text);
      expect(r.descriptions).toEqual([]);
      expect(r.format).toBe('none');
      expect(r.diagnostics.filter((d) => d.severity === 'error').length, text).toBe(1);
    }
  });
});
