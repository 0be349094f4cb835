import type { DiagnosticCode } from '../parser/diagnostics/codes.js';
import type { Severity } from '../parser/diagnostics/diagnostic.js';
import type { SdpDocument } from '../parser/model/document.js';
import type { SdpLine } from '../parser/model/line.js';

/*
 * The one shape every lint rule shares (like eslint's rule modules): an id
 * that equals the file name under src/lint/rules/, a default severity, a
 * scope, docs whose bad/good examples run as tests, and a check that reports
 * findings through its context. Rules never build Diagnostics themselves:
 * run.ts turns findings into Diagnostics with the rule's code and ref.
 */

/** Whether a description is an offer or an answer: SDP text does not say, the caller does. */
export type DescriptionType = 'offer' | 'answer';

/** 'document' rules look at one description; 'pair' rules at an offer and its answer. */
export type RuleScope = 'document' | 'pair';

export interface PairExample {
  readonly offer: string;
  readonly answer: string;
}

export interface RuleDocs<E> {
  /** One sentence: what the rule reports. */
  readonly summary: string;
  /** Why it matters: what breaks, and who rejects it. */
  readonly rationale: string;
  /** The RFC section the rule enforces, such as "RFC 8839 §5.4". */
  readonly ref: string;
  /** An example the rule reports (at least once). */
  readonly bad: E;
  /** The same example fixed: the rule reports nothing. */
  readonly good: E;
}

/** What a check reports. run.ts turns it into a Diagnostic. */
export interface Finding {
  readonly message: string;
  /** The line the finding is about; without it (or without its source) the finding points at line 1, column 1. */
  readonly line?: SdpLine | undefined;
  /** 0-based offset of the first character in the line's text (default: the line start). */
  readonly start?: number | undefined;
  /** 0-based offset one past the last character (default: the line end). */
  readonly end?: number | undefined;
  readonly hint?: string | undefined;
  /**
   * This finding's severity when the rule runs at its default, for rules
   * whose findings differ in weight (invisible-characters: error where the
   * character changes a value, warning in free text). A user setting for the
   * rule applies to all of its findings.
   */
  readonly severity?: Severity | undefined;
  /**
   * Which of the rule's conditions this is, as keyed in src/lint/knowledge.ts
   * (what each browser does with it); `default` when absent.
   */
  readonly case?: string | undefined;
}

export interface DocumentContext {
  readonly document: SdpDocument;
  /** Given by the caller (`lint(..., { type })`, or by lintPair); rules that depend on it do nothing when it is unknown. */
  readonly type: DescriptionType | undefined;
  report(finding: Finding): void;
}

export interface PairContext {
  readonly offer: SdpDocument;
  readonly answer: SdpDocument;
  /** Findings point at lines of the answer. */
  report(finding: Finding): void;
}

interface RuleBase {
  /** kebab-case, equal to the file name in src/lint/rules/ and to the Diagnostic code. */
  readonly id: string;
  /**
   * The severity by the strict RFC reading (target `rfc`). With engine
   * targets (the default) a finding is an error when a target engine rejects
   * it (src/lint/knowledge.ts), else the milder of this and `tolerated`.
   * `lint(..., { rules: { [id]: 'off' | 'warning' | 'error' } })` overrides both.
   */
  readonly severity: Severity;
  /** The severity when no target engine rejects the finding (default `warning`; `info` for style). */
  readonly tolerated?: Severity;

  /**
   * Parser diagnostic codes this rule reports more precisely: while the rule
   * is on, a parser diagnostic with one of these codes on a line the rule
   * reported is dropped, so one problem gives one finding.
   */
  readonly replaces?: readonly DiagnosticCode[];
}

export interface DocumentRuleDocs extends RuleDocs<string> {
  /** The type the examples are linted with, for rules that only run on offers or answers. */
  readonly exampleType?: DescriptionType;
}

export interface DocumentRule extends RuleBase {
  readonly scope: 'document';
  readonly docs: DocumentRuleDocs;
  check(context: DocumentContext): void;
}

export interface PairRule extends RuleBase {
  readonly scope: 'pair';
  readonly docs: RuleDocs<PairExample>;
  check(context: PairContext): void;
}

export type Rule = DocumentRule | PairRule;

/** Declares a rule; the overloads give `check` its context type from `scope`. */
export function defineRule(rule: DocumentRule): DocumentRule;
export function defineRule(rule: PairRule): PairRule;
export function defineRule(rule: Rule): Rule {
  return rule;
}
