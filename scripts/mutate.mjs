#!/usr/bin/env node
/*
 * npm run mutate -- <area> [file or glob ...]
 *
 * Runs StrykerJS on one area: mutates that area's source folder (or only the
 * files given after the area) and runs only the area's test folder. Run by
 * hand; the reports go to reports/mutation/<area>/ (git-ignored):
 * mutation.html to browse, mutation.json for tools.
 *
 *   npm run mutate -- lint src/lint/rules/extmap-id-range.ts
 *   MUTATE_CONCURRENCY=2 npm run mutate -- ice
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** area → [files to mutate, test folder]. */
const AREAS = {
  parser: [['src/parser/**/*.ts'], 'test/parser'],
  ice: [['src/ice/**/*.ts'], 'test/ice'],
  lint: [['src/lint/**/*.ts', '!src/lint/examples.ts'], 'test/lint'],
  diff: [['src/diff/**/*.ts', 'src/codecs/**/*.ts'], 'test/diff'],
  redact: [['src/redact/**/*.ts'], 'test/redact'],
  extract: [['src/extract/**/*.ts'], 'test/extract'],
  explain: [['src/explain/**/*.ts'], 'test/explain'],
};

const [area, ...files] = process.argv.slice(2);
if (area === undefined || !(area in AREAS)) {
  console.error(`usage: npm run mutate -- <${Object.keys(AREAS).join('|')}> [file or glob ...]`);
  process.exit(2);
}
const [mutate, tests] = AREAS[area];

// The tests read ../shared/corpus next to the repository; Stryker runs them in
// .stryker-tmp/sandbox-*/, so the sandboxes find it through .stryker-tmp/shared.
const shared = resolve(root, '..', 'shared');
const tmp = join(root, '.stryker-tmp');
mkdirSync(tmp, { recursive: true });
if (existsSync(shared) && !existsSync(join(tmp, 'shared'))) symlinkSync(shared, join(tmp, 'shared'));

const args = ['stryker', 'run', 'stryker.config.mjs', '--mutate', (files.length > 0 ? files : mutate).join(',')];
const env = { ...process.env, MUTATE_AREA: area, MUTATE_TESTS: tests };
const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env });
process.exit(run.status ?? 1);
