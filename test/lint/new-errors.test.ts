import { describe, expect, it } from 'vitest';
import { newLintErrors, rulesById } from '../../src/index.js';

describe('newLintErrors', () => {
  const bad = rulesById.get('ice-credentials-missing')!.docs.bad as string;
  const good = rulesById.get('ice-credentials-missing')!.docs.good as string;

  it('counts errors per code: the same error moved to another line by the edit is not new', () => {
    const moved = bad.replace('t=0 0\r\n', 't=0 0\r\na=ice-lite\r\n');
    expect(newLintErrors(bad, moved)).toEqual([]);
  });

  it('reports what the edit brought in', () => {
    expect(newLintErrors(good, bad).map((d) => d.code)).toContain('ice-credentials-missing');
    expect(newLintErrors(bad, good)).toEqual([]);
  });
});
