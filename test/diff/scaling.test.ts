import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { sections } from '../helpers/scale-inputs.js';

/*
 * The diff of an exchange with one BUNDLE group of n sections must be O(n)
 * in size: each section refers to its transport in `bundle.transports`
 * instead of repeating every other mid of the group (41 MB of JSON at 2,000
 * sections). Exact, not timed: the JSON at 4n is about 4 times the JSON at n.
 */
describe('diff output grows linearly with bundled sections', () => {
  it('the JSON of 4n sections is at most 4.2 times the JSON of n', () => {
    const size = (n: number): number => JSON.stringify(diffOfferAnswer(sections.build(n, 'offer'), sections.build(n, 'answer'))).length;
    const small = size(100);
    const large = size(400);
    expect(large / small, `${small} bytes at 100 sections, ${large} at 400`).toBeLessThan(4.2);
  });
});
