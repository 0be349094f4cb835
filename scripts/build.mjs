#!/usr/bin/env node
/*
 * npm run build: the two published packages, from src/.
 *
 * packages/sdpkit/dist      the library: one ESM file per subpath (index, parser, ice, lint, diff,
 *                           explain, extract, redact) plus shared chunks, with chevrotain and zod bundled
 *                           in. Importing chevrotain 11 from node_modules loads 640 lodash-es modules
 *                           (~0.3 s); one bundled file imports in milliseconds. Not minified (consumers
 *                           minify), no source maps (they would point at sources the package does not
 *                           carry). dist/types: the declarations from tsc (tsconfig.lib.json).
 * packages/sdpkit-cli/dist  the `sdp` command: src/cli bundled, with the library's entries rewritten to
 *                           the `sdpkit` package (never a second copy of the library) and ink/react left
 *                           to node_modules. Commands are imported lazily, so `sdp --version` and
 *                           `sdp help` load neither the library nor ink.
 *
 * Options: --no-types skips the declarations (tsc is most of the build's time).
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { zodEnglishOnly } from './esbuild-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const libDir = at('packages/sdpkit');
const cliDir = at('packages/sdpkit-cli');

/** The library's entries: subpath → source. The exports map of packages/sdpkit/package.json matches it. */
export const libraryEntries = {
  index: 'src/index.ts',
  parser: 'src/entries/parser.ts',
  ice: 'src/ice/index.ts',
  lint: 'src/lint/index.ts',
  diff: 'src/diff/index.ts',
  explain: 'src/explain/index.ts',
  extract: 'src/extract/index.ts',
  redact: 'src/redact/index.ts',
};

/** The package specifier of each library entry, by source path without extension. */
const specifierBySource = new Map(
  Object.entries(libraryEntries).map(([name, src]) => [at(src).replace(/\.ts$/, ''), name === 'index' ? 'sdpkit' : `sdpkit/${name}`]),
);

/**
 * The CLI imports the library through its entries only (DESIGN.md: src/index.ts is what the faces
 * import). Each entry becomes the package specifier, external; anything else of the library imported
 * from src/cli is an error, because it would bundle a second copy of library code into the CLI.
 */
const libraryAsPackage = {
  name: 'library-as-package',
  setup(build) {
    const cli = at('src/cli');
    const src = at('src');
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer === '' || !args.importer.startsWith(cli)) return undefined;
      const target = resolve(args.resolveDir, args.path).replace(/\.(js|ts|tsx|jsx)$/, '');
      if (target.startsWith(cli + '/') || !target.startsWith(src + '/')) return undefined;
      const specifier = specifierBySource.get(target);
      if (specifier !== undefined) return { path: specifier, external: true };
      return {
        errors: [{ text: `${relative(root, args.importer)} imports ${args.path}: the CLI may import the library only through ${[...specifierBySource.keys()].map((p) => relative(root, p) + '.ts').join(', ')}` }],
      };
    });
  },
};

/** esbuild's metafiles (what each output holds), for npm run size; kept out of the packages. */
export const metafileDir = at('node_modules/.cache/sdpkit-build');
function writeMetafile(name, metafile) {
  mkdirSync(metafileDir, { recursive: true });
  writeFileSync(join(metafileDir, `${name}.meta.json`), JSON.stringify(metafile));
}

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function buildLibrary() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(libraryEntries).map(([name, src]) => [name, at(src)])),
    outdir: join(libDir, 'dist'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    // The library imports no node: module (DESIGN.md); `neutral` makes the build fail if one appears.
    platform: 'neutral',
    // neutral has no default main fields; lodash-es (chevrotain's dependency) has only main/module.
    mainFields: ['module', 'main'],
    target: 'es2022',
    // Not minified: consumers minify, and esbuild's minifier drops the /* @__PURE__ */ marks
    // their bundlers need to leave out the schemas (and zod) when only parse is imported.
    minify: false,
    sourcemap: false,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
    plugins: [zodEnglishOnly],
  });
  writeMetafile('sdpkit', result.metafile);
  // The reference pages the README links to (docs/rules.md, docs/diagnostics.md).
  mkdirSync(join(libDir, 'docs'), { recursive: true });
  for (const f of readdirSync(at('docs'))) if (f.endsWith('.md')) cpSync(at('docs', f), join(libDir, 'docs', f));
}

async function buildCli() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: at('src/cli/main.ts') },
    outdir: join(cliDir, 'dist'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The library is the `sdpkit` package (plugin); ink and React stay in node_modules and load only for `sdp inspect`.
    external: ['ink', 'react', 'react/*', 'react-dom', 'react-dom/*'],
    plugins: [libraryAsPackage, zodEnglishOnly],
    jsx: 'automatic',
    minify: false,
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  writeMetafile('sdpkit-cli', result.metafile);
  // npm links `bin` to it; the shebang comes from src/cli/main.ts.
  chmodSync(join(cliDir, 'dist/main.js'), 0o755);
  // `sdp demo` reads the examples next to the command.
  cpSync(at('examples'), join(cliDir, 'dist/examples'), { recursive: true });
}

/**
 * tsc writes a declaration for every module of the program, also for those the public types never
 * reach (the lexer and the grammar, which name chevrotain types: chevrotain is bundled, not a
 * dependency). Keeps only the declarations reachable from the entries'.
 */
function pruneDeclarations() {
  const typesDir = join(libDir, 'dist/types');
  const dts = (src) => join(typesDir, relative(at('src'), at(src)).replace(/\.ts$/, '.d.ts'));
  const reachable = new Set();
  const queue = Object.values(libraryEntries).map(dts);
  while (queue.length > 0) {
    const file = queue.pop();
    if (reachable.has(file)) continue;
    reachable.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(resolve(dirname(file), m[1].replace(/\.js$/, '.d.ts')));
    }
  }
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        walk(path);
        if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
      } else if (!reachable.has(path)) {
        rmSync(path);
      }
    }
  };
  walk(typesDir);
}

const started = performance.now();
const withTypes = !process.argv.includes('--no-types');
for (const dir of [join(libDir, 'dist'), join(libDir, 'docs'), join(cliDir, 'dist')]) rmSync(dir, { recursive: true, force: true });
const tsc = at('node_modules/typescript/bin/tsc');
await Promise.all([
  buildLibrary(),
  buildCli(),
  withTypes ? run(process.execPath, [tsc, '-p', at('tsconfig.lib.json')]).then(pruneDeclarations) : Promise.resolve(),
]);
console.log(`built packages/sdpkit and packages/sdpkit-cli in ${((performance.now() - started) / 1000).toFixed(1)} s${withTypes ? '' : ' (no declarations)'}`);
