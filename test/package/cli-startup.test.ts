import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './helpers.js';

/*
 * `sdp --version` and `sdp help` answer from the CLI's own small modules: the
 * library (chevrotain, zod, the knowledge tables) and ink load only when a
 * command runs. A module hook lists every module the built command loads.
 */

const dir = mkdtempSync(join(tmpdir(), 'sdp-startup-'));
const hook = join(dir, 'list-modules.mjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  ensureBuilt();
  writeFileSync(
    hook,
    `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (!r.url.startsWith('node:')) process.stderr.write('module ' + r.url + '\\\\n');
  return r;
}\`));
`,
  );
}, 300_000);

function modules(args: readonly string[]): { stdout: string; loaded: string[] } {
  const r = spawnSync(process.execPath, ['--import', hook, join(root, 'packages/sdpkit-cli/bin/sdp.js'), ...args], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const loaded = r.stderr.split('\n').filter((l) => l.startsWith('module ')).map((l) => l.slice('module '.length));
  return { stdout: r.stdout, loaded };
}

describe('the built sdp loads only what a command needs', () => {
  it.each([[['--version']], [['help']], [['lint', '--help']]])('%j: no library, no ink, no React', (args) => {
    const { stdout, loaded } = modules(args);
    expect(stdout).not.toBe('');
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((u) => !u.includes('/packages/sdpkit-cli/'))).toEqual([]);
  });

  it('a command loads the library as the sdpkit package, and still not ink', () => {
    const { loaded } = modules(['parse', 'examples/chrome-offer.sdp']);
    expect(loaded.some((u) => u.includes('/packages/sdpkit/dist/index.js'))).toBe(true);
    expect(loaded.filter((u) => /\/node_modules\/(ink|react)\//.test(u))).toEqual([]);
  });
});
