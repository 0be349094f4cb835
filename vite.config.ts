import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/*
 * The web inspector (src/web): a static page built into dist-web/ and served
 * by scripts/serve-web.mjs. No plugin: esbuild compiles the TSX. `base: './'`
 * keeps every URL relative, so the page works from any path and offline.
 * (Component tests use vitest.config.ts, not this file.)
 */
const repo = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ command }) => ({
  root: repo('./src/web'),
  base: './',
  publicDir: false,
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
    // The library (parser, knowledge tables, zod) is one chunk of ~860 kB (250 kB gzipped): fine offline.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
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
