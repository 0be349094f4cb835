import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, explainLine } from '../../src/explain/index.js';
import { createDocument, parse } from '../../src/index.js';
import { anyUtf16, nearlyValidText, sdpDocument, sdpLikeText } from '../arbitraries/sdp.js';

/*
 * One invariant: for any text parse accepts (that is, any string), explain
 * never throws and returns exactly one entry per line, in order, each with a
 * label; none is the fallback for an explainer that threw.
 */
const scale = Number(process.env['FC_NUM_RUNS_SCALE'] ?? '1');
const runs = (n: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(n * scale)) });

function oneEntryPerLine(text: string): void {
  const document = parse(text).document;
  const out = explain(document);
  expect(out).toHaveLength(document.lines.length);
  out.forEach((e, i) => {
    expect(e.line).toBe(i + 1);
    expect(e.label).not.toBe('');
    expect(e.label).not.toBe('Not explained');
  });
}

describe('explain never throws and gives one entry per line', () => {
  it('on any UTF-16 string', () => {
    fc.assert(fc.property(anyUtf16, oneEntryPerLine), runs(300));
  });

  it('on SDP-like text (real, mutated, garbage and long lines)', () => {
    fc.assert(fc.property(sdpLikeText, oneEntryPerLine), runs(300));
  });

  it('on nearly valid generated descriptions', () => {
    fc.assert(fc.property(nearlyValidText, oneEntryPerLine), runs(100));
  });

  it('on documents built from typed values (no source text)', () => {
    fc.assert(
      fc.property(sdpDocument({ maxMedia: 3, maxAttributes: 8 }), (input) => {
        const document = createDocument(input);
        const out = explain(document);
        expect(out).toHaveLength(document.lines.length);
        out.forEach((e, i) => {
          expect(e.line).toBe(i + 1);
          expect(e.label).not.toBe('Not explained');
        });
        if (out.length > 0) expect(explainLine(document, out.length)).toEqual(out[out.length - 1]);
      }),
      runs(100),
    );
  });
});
