import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineVerdict, Template, Variant } from './variant.js';

/*
 * The recorded browser verdicts (test/oracle/verdicts.json) and the pure
 * functions that tie them to the variants: the text each engine was given is
 * regenerated from the variant and the stored templates, and compared through
 * its hash. The texts themselves are not stored.
 */

export const ENGINES = ['chromium', 'firefox'] as const;
export type Engine = (typeof ENGINES)[number];

export const FIXTURE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'verdicts.json');

/**
 * Besides a browser's own `name: message`, a verdict's error may be one of
 * the oracle's: `timeout` (also as answerError), `crashed` or `stalled` (the
 * page died or stopped answering on this text; accepted is then false but
 * nothing was rejected).
 */
export interface RecordedVariant {
  /** First 16 hex digits of the SHA-256 of the exact text each engine was (or would have been) given. */
  readonly sha: Partial<Record<Engine, string>>;
  readonly chromium?: EngineVerdict;
  readonly firefox?: EngineVerdict;
  /** Engines the text was not sent to because an address in it is not loopback or mDNS, with the reason. */
  readonly refused?: Partial<Record<Engine, string>>;
}

export interface Fixture {
  /** Per engine: the binary's `--version` and the page's navigator.userAgent. */
  readonly browsers: Record<Engine, string>;
  /** When the fixture was last written (ISO). */
  readonly generated: string;
  /** Per engine, the offer/answer pair answer variants were made from. */
  readonly templates: Record<Engine, Template>;
  readonly verdicts: Record<string, RecordedVariant>;
}

export function sha16(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The exact text an engine is given for a variant: an offer's own text, or an answer made from that engine's template. */
export function textFor(variant: Variant, engine: Engine, templates: Record<Engine, Template>): string {
  return variant.role === 'offer' ? variant.sdp : variant.make(templates[engine]);
}

export function loadFixture(path: string = FIXTURE_PATH): Fixture {
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

export function fixtureExists(path: string = FIXTURE_PATH): boolean {
  return existsSync(path);
}

/**
 * The fixture as text: keys sorted at every level, one line per template and
 * per variant, so a re-run changes only the lines whose verdicts changed
 * (and `generated`).
 */
export function serializeFixture(fixture: Fixture): string {
  const ids = Object.keys(fixture.verdicts).sort();
  const lines = [
    '{',
    `"browsers": ${canonical(fixture.browsers)},`,
    `"generated": ${JSON.stringify(fixture.generated)},`,
    '"templates": {',
    ...ENGINES.map((e, i) => `${JSON.stringify(e)}: ${canonical(fixture.templates[e])}${i < ENGINES.length - 1 ? ',' : ''}`),
    '},',
    '"verdicts": {',
    ...ids.map((id, i) => `${JSON.stringify(id)}: ${canonical(fixture.verdicts[id])}${i < ids.length - 1 ? ',' : ''}`),
    '}',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
