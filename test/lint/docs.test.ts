import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../scripts/rules-doc.js';
import { rules } from '../../src/lint/index.js';

describe('docs/rules.md', () => {
  it('matches the rules (run `npx tsx scripts/gen-rules.ts` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(rulesMarkdown());
  });

  it('has a table row and a section for every rule', () => {
    const md = rulesMarkdown();
    for (const r of rules) {
      expect(md).toContain(`| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.scope} |`);
      expect(md).toContain(`## \`${r.id}\``);
    }
  });
});
