import { diagnosticCodes, dumpFindingCodes, lint, lintPair, rules, type DescriptionType, type Diagnostic, type RuleSetting, type Target } from '../../index.js';
import { paint } from '../color.js';
import type { OutputFormat } from '../config.js';
import { formatGithub } from '../format/github.js';
import { formatJson } from '../format/json.js';
import { countReports, type FileReport, type RuleMeta } from '../format/report.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import type { CommandResult, ExitCode, Input } from './result.js';

function report(input: Input, diagnostics: Diagnostic[]): FileReport {
  const all = input.findings === undefined ? diagnostics : [...input.findings, ...diagnostics].sort(byPosition);
  const r: FileReport = { file: input.name, diagnostics: all };
  if (input.part !== undefined) {
    r.label = input.part.label;
    r.origin = { file: input.part.file, lineOrigins: input.part.lineOrigins };
  }
  return r;
}

export interface LintCommandOptions {
  format: OutputFormat;
  /** More warnings than this make the exit code 1. */
  maxWarnings?: number | undefined;
  rules: Readonly<Record<string, RuleSetting>>;
  /** The engines (or rfc) whose verdicts define severities; the library's default when absent. */
  targets?: readonly Target[] | undefined;
  /** Report errors only. */
  quiet: boolean;
  /** The inputs are offer, answer, offer, answer, …: also run the pair rules. */
  pair: boolean;
  /** Whether every input is an offer or an answer (without --pair); by default each input's own `type`. */
  type?: DescriptionType | undefined;
  color: boolean;
  /** The package version, for SARIF. */
  version: string;
  /** Called after each file (the process boundary draws a progress line on a terminal). */
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
}

/** Every lint rule and parser diagnostic code, as the library documents them. */
export function ruleCatalogue(): RuleMeta[] {
  const out: RuleMeta[] = rules.map((r) => ({ id: r.id, severity: r.severity, summary: r.docs.summary, description: r.docs.rationale, ref: r.docs.ref }));
  for (const [id, info] of Object.entries(dumpFindingCodes)) out.push({ id, severity: info.severity, summary: info.summary, ref: info.ref });
  for (const [id, info] of Object.entries(diagnosticCodes)) {
    const meta: RuleMeta = { id, severity: info.severity, summary: info.summary };
    if ('ref' in info && typeof info.ref === 'string') meta.ref = info.ref;
    out.push(meta);
  }
  return out;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

function lintAll(inputs: readonly Input[], options: LintCommandOptions): FileReport[] {
  const settings = options.targets === undefined ? { rules: options.rules } : { rules: options.rules, targets: options.targets };
  const reports: FileReport[] = [];
  if (options.pair) {
    for (let i = 0; i + 1 < inputs.length; i += 2) {
      const offer = inputs[i]!;
      const answer = inputs[i + 1]!;
      const r = lintPair(offer.text, answer.text, settings);
      reports.push(report(offer, r.offer));
      // Pair rules point at the answer's lines.
      reports.push(report(answer, [...r.answer, ...r.pair].sort(byPosition)));
      options.onProgress?.(i + 2, inputs.length, answer.name);
    }
    return reports;
  }
  inputs.forEach((input, i) => {
    // --type wins; else what the source said (a dump records whether it is an offer or an answer).
    const type = options.type ?? input.type;
    reports.push(report(input, lint(input.text, type === undefined ? settings : { ...settings, type })));
    options.onProgress?.(i + 1, inputs.length, input.name);
  });
  return reports;
}

export function lintCommand(inputs: readonly Input[], options: LintCommandOptions): CommandResult {
  if (options.pair && inputs.length % 2 !== 0) {
    return { stdout: '', stderr: `sdp lint: --pair takes files two by two (offer answer [offer answer …]); got ${inputs.length}`, exitCode: 2 };
  }
  if (options.pair && options.type !== undefined) {
    return { stdout: '', stderr: 'sdp lint: --type cannot be combined with --pair (the pair says which is which)', exitCode: 2 };
  }
  let all: FileReport[];
  try {
    all = lintAll(inputs, options);
  } catch (error) {
    // The library throws only for invalid options (an unknown rule id or setting).
    return { stdout: '', stderr: `sdp lint: ${error instanceof Error ? error.message : String(error)}`, exitCode: 2 };
  }
  const counts = countReports(all);
  const shown = options.quiet ? all.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : all;

  let stdout: string;
  switch (options.format) {
    case 'json': stdout = formatJson(shown); break;
    case 'sarif': stdout = formatSarif(shown, { version: options.version, rules: ruleCatalogue() }); break;
    case 'github': stdout = formatGithub(shown); break;
    case 'stylish': stdout = formatStylish(shown, paint(options.color)); break;
  }

  const stderr: string[] = [];
  let exitCode: ExitCode = counts.errors > 0 ? 1 : 0;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    exitCode = 1;
    stderr.push(`sdp lint: ${counts.warnings} warnings${options.quiet ? ' (hidden by --quiet)' : ''}, more than --max-warnings ${options.maxWarnings}`);
  }
  const result: CommandResult = { stdout, stderr: stderr.join('\n'), exitCode };
  if (options.format === 'json' || options.format === 'sarif') result.stdoutIs = 'data';
  return result;
}
