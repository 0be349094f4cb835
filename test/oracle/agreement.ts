import { lint, lintPair } from '../../src/lint/index.js';
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

export { ENGINES as ORACLE_ENGINES, type Engine as OracleEngine } from './fixture.js';
import { ENGINES as ORACLE_ENGINES, loadFixture, sha16, textFor, type Engine as OracleEngine, type Fixture } from './fixture.js';

/** A variant with the texts the engines were given and what each did (engines the address guard kept it from are absent). */
export interface AppliedVariant {
  readonly variant: Variant;
  readonly texts: Readonly<Record<OracleEngine, string>>;
  readonly verdicts: Readonly<Partial<Record<OracleEngine, EngineVerdict>>>;
  readonly templates: Readonly<Record<OracleEngine, Template>>;
}

export interface Joined {
  readonly applied: AppliedVariant[];
  /** Fixture entries whose variant no longer exists or whose text changed: the fixture is stale (`npm run oracle`). */
  readonly stale: string[];
  /** Variants the fixture has no verdict for. */
  readonly unrecorded: string[];
}

/** The fixture's verdicts joined with the regenerated variants, checking each text against its recorded hash. */
export function join(fixture: Fixture, variants: readonly Variant[]): Joined {
  const byId = new Map(variants.map((v) => [v.id, v]));
  const applied: AppliedVariant[] = [];
  const stale: string[] = [];
  for (const [id, rec] of Object.entries(fixture.verdicts)) {
    const variant = byId.get(id);
    if (variant === undefined) {
      stale.push(`${id}: no such variant any more`);
      continue;
    }
    const texts = {} as Record<OracleEngine, string>;
    for (const e of ORACLE_ENGINES) {
      texts[e] = textFor(variant, e, fixture.templates);
      const want = rec.sha[e];
      if (want !== undefined && want !== sha16(texts[e])) stale.push(`${id}: the ${e} text changed since it was recorded`);
    }
    const verdicts: Partial<Record<OracleEngine, EngineVerdict>> = {};
    for (const e of ORACLE_ENGINES) {
      const v = rec[e];
      if (v !== undefined) verdicts[e] = v;
    }
    applied.push({ variant, texts, verdicts, templates: fixture.templates });
  }
  const unrecorded = variants.filter((v) => !Object.hasOwn(fixture.verdicts, v.id)).map((v) => v.id);
  return { applied, stale, unrecorded };
}

export { loadFixture };

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
  /**
   * Caught variants where lint names this engine but none of the quoted
   * error texts occurs in what the engine said: the knowledge table quotes
   * the wrong message (or the wrong condition fired).
   */
  readonly wrongText: readonly { readonly id: string; readonly quoted: readonly string[]; readonly said: string }[];
}

export interface Agreement {
  readonly engines: Readonly<Record<OracleEngine, EngineCoverage>>;
  readonly bothAccepted: number;
  readonly falseErrors: readonly FalseError[];
  readonly total: number;
}

/** The diagnostics lint gives one engine's text of a variant under the given targets. */
export function lintVariant(r: AppliedVariant, engine: OracleEngine, targets: readonly OracleEngine[]): Diagnostic[] {
  const text = r.texts[engine];
  if (r.variant.role === 'offer') return lint(text, { type: 'offer', targets });
  const result = lintPair(r.templates[engine].offer, text, { targets });
  return [...result.answer, ...result.pair];
}

function describe(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.code}: ${d.message}`;
}

export function agreement(recorded: readonly AppliedVariant[]): Agreement {
  const engines = {} as Record<OracleEngine, { rejected: number; caught: number; named: number; misses: Miss[]; wrongText: { id: string; quoted: string[]; said: string }[] }>;
  for (const e of ORACLE_ENGINES) engines[e] = { rejected: 0, caught: 0, named: 0, misses: [], wrongText: [] };
  const falseErrors: FalseError[] = [];
  let bothAccepted = 0;
  for (const r of recorded) {
    const accepted = ORACLE_ENGINES.filter((e) => r.verdicts[e]?.accepted === true);
    for (const e of ORACLE_ENGINES) {
      const v = r.verdicts[e];
      if (v === undefined || v.accepted) continue;
      const c = engines[e];
      c.rejected++;
      const errors = lintVariant(r, e, [e]).filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        c.caught++;
        const quoted = errors.flatMap((d) => (d.rejectedBy ?? []).filter((x) => x.engine === e && x.error !== undefined).map((x) => x.error!));
        if (errors.some((d) => d.rejectedBy?.some((x) => x.engine === e) === true)) c.named++;
        const said = v.error ?? '';
        if (quoted.length > 0 && !quoted.some((q) => said.includes(q))) c.wrongText.push({ id: r.variant.id, quoted: [...new Set(quoted)], said });
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
