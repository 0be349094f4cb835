/*
 * A consumer's browser bundle (esbuild, minified ESM, gzip level 9): what
 * npm run size reports and the consumer test holds to its budget.
 */
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { zodEnglishOnly } from './esbuild-plugins.mjs';

export interface BrowserBundle {
  code: Uint8Array;
  raw: number;
  gzip: number;
  meta?: esbuild.Metafile | undefined;
}

export async function browserBundle(contents: string, resolveDir: string, metafile = false): Promise<BrowserBundle> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'consumer.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile,
    // As in the package build (a no-op on the built package, where it is done already).
    plugins: [zodEnglishOnly],
    logLevel: 'error',
    // esbuild's code splitting leaves `import "./chunk.js"` lines for evaluation order; with
    // "sideEffects": false a consumer's bundler drops them, which is what we want. esbuild warns about
    // it for a package outside node_modules (here the workspace), never for an installed one.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  const code = result.outputFiles[0]!.contents;
  return { code, raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, meta: result.metafile };
}
