import { lint, lintPair } from '../../src/lint/index.js';
import type { Engine } from '../../src/lint/engines.js';
import type { Diagnostic } from '../../src/parser/diagnostics/diagnostic.js';
import type { EngineVerdict, Template, Variant } from './variant.js';

/*
 * Lint against the recorded browser verdicts: what the agreement test asserts
 * and what docs/rules.md reports as coverage.
 *   - a variant an engine rejected must get an error when linted with that
 *     engine as the only target (`caught`);
 *   - a variant every engine accepted must get no error with the default
 *     targets (`falseErrors` lists the ones that do).
 * Offer variants are linted as offers; answer variants as the answer of a
 * pair whose offer is that engine's template offer (findings of the pair
 * rules and of the answer count; the template offer is the engine's own).
 */

export const ORACLE_ENGINES = ['chromium', 'firefox'] as const satisfies readonly Engine[];
export type OracleEngine = (typeof ORACLE_ENGINES)[number];

export interface RecordedVariant {
  readonly variant: Variant;
  /** The exact text each engine was given. */
  readonly texts: Readonly<Record<OracleEngine, string>>;
  readonly verdicts: Readonly<Record<OracleEngine, EngineVerdict>>;
  readonly templates: Readonly<Record<OracleEngine, Template>>;
}

export interface Miss {
  readonly id: string;
  readonly engine: OracleEngine;
  readonly error: string;
  readonly aims: string;
}

export interface FalseError {
  readonly id: string;
  readonly aims: string;
  readonly errors: readonly string[];
}

export interface EngineCoverage {
  readonly rejected: number;
  readonly caught: number;
  /** Of the caught ones, those whose error names this engine in rejectedBy (not just an RFC-level error). */
  readonly named: number;
  readonly misses: readonly Miss[];
}

export interface Agreement {
  readonly engines: Readonly<Record<OracleEngine, EngineCoverage>>;
  readonly bothAccepted: number;
  readonly falseErrors: readonly FalseError[];
  readonly total: number;
}

/** The diagnostics lint gives one engine's text of a variant under the given targets. */
export function lintVariant(r: RecordedVariant, engine: OracleEngine, targets: readonly Engine[]): Diagnostic[] {
  const text = r.texts[engine];
  if (r.variant.role === 'offer') return lint(text, { type: 'offer', targets });
  const result = lintPair(r.templates[engine].offer, text, { targets });
  return [...result.answer, ...result.pair];
}

function describe(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.code}: ${d.message}`;
}

export function agreement(recorded: readonly RecordedVariant[]): Agreement {
  const engines = {} as Record<OracleEngine, { rejected: number; caught: number; named: number; misses: Miss[] }>;
  for (const e of ORACLE_ENGINES) engines[e] = { rejected: 0, caught: 0, named: 0, misses: [] };
  const falseErrors: FalseError[] = [];
  let bothAccepted = 0;
  for (const r of recorded) {
    const accepted = ORACLE_ENGINES.filter((e) => r.verdicts[e].accepted);
    for (const e of ORACLE_ENGINES) {
      const v = r.verdicts[e];
      if (v.accepted) continue;
      const c = engines[e];
      c.rejected++;
      const errors = lintVariant(r, e, [e]).filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        c.caught++;
        if (errors.some((d) => d.rejectedBy?.some((x) => x.engine === e) === true)) c.named++;
      } else {
        c.misses.push({ id: r.variant.id, engine: e, error: v.error ?? '', aims: r.variant.aims });
      }
    }
    if (accepted.length === ORACLE_ENGINES.length) {
      bothAccepted++;
      const errors = ORACLE_ENGINES.flatMap((e) => lintVariant(r, e, ORACLE_ENGINES).filter((d) => d.severity === 'error').map(describe));
      if (errors.length > 0) falseErrors.push({ id: r.variant.id, aims: r.variant.aims, errors: [...new Set(errors)] });
    }
  }
  return { engines, bothAccepted, falseErrors, total: recorded.length };
}

/** `caught/rejected (percent)`. */
export function ratio(c: EngineCoverage): string {
  return `${c.caught}/${c.rejected} (${c.rejected === 0 ? '100' : ((100 * c.caught) / c.rejected).toFixed(1)}%)`;
}
