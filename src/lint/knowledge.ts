import type { RuleKnowledge } from './engines.js';

/*
 * What Chromium, Firefox and WebKit do with each condition a lint rule or a
 * parser diagnostic reports, keyed by diagnostic code, then by case key (a
 * finding names its case; `default` otherwise). The error texts are what the
 * browsers' set calls report (recorded by test/oracle from Debian's Chromium
 * and Firefox ESR); the sources say where in each engine the check lives.
 * test/oracle/agreement.test.ts checks these verdicts against the recorded
 * ones, and docs/rules.md shows them per rule.
 */
export const knowledge: Readonly<Record<string, RuleKnowledge>> = {
};
