import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/extract/json-value.js';
import { growth } from '../helpers/scaling.js';

/*
 * A JSON string with many escapes (an SDP of thousands of lines, each ending
 * in `\r\n`) must be read in linear time: searching for the closing quote
 * again after every escape made a 5 MB JSON-wrapped SDP take 8 s.
 */
describe('JSON strings grow linearly with their escapes', () => {
  it('reads a string of n and 4n escaped lines in proportional time', () => {
    const n = 20_000;
    const g = growth((size) => {
      const text = JSON.stringify({ sdp: 'a=x\r\n'.repeat(size) });
      return () => {
        const r = parseJson(text);
        if (!r.ok) throw new Error(r.error);
      };
    }, n);
    expect(g.ratio, `${g.small.toFixed(1)} ms at ${n}, ${g.large.toFixed(1)} ms at ${4 * n}`).toBeLessThan(10);
  });
});
