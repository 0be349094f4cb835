// @ts-check
/*
 * StrykerJS mutation testing, run by hand (not in CI, not in `npm test`):
 *   npm run mutate -- <area> [file glob ...]
 * scripts/mutate.mjs picks the files to mutate and the test folder per area
 * (MUTATE_TESTS, read by vitest.mutate.config.ts). Reports go to reports/
 * (git-ignored).
 */
const area = process.env.MUTATE_AREA ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  // Each test is traced to the mutants it covers, so a mutant only reruns those tests.
  coverageAnalysis: 'perTest',
  // Mutants in module-level tables run when the module loads, before any test: every
  // such "static" mutant would rerun the whole test folder. They are skipped and
  // counted as ignored; the tables themselves are checked by the table tests.
  ignoreStatic: true,
  // The machine is shared: one sandbox at a time unless MUTATE_CONCURRENCY says otherwise.
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  timeoutMS: 30_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${area}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${area}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, maxTestsToLog: 0 },
  // Generated, built or unrelated files the sandbox does not need.
  ignorePatterns: ['dist', 'dist-web', 'packages/*/dist', 'test-results', 'reports', 'coverage', 'bench', '.git'],
  cleanTempDir: 'always',
  // No type checking per mutant (slow); mutants the compiler would reject are few and show as killed or survived alike.
  disableTypeChecks: true,
};
export default config;
