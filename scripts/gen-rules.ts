/*
 * Writes docs/rules.md from the lint rules' metadata (scripts/rules-doc.ts).
 * Run `npx tsx scripts/gen-rules.ts` after adding or changing a rule; a test
 * fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from './rules-doc.js';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, rulesMarkdown());
console.log(`wrote ${target.pathname}`);
