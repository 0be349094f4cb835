import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webBuild } from './scripts/web-build.mjs';

/*
 * The web inspector (src/web): a static page built into dist-web/ and served
 * by scripts/serve-web.mjs. esbuild compiles the TSX. `base: './'` keeps every
 * URL relative, so the page works from any path and offline. The one plugin
 * (scripts/web-build.mjs) precompresses the output (.gz, .br) and stamps it with
 * the hash of its inputs, so `npm start` rebuilds only when a source changed.
 * (Component tests use vitest.config.ts, not this file.)
 */
const repo = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ command }) => ({
  root: repo('./src/web'),
  base: './',
  publicDir: false,
  plugins: [webBuild(repo('./'))],
  // A build is always React's production build, whatever NODE_ENV the shell has
  // (under vitest it is `test`, which would otherwise emit jsxDEV calls).
  esbuild: { jsx: 'automatic', jsxDev: command !== 'build' },
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: repo('./dist-web'),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would add an inline <script>; the CSP allows only 'self'.
    modulePreload: { polyfill: false },
    // The library (parser, knowledge tables) is the largest chunk: fine offline.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // Chunks that change at different paces, cached apart and fetched in parallel: React,
        // the parser generator, zod; the library and the page stay in the entry and the lazy views.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          if (/\/node_modules\/(?:react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/\/node_modules\/(?:chevrotain|@chevrotain|lodash-es|regexp-to-ast)\//.test(id)) return 'chevrotain';
          if (/\/node_modules\/zod\//.test(id)) return 'zod';
          return undefined;
        },
      },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; they are only dropped.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  // The examples live in examples/ at the repo root (imported with ?raw).
  server: { host: '127.0.0.1', fs: { allow: [repo('./')] } },
}));
