#!/usr/bin/env node
/**
 * `npm start`: serves the web inspector, building it first only when needed.
 * The build in dist-web/ carries the stamp of the files it was built from
 * (scripts/web-build.mjs); while the sources still match it, the page is
 * served at once. `npm run build:web` always builds.
 *
 *   node scripts/start-web.mjs            → builds if needed, then serves (scripts/serve-web.mjs)
 *   node scripts/start-web.mjs --build    → always builds first
 *   WEB_DIR=other/dir node scripts/start-web.mjs   → builds into and serves another folder
 *   (PORT as for scripts/serve-web.mjs)
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtStamp, inputStamp } from './web-build.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const outDir = process.env.WEB_DIR === undefined || process.env.WEB_DIR === '' ? join(repo, 'dist-web') : resolve(process.env.WEB_DIR);

const force = process.argv.includes('--build');
const [now, built] = await Promise.all([inputStamp(repo), force ? undefined : builtStamp(outDir)]);
if (force || now !== built) {
  console.log(built === undefined ? 'sdpkit web inspector: building the page…' : 'sdpkit web inspector: the sources changed since the last build; building the page…');
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  // NODE_ENV: a shell's `development` or `test` would otherwise reach React's build choice.
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: repo, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (run.status !== 0) {
    console.error('sdpkit web inspector: the build failed (see above).');
    process.exit(run.status ?? 1);
  }
}
process.env.WEB_DIR = outDir;
await import('./serve-web.mjs');
