import type { Diagnostic, Severity } from '../parser/diagnostics/diagnostic.js';
import { parse, type ParseResult } from '../parser/index.js';
import type { SdpDocument } from '../parser/model/document.js';
import { print } from '../parser/serialize/print.js';
import { printable } from '../text/printable.js';
import { canonicalRuleId } from './aliases.js';
import { behaviourOf, DEFAULT_TARGETS, ENGINE_NAMES, harsher, milder, parseTargets, rejectionsOf, type CaseKnowledge, type Engine, type Rejection, type Target } from './engines.js';
import { knowledge } from './knowledge.js';
import { forgetLookups } from './lookups.js';
import { rules } from './registry.js';
import type { DescriptionType, Finding, Rule } from './rule.js';

/** A per-rule override of the default severity. */
export type RuleSetting = 'off' | 'warning' | 'error';

export interface LintOptions {
  /** Severity overrides by rule id (old ids such as `chrome-plan-b` still work). An unknown id throws (the message lists the valid ones). */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /**
   * The engines the description is for (`['chromium', 'firefox']` by default;
   * a comma-separated string works too): a finding is an error when one of
   * them rejects the description, a warning when they tolerate an RFC
   * violation, info for style. `['rfc']` keeps the strict RFC reading. An
   * unknown target throws.
   */
  readonly targets?: readonly Target[] | string | undefined;
  /** Offer or answer: SDP text does not say. Rules about offer/answer roles run only when it is known. */
  readonly type?: DescriptionType | undefined;
}

export type PairLintOptions = Omit<LintOptions, 'type'>;

/** SDP text, a parsed document, or the result of `parse`. */
export type LintInput = string | SdpDocument | ParseResult;

export interface PairLintResult {
  /** Parser diagnostics and document rules of the offer (run with type 'offer'). */
  readonly offer: Diagnostic[];
  /** Parser diagnostics and document rules of the answer (run with type 'answer'). */
  readonly answer: Diagnostic[];
  /** Offer/answer rules; they point at lines of the answer. */
  readonly pair: Diagnostic[];
}

/**
 * Lints one description: the parser's diagnostics (when they can be had)
 * plus every enabled document rule, sorted by line and column.
 * Throws only for invalid options (an unknown rule id or setting).
 */
export function lint(input: LintInput, options: LintOptions = {}): Diagnostic[] {
  const settings = resolveSettings(options);
  const { document, diagnostics } = resolveInput(input);
  return lintDocument(document, diagnostics, options.type, settings);
}

/**
 * Lints an offer and its answer: each side as `lint` would with its type
 * set, plus the pair rules (RFC 3264 §6 and friends), whose findings point
 * at the answer's lines.
 */
export function lintPair(offer: LintInput, answer: LintInput, options: PairLintOptions = {}): PairLintResult {
  const settings = resolveSettings(options);
  const o = resolveInput(offer);
  const a = resolveInput(answer);
  forgetLookups(o.document);
  forgetLookups(a.document);
  const pair: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'pair') continue;
    if (settings.overrides.get(rule.id) === 'off') continue;
    const findings = runSafely(rule, (report) => rule.check({ offer: o.document, answer: a.document, report }));
    // A loop, not push(...): a rule may find one problem per line of a huge answer.
    for (const f of findings) pair.push(toDiagnostic(rule, settings, f));
  }
  return {
    offer: lintDocument(o.document, o.diagnostics, 'offer', settings),
    answer: lintDocument(a.document, a.diagnostics, 'answer', settings),
    pair: sortDiagnostics(pair),
  };
}

function lintDocument(document: SdpDocument, parserDiagnostics: readonly Diagnostic[], type: DescriptionType | undefined, settings: Settings): Diagnostic[] {
  forgetLookups(document);
  const found: Diagnostic[] = [];
  const replaced = new Set<string>(); // `${code}@${line}` of parser diagnostics a rule reports better
  for (const rule of rules) {
    if (rule.scope !== 'document') continue;
    if (settings.overrides.get(rule.id) === 'off') continue;
    const findings = runSafely(rule, (report) => rule.check({ document, type, report }));
    for (const f of findings) {
      const d = toDiagnostic(rule, settings, f);
      found.push(d);
      for (const code of rule.replaces ?? []) replaced.add(`${code}@${d.line}`);
    }
  }
  const kept = parserDiagnostics.filter((d) => !replaced.has(`${d.code}@${d.line}`));
  const parser = kept.length === 0 ? kept : judgeParserDiagnostics(document, kept, settings.targets);
  return sortDiagnostics([...parser, ...found]);
}

