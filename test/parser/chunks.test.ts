import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, print } from '../../src/index.js';
import { toModel } from '../../src/parser/cst/to-model.js';
import { parseRaw } from '../../src/parser/grammar/run.js';

const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');

/** The model built in one piece, to compare with parse's chunked build. */
function unchunked(text: string) {
  const { lines, diagnostics } = toModel(parseRaw(text));
  return { lines, diagnostics: diagnostics.finish() };
}

describe('large inputs are modelled in chunks', () => {
  it('gives the same lines, positions and diagnostics as one piece (mixed endings, garbage, blank lines)', () => {
    const pieces = offer.split('\r\n');
    let text = '';
    for (let i = 0; text.length < 400_000; i++) {
      const line = pieces[i % pieces.length]!;
      const eol = ['\r\n', '\n', '\r', '\r\n', '\r\n'][i % 5]!;
      text += (i % 97 === 0 ? 'garbage line' : i % 89 === 0 ? '' : line) + eol;
    }
    text += 'a=no-final-eol';
    const chunked = parse(text);
    const whole = unchunked(text);
    expect(print(chunked.document)).toBe(text);
    expect(chunked.document.lines).toEqual(whole.lines);
    expect(chunked.diagnostics).toEqual(whole.diagnostics);
    for (const line of chunked.document.lines.slice(0, 2000)) {
      expect(text.slice(line.source!.offset, line.source!.offset + line.source!.text.length)).toBe(line.source!.text);
    }
  });

  it('property: chunked and one-piece models agree on long random SDP-like text', () => {
    const line = fc.oneof(fc.constantFrom(...offer.split('\r\n').filter((l) => l !== '')), fc.string({ maxLength: 40 }));
    const eol = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { minLength: 1500, maxLength: 3000 }), (rows) => {
        const text = rows.map(([l, e]) => l + e).join('').repeat(20);
        const chunked = parse(text);
        expect(print(chunked.document)).toBe(text);
        expect(chunked.document.lines).toEqual(unchunked(text).lines);
      }),
      { numRuns: 5 },
    );
  });
});
