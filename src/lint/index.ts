/**
 * sdpkit lint: rules over one description (`lint`) or an offer and its
 * answer (`lintPair`). See docs/rules.md for every rule.
 */
export { lint, lintPair, newLintErrors } from './run.js';
export type { LintInput, LintOptions, PairLintOptions, PairLintResult, RuleSetting } from './run.js';
export { rules, rulesById } from './registry.js';
export { defineRule } from './rule.js';
export type {
  DescriptionType,
  DocumentContext,
  DocumentRuleDocs,
  DocumentRule,
  Finding,
  PairContext,
  PairExample,
  PairRule,
  Rule,
  RuleDocs,
  RuleScope,
} from './rule.js';