interface Settings {
  readonly overrides: ReadonlyMap<string, RuleSetting>;
  readonly targets: readonly Target[];
}

const SETTINGS: ReadonlySet<string> = new Set<RuleSetting>(['off', 'warning', 'error']);

function resolveSettings(options: LintOptions): Settings {
  const targets = options.targets === undefined ? DEFAULT_TARGETS : parseTargets(options.targets);
  const overrides = new Map<string, RuleSetting>();
  if (options.rules === undefined) return { overrides, targets };
  const known = new Set(rules.map((r) => r.id));
  for (const [given, setting] of Object.entries(options.rules)) {
    const id = canonicalRuleId(given);
    if (!known.has(id)) {
      throw new Error(`unknown lint rule \`${given}\`; valid rule ids: ${[...known].sort().join(', ')}`);
    }
    if (!SETTINGS.has(setting)) {
      throw new Error(`invalid setting \`${String(setting)}\` for lint rule \`${given}\`: use \`off\`, \`warning\` or \`error\``);
    }
    overrides.set(id, setting);
  }
  return { overrides, targets };
}

interface Verdict {
  severity: Severity;
  rejectedBy: Rejection[];
  depends?: string;
}

/**
 * A finding's severity under the targets: error when a target engine rejects
 * its case (or the case says the call cannot work at all), else the milder of its
 * RFC severity and what the rule deems tolerable; with `rfc` among the
 * targets, never milder than the RFC reading. When a target engine's verdict
 * is not recorded, the RFC reading stands: lint does not call tolerated what
 * it does not know to be.
 */
function judge(rfc: Severity, known: CaseKnowledge | undefined, targets: readonly Target[], tolerated: Severity): Verdict {
  const rejectedBy = rejectionsOf(known, targets);
  const engines = targets.filter((t): t is Engine => t !== 'rfc');
  let severity: Severity;
  if (engines.length === 0 || known === undefined) severity = rfc;
  else if (rejectedBy.length > 0 || known.fatal !== undefined) severity = 'error';
  else if (engines.some((e) => behaviourOf(known, e) === undefined)) severity = rfc;
  else severity = milder(rfc, tolerated);
  if (targets.includes('rfc')) severity = harsher(severity, rfc);
  const verdict: Verdict = { severity, rejectedBy };
  const depends = engines.flatMap((e) => {
    const b = behaviourOf(known, e);
    return b?.verdict === 'depends' ? [`${ENGINE_NAMES[e]}: ${b.note ?? 'depends on more than this text'}`] : [];
  });
  if (depends.length > 0) verdict.depends = depends.join('; ');
  return verdict;
}

/** A code's case: the first of `keys` (most specific first) that the table has, else its `default`. */
function caseOf(code: string, keys: readonly string[]): CaseKnowledge | undefined {
  const entry = Object.hasOwn(knowledge, code) ? knowledge[code] : undefined;
  if (entry === undefined) return undefined;
  const key = keys.find((k) => Object.hasOwn(entry, k));
  return key === undefined ? entry['default'] : entry[key];
}

function applyVerdict(d: Diagnostic, v: Verdict): Diagnostic {
  d.severity = v.severity;
  if (v.rejectedBy.length > 0) d.rejectedBy = v.rejectedBy;
  if (v.depends !== undefined) d.depends = v.depends;
  return d;
}

/**
 * Parser diagnostics judged like findings. Their case is the line they are
 * on, most specific first: `a=<attribute>` or `<type>=` (an invalid value in
 * a=rtpmap is not one in a=x-foo), then `attribute` or `line`, then the
 * code's `default`.
 */
