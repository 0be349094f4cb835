/**
 * sdpkit lint: rules over one description (`lint`) or an offer and its
 * answer (`lintPair`). See docs/rules.md for every rule.
 */
export { lint, lintPair, newLintErrors } from './run.js';
export type { LintInput, LintOptions, PairLintOptions, PairLintResult, RuleSetting } from './run.js';
export { rules, rulesById } from './registry.js';
export { RULE_ALIASES, canonicalRuleId } from './aliases.js';
export { DEFAULT_TARGETS, ENGINES, ENGINE_NAMES, TARGETS, parseTargets, rejectionLines } from './engines.js';
export type { CaseKnowledge, Engine, EngineBehaviour, Rejection, RuleKnowledge, SetCall, Target } from './engines.js';
export { knowledge as browserKnowledge } from './knowledge.js';
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
