/* esbuild plugins shared by scripts/build.mjs (the packages) and scripts/size.ts (the size report). */
import { resolve } from 'node:path';

/**
 * zod's classic API re-exports every locale as `z.locales` (366 KB of the bundle's 750 KB of zod;
 * zod/mini and zod/v4/core do the same), and esbuild cannot drop a namespace re-export. The bundled
 * zod is private to the library (`z` is not exported) and only ever uses English, its default; a
 * locale set with the caller's own `z.config(...)` still applies, since zod keeps its config on
 * globalThis. So `locales` keeps only `en`.
 */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer) ? { path: resolve(args.resolveDir, '../locales/en.js'), namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: args.path.replace(/[\\/][^\\/]*$/, ''),
      loader: 'js',
    }));
  },
};
