/*
 * Writes docs/diagnostics.md from the diagnostic catalogue
 * (src/parser/diagnostics/codes.ts). `npm run docs` regenerates it; a test
 * fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { diagnosticsMarkdown } from './docs.js';

const target = new URL('../docs/diagnostics.md', import.meta.url);
writeFileSync(target, diagnosticsMarkdown());
console.log(`wrote ${target.pathname}`);
