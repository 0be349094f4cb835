import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/run.js';
import { parse } from '../../src/parser/index.js';
import { formats, groups, type Shape } from '../helpers/scale-inputs.js';
import { growth } from '../helpers/scaling.js';

/*
 * Lint must grow linearly with the input: quadratic paths (a scan of the
 * line per finding, of the sections per section) took 16 s for one m= line
 * of 20,000 formats. Each case times lint at n and 4n; sizes are chosen so
 * the quadratic code took over a second at 4n (ratio 15 to 56 measured), while
 * the linear code stays near 4.
 */
const cases: [string, Shape, number][] = (
  [
    [formats, 1500],
    [groups, 1500],
  ] as const
).map(([shape, n]) => [shape.name, shape, n]);

describe('lint grows linearly', () => {
  it.each(cases)('with more %s', (_name, shape, n) => {
    const g = growth((size) => {
      const parsed = parse(shape.build(size));
      return () => lint(parsed, { type: 'answer' });
    }, n);
    expect(g.ratio, `${g.small.toFixed(1)} ms at ${n}, ${g.large.toFixed(1)} ms at ${4 * n}`).toBeLessThan(10);
  });
});
