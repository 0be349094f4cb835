import type { Diagnostic, Severity } from '../parser/diagnostics/diagnostic.js';
import { parse, type ParseResult } from '../parser/index.js';
import type { SdpDocument } from '../parser/model/document.js';
import { print } from '../parser/serialize/print.js';
import { printable } from '../text/printable.js';
import { rules } from './registry.js';
import type { DescriptionType, Finding, Rule } from './rule.js';

/** A per-rule override of the default severity. */
export type RuleSetting = 'off' | 'warning' | 'error';

export interface LintOptions {
  /** Severity overrides by rule id. An unknown id throws (the message lists the valid ones). */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
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
  const settings = resolveSettings(options.rules);
  const { document, diagnostics } = resolveInput(input);
  return lintDocument(document, diagnostics, options.type, settings);
}

/**
 * Lints an offer and its answer: each side as `lint` would with its type
 * set, plus the pair rules (RFC 3264 §6 and friends), whose findings point
 * at the answer's lines.
 */
export function lintPair(offer: LintInput, answer: LintInput, options: PairLintOptions = {}): PairLintResult {
  const settings = resolveSettings(options.rules);
  const o = resolveInput(offer);
  const a = resolveInput(answer);
  const pair: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'pair') continue;
    const severity = severityOf(rule, settings);
    if (severity === undefined) continue;
    const findings = runSafely(rule, (report) => rule.check({ offer: o.document, answer: a.document, report }));
    pair.push(...findings.map((f) => toDiagnostic(rule, findingSeverity(rule, settings, severity, f), f)));
  }
  return {
    offer: lintDocument(o.document, o.diagnostics, 'offer', settings),
    answer: lintDocument(a.document, a.diagnostics, 'answer', settings),
    pair: sortDiagnostics(pair),
  };
}

function lintDocument(document: SdpDocument, parserDiagnostics: readonly Diagnostic[], type: DescriptionType | undefined, settings: Settings): Diagnostic[] {
  const found: Diagnostic[] = [];
  const replaced = new Set<string>(); // `${code}@${line}` of parser diagnostics a rule reports better
  for (const rule of rules) {
    if (rule.scope !== 'document') continue;
    const severity = severityOf(rule, settings);
    if (severity === undefined) continue;
    const findings = runSafely(rule, (report) => rule.check({ document, type, report }));
    for (const f of findings) {
      const d = toDiagnostic(rule, findingSeverity(rule, settings, severity, f), f);
      found.push(d);
      for (const code of rule.replaces ?? []) replaced.add(`${code}@${d.line}`);
    }
  }
  const parser = parserDiagnostics.filter((d) => !replaced.has(`${d.code}@${d.line}`));
  return sortDiagnostics([...parser, ...found]);
}

type Settings = ReadonlyMap<string, RuleSetting>;

const SETTINGS: ReadonlySet<string> = new Set<RuleSetting>(['off', 'warning', 'error']);

function resolveSettings(overrides: Readonly<Record<string, RuleSetting>> | undefined): Settings {
  const out = new Map<string, RuleSetting>();
  if (overrides === undefined) return out;
  const known = new Set(rules.map((r) => r.id));
  for (const [id, setting] of Object.entries(overrides)) {
    if (!known.has(id)) {
      throw new Error(`unknown lint rule \`${id}\`; valid rule ids: ${[...known].sort().join(', ')}`);
    }
    if (!SETTINGS.has(setting)) {
      throw new Error(`invalid setting \`${String(setting)}\` for lint rule \`${id}\`: use \`off\`, \`warning\` or \`error\``);
    }
    out.set(id, setting);
  }
  return out;
}

function severityOf(rule: Rule, settings: Settings): Severity | undefined {
  const setting = settings.get(rule.id);
  if (setting === 'off') return undefined;
  return setting ?? rule.severity;
}

/** A finding's own severity applies unless the user set one for the rule. */
function findingSeverity(rule: Rule, settings: Settings, severity: Severity, finding: Finding): Severity {
  return settings.has(rule.id) ? severity : (finding.severity ?? severity);
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
function toDiagnostic(rule: Rule, severity: Severity, finding: Finding): Diagnostic {
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
  const d: Diagnostic = { code: rule.id, severity, message: printable(finding.message), line, column, endLine: line, endColumn, ref: rule.docs.ref };
  if (finding.hint !== undefined) d.hint = printable(finding.hint);
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