function judgeParserDiagnostics(document: SdpDocument, list: readonly Diagnostic[], targets: readonly Target[]): Diagnostic[] {
  const keys = new Map<number, readonly string[]>();
  for (const l of document.lines) {
    if (l.source === undefined) continue;
    keys.set(l.source.line, l.type === 'a' && l.name !== undefined ? [`a=${l.name.toLowerCase()}`, 'attribute'] : [`${l.type}=`, 'line']);
  }
  return list.map((d) => {
    const v = judge(d.severity, caseOf(d.code, keys.get(d.line) ?? []), targets, 'warning');
    return v.severity === d.severity && v.rejectedBy.length === 0 && v.depends === undefined ? d : applyVerdict({ ...d }, v);
  });
}

function isParseResult(input: SdpDocument | ParseResult): input is ParseResult {
  return 'document' in input && 'diagnostics' in input;
}

/**
 * The document to lint and the parser diagnostics that go with it. A bare
 * document whose lines all kept their source is printed and parsed again
 * (print is lossless, so positions match); a document built from values has
 * no positions, hence no parser diagnostics.
 */
function resolveInput(input: LintInput): ParseResult {
  if (typeof input === 'string') return parse(input);
  if (isParseResult(input)) return input;
  const lossless = input.lines.length > 0 && input.lines.every((l) => l.source !== undefined);
  return { document: input, diagnostics: lossless ? parse(print(input)).diagnostics : [] };
}

/** Runs one check; a rule that throws gives one finding saying so instead of breaking the whole lint. */
function runSafely(rule: Rule, run: (report: (f: Finding) => void) => void): Finding[] {
  const findings: Finding[] = [];
  try {
    run((f) => findings.push(f));
  } catch (error) {
    findings.push({ message: `internal error in lint rule \`${rule.id}\`: ${error instanceof Error ? error.message : String(error)} (a bug: please report it with the input)` });
  }
  return findings;
}

/** A finding as a Diagnostic: 1-based line and columns from the line's source (line 1, column 1 without one). */
function toDiagnostic(rule: Rule, settings: Settings, finding: Finding): Diagnostic {
  const src = finding.line?.source;
  let line = 1;
  let column = 1;
  let endColumn = 1;
  if (src !== undefined) {
    const length = src.text.length;
    const start = clamp(finding.start ?? 0, 0, length);
    const end = clamp(finding.end ?? length, start, length);
    line = src.line;
    column = start + 1;
    endColumn = end + 1;
  }
  // Messages are for people and quote the input: a quoted mid `1\u200b` reads `1⟨U+200B⟩` in every output (terminal, JSON, SARIF, page).
  const d: Diagnostic = { code: rule.id, severity: 'error', message: printable(finding.message), line, column, endLine: line, endColumn, ref: rule.docs.ref };
  if (finding.hint !== undefined) d.hint = printable(finding.hint);
  const verdict = judge(finding.severity ?? rule.severity, caseOf(rule.id, finding.case === undefined ? [] : [finding.case]), settings.targets, rule.tolerated ?? 'warning');
  applyVerdict(d, verdict);
  // A user's setting for the rule wins over the targets' verdict.
  const setting = settings.overrides.get(rule.id);
  if (setting === 'warning' || setting === 'error') d.severity = setting;
  return d;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(Math.trunc(n), min), max);
}

/** Stable sort by position: the parser's diagnostics come before the rules' at the same spot. */
function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.line - y.d.line || x.d.column - y.d.column || x.i - y.i)
    .map((x) => x.d);
}

/**
 * The errors an edit brings in: those of `after` beyond what `before` had of
 * the same code (counted per code, not by message, whose line numbers move
 * with the edit). What `sdp edit` refuses to write and the page warns about.
 */
export function newLintErrors(before: LintInput, after: LintInput, options: LintOptions = {}): Diagnostic[] {
  const had = new Map<string, number>();
  for (const d of lint(before, options)) if (d.severity === 'error') had.set(d.code, (had.get(d.code) ?? 0) + 1);
  return lint(after, options).filter((d) => {
    if (d.severity !== 'error') return false;
    const n = had.get(d.code) ?? 0;
    had.set(d.code, n - 1);
    return n <= 0;
  });
}
