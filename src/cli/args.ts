/*
 * A small argv parser (no dependency): each command declares its options and
 * how many positionals it takes; anything else is a usage error with one
 * line of explanation. Supported forms: `--name value`, `--name=value`,
 * `-x` (a declared short alias), `-` (a positional: stdin) and `--` (the rest
 * are positionals).
 */

export type OptionKind = 'boolean' | 'string' | 'list';

export interface OptionSpec {
  /** Long name without the dashes, e.g. `max-warnings`. */
  readonly name: string;
  readonly kind: OptionKind;
  readonly short?: string;
  /** Placeholder for the value in help, e.g. `N`. */
  readonly value?: string;
  /** Allowed values (string and list options). */
  readonly choices?: readonly string[];
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One line for `sdp --help`. */
  readonly summary: string;
  /** The synopsis after `sdp`, e.g. `lint <files…> [options]`. */
  readonly usage: string;
  /** Paragraphs printed after the options in `sdp <command> --help`. */
  readonly details?: string;
  readonly options: readonly OptionSpec[];
  readonly positionals: { readonly min: number; readonly max: number; readonly names: string };
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

export type ParseArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

/** `--help` / `-h` is accepted by every command. */
export const HELP_OPTION: OptionSpec = { name: 'help', kind: 'boolean', short: 'h', description: 'show this help' };

export function parseArgs(argv: readonly string[], spec: CommandSpec): ParseArgsResult {
  const options = [...spec.options, HELP_OPTION];
  const byName = new Map(options.map((o) => [o.name, o]));
  const byShort = new Map(options.flatMap((o) => (o.short === undefined ? [] : [[o.short, o] as const])));
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let option: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
      option = byName.get(name);
    } else {
      option = byShort.get(arg.slice(1));
    }
    if (option === undefined) {
      const name = arg.split('=')[0]!;
      const hint = suggest(name.replace(/^-+/, ''), options.map((o) => o.name));
      return fail(`unknown option '${name}'${hint === undefined ? '' : ` (did you mean --${hint}?)`}`);
    }
    if (option.kind === 'boolean') {
      if (inline !== undefined) return fail(`option --${option.name} takes no value`);
      flags.add(option.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return fail(`option --${option.name} needs a value${option.value === undefined ? '' : ` (${option.value})`}`);
      value = next;
      i++;
    }
    if (option.choices !== undefined && !option.choices.includes(value)) {
      return fail(`option --${option.name} must be one of ${option.choices.join(', ')} (got '${value}')`);
    }
    if (option.kind === 'list') lists.set(option.name, [...(lists.get(option.name) ?? []), value]);
    else values.set(option.name, value);
  }

  if (!flags.has('help')) {
    const { min, max, names } = spec.positionals;
    if (positionals.length < min) {
      return fail(`missing ${names} (usage: sdp ${spec.usage})`);
    }
    if (positionals.length > max) {
      return fail(`too many arguments: '${positionals.slice(max).join(' ')}' (usage: sdp ${spec.usage})`);
    }
  }
  return { ok: true, args: { positionals, flags, values, lists } };
}

function fail(error: string): ParseArgsResult {
  return { ok: false, error };
}

/** The closest name within two edits, for "did you mean". */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Help text of one command, built from its spec. */
export function commandHelp(spec: CommandSpec): string {
  const options = [...spec.options, HELP_OPTION];
  const heads = options.map((o) => {
    const long = `--${o.name}${o.kind === 'boolean' ? '' : ` <${o.value ?? 'value'}>`}`;
    return o.short === undefined ? `    ${long}` : `-${o.short}, ${long}`;
  });
  const width = Math.max(...heads.map((h) => h.length));
  const lines = [`usage: sdp ${spec.usage}`, '', spec.summary, '', 'options:'];
  options.forEach((o, i) => {
    const choices = o.choices === undefined ? '' : ` (${o.choices.join('|')})`;
    lines.push(`  ${heads[i]!.padEnd(width)}  ${o.description}${choices}`);
  });
  if (spec.details !== undefined) lines.push('', spec.details);
  return lines.join('\n');
}
