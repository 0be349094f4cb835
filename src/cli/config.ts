import * as z from 'zod/mini';
import english from 'zod/v4/locales/en.js';
import { RULE_ALIASES, TARGETS, rules } from '../index.js';
import { suggest } from './args.js';
import { OUTPUT_FORMATS, RULE_SETTINGS } from './settings.js';

/*
 * sdpkit.config.json: lint settings for a project, found in the working
 * directory (or named with --config). Strict: an unknown key, an unknown
 * rule id or a bad value is an error that names it; command-line options
 * override the file.
 */

export { CONFIG_FILE, OUTPUT_FORMATS, RULE_SETTINGS, type OutputFormat } from './settings.js';

export const ConfigSchema = z.strictObject({
  /** Lets editors validate the file; ignored. */
  $schema: z.optional(z.string()),
  rules: z.optional(
    z.record(z.string(), z.enum(RULE_SETTINGS)).check(z.superRefine((record, ctx) => {
      const ids = rules.map((r) => r.id);
      for (const id of Object.keys(record)) {
        // Old ids (chrome-plan-b, …) still work: the rules were renamed, not removed.
        if (ids.includes(id) || Object.hasOwn(RULE_ALIASES, id)) continue;
        const close = suggest(id, ids);
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id \`${id}\`${close === undefined ? '' : ` (did you mean \`${close}\`?)`}; see docs/rules.md` });
      }
    })),
  ),
  /** The engines the descriptions are for (`--target`): `chromium`, `firefox`, `webkit`, or `rfc` for the strict RFC reading. */
  targets: z.optional(z.array(z.enum(TARGETS)).check(z.minLength(1))),
  maxWarnings: z.optional(z.int().check(z.minimum(0))),
  format: z.optional(z.enum(OUTPUT_FORMATS)),
  quiet: z.optional(z.boolean()),
});
export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function describeValue(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v);
}

/** Validates the text of a config file; each error is one line that starts with `source` and the key path. */
export function parseConfig(text: string, source: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${source}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = ConfigSchema.safeParse(data, { reportInput: true, error: english().localeError });
  if (result.success) return { ok: true, config: result.data };
  const allowed = Object.keys(ConfigSchema.shape).join(', ');
  const errors = result.error.issues.map((issue) => {
    const at = pathText(issue.path);
    const where = at === '' ? source : `${source}: ${at}`;
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((k) => {
          const key = at === '' ? k : `${at}.${k}`;
          const close = at === '' ? suggest(k, Object.keys(ConfigSchema.shape)) : undefined;
          return `${source}: unknown key \`${key}\`${close === undefined ? '' : ` (did you mean \`${close}\`?)`}; allowed keys: ${allowed}`;
        }).join('\n');
      case 'invalid_value':
        return `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${describeValue(issue.input)}`;
      case 'invalid_type':
        return `${where}: expected ${issue.expected}, got ${describeValue(issue.input)}`;
      case 'too_small':
        return `${where}: must be at least ${String(issue.minimum)}, got ${describeValue(issue.input)}`;
      default:
        return `${where}: ${issue.message}`;
    }
  });
  return { ok: false, errors: errors.flatMap((e) => e.split('\n')) };
}
