import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/*
 * The vitest config Stryker runs (stryker.config.mjs): the project's config,
 * limited to the test folder of the area being mutated (MUTATE_TESTS, set by
 * scripts/mutate.mjs), without the end-to-end tests (browser, tmux).
 * Built by hand rather than with mergeConfig, which would append to the
 * project's include list instead of replacing it.
 */
const dir = process.env.MUTATE_TESTS ?? 'test';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [`${dir}/**/*.test.ts`, `${dir}/**/*.test.tsx`],
    exclude: ['**/node_modules/**', '**/*.e2e.test.ts'],
  },
});
