import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/index.js';
import { parse } from '../../src/parser/index.js';
import { extmaps, rids, sections, ssrcs, type Shape } from '../helpers/scale-inputs.js';
import { growth } from '../helpers/scaling.js';

/*
 * explain must grow linearly: it looked up BUNDLE peers, groups, ssrc groups
 * and simulcast rids by scanning for every line (1,000 bundled sections took
 * 4 s, 2,000 took 13 s). Sizes are chosen so the quadratic code had a ratio
 * far above 10 between n and 4n.
 */
const cases: [string, Shape, number][] = (
  [
    [sections, 100],
    [ssrcs, 800],
    [rids, 800],
    [extmaps, 600],
  ] as const
).map(([shape, n]) => [shape.name, shape, n]);

describe('explain grows linearly', () => {
  it.each(cases)('with more %s', (_name, shape, n) => {
    const g = growth((size) => {
      const { document } = parse(shape.build(size));
      return () => explain(document);
    }, n);
    expect(g.ratio, `${g.small.toFixed(1)} ms at ${n}, ${g.large.toFixed(1)} ms at ${4 * n}`).toBeLessThan(10);
  });
});
