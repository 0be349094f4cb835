import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsMarkdown } from '../../scripts/docs.js';

describe('docs/diagnostics.md', () => {
  it('matches the catalogue (run `npm run docs` after changing codes.ts)', () => {
    const committed = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    expect(committed).toBe(diagnosticsMarkdown());
  });
});
