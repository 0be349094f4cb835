import type { DescriptionType, IceRole, RuleSetting } from '../index.js';
import { commandHelp, parseArgs, suggest, type CommandSpec, type ParsedArgs } from './args.js';
import { colorEnabled } from './color.js';
import { diffCommand } from './commands/diff.js';
import { explainCommand } from './commands/explain.js';
import { formatCommand } from './commands/format.js';
import { iceCommand } from './commands/ice.js';
import { lintCommand } from './commands/lint.js';
import { parseCommand } from './commands/parse.js';
import { redactCommand } from './commands/redact.js';
import { usageError, type CommandResult, type Input } from './commands/result.js';
import { CONFIG_FILE, RULE_SETTINGS, parseConfig, type Config, type OutputFormat } from './config.js';
import { expandGlob, hasMagic, type ReadDir } from './glob.js';
import { COMMANDS, USAGE, isCommand, type CommandName } from './help.js';

/*
 * The dispatcher: argv in, { stdout, stderr, exitCode, writes } out. Every
 * effect (reading files and stdin, listing directories, the progress line,
 * the terminal UI) goes through the Host that src/cli/main.ts implements,
 * so this module and the commands stay pure and testable in-process.
 */

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

export interface Host {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The package version. */
  readonly version: string;
  readFile(path: string): ReadResult;
  readStdin(): ReadResult;
  stat(path: string): 'file' | 'directory' | 'missing';
  readDir: ReadDir;
  /** Draws a one-line progress message on stderr ('' clears it). Only called when stderr is a terminal. */
  progress?(line: string): void;
  /** Runs the terminal UI; absent where there is no terminal. */
  inspect?(offer: Input, answer: Input | undefined): Promise<CommandResult>;
  /** The bundled examples, for `sdp demo`. */
  demoInputs?(): Input[];
}

const STDIN_NAME = '<stdin>';

type Inputs = { ok: true; inputs: Input[] } | { ok: false; result: CommandResult };

/** Reads the named inputs: `-` is stdin (once); with `expand`, globs and directories become their .sdp files. */
function readInputs(command: string, names: readonly string[], host: Host, expand: boolean): Inputs {
  const paths: string[] = [];
  for (const name of names) {
    if (name === '-') {
      paths.push(name);
    } else if (expand && hasMagic(name)) {
      const found = expandGlob(name, host.readDir);
      if (found.length === 0) return { ok: false, result: usageError(command, `no files match '${name}'`) };
      paths.push(...found);
    } else if (expand && host.stat(name) === 'directory') {
      const found = expandGlob(`${name.replace(/[\\/]+$/, '')}/**/*.sdp`, host.readDir);
      if (found.length === 0) return { ok: false, result: usageError(command, `no .sdp files in directory '${name}'`) };
      paths.push(...found);
    } else {
      paths.push(name);
    }
  }
  if (paths.filter((p) => p === '-').length > 1) return { ok: false, result: usageError(command, 'standard input (-) can be read only once') };
  const unique = [...new Set(paths)];
  const inputs: Input[] = [];
  const showProgress = host.stderrIsTTY && host.progress !== undefined && unique.length > 1;
  for (const [i, path] of unique.entries()) {
    if (showProgress) host.progress?.(`sdp ${command}: reading ${i + 1}/${unique.length} ${path}`);
    const r = path === '-' ? host.readStdin() : host.readFile(path);
    if (!r.ok) {
      if (showProgress) host.progress?.('');
      return { ok: false, result: usageError(command, path === '-' ? `cannot read standard input: ${r.error}` : `cannot read '${path}': ${r.error}`) };
    }
    inputs.push({ name: path === '-' ? STDIN_NAME : path, text: r.text });
  }
  if (showProgress) host.progress?.('');
  return { ok: true, inputs };
}

function loadConfig(args: ParsedArgs, host: Host): { ok: true; config: Config } | { ok: false; result: CommandResult } {
  const explicit = args.values.get('config');
  const path = explicit ?? CONFIG_FILE;
  if (explicit === undefined && host.stat(CONFIG_FILE) !== 'file') return { ok: true, config: {} };
  const r = host.readFile(path);
  if (!r.ok) return { ok: false, result: usageError('lint', `cannot read config '${path}': ${r.error}`) };
  const parsed = parseConfig(r.text, path);
  if (!parsed.ok) return { ok: false, result: { stdout: '', stderr: parsed.errors.map((e) => `sdp lint: ${e}`).join('\n'), exitCode: 2 } };
  return parsed;
}

function parseRuleOptions(values: readonly string[]): { ok: true; rules: Record<string, RuleSetting> } | { ok: false; error: string } {
  const rules: Record<string, RuleSetting> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const id = eq < 0 ? v : v.slice(0, eq);
    const setting = eq < 0 ? '' : v.slice(eq + 1);
    if (eq < 0 || id === '') return { ok: false, error: `--rule takes <id>=${RULE_SETTINGS.join('|')} (got '${v}')` };
    if (!(RULE_SETTINGS as readonly string[]).includes(setting)) return { ok: false, error: `--rule ${id}: the setting must be ${RULE_SETTINGS.join(', ')} (got '${setting}')` };
    rules[id] = setting as RuleSetting;
  }
  return { ok: true, rules };
}

function nonNegativeInteger(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function runLint(args: ParsedArgs, host: Host, color: boolean): CommandResult {
  const config = loadConfig(args, host);
  if (!config.ok) return config.result;
  const ruleFlags = parseRuleOptions(args.lists.get('rule') ?? []);
  if (!ruleFlags.ok) return usageError('lint', ruleFlags.error);
  const maxText = args.values.get('max-warnings');
  const maxWarnings = maxText === undefined ? config.config.maxWarnings : nonNegativeInteger(maxText);
  if (maxText !== undefined && maxWarnings === undefined) return usageError('lint', `--max-warnings takes a whole number of 0 or more (got '${maxText}')`);
  const read = readInputs('lint', args.positionals, host, true);
  if (!read.ok) return read.result;
  const total = read.inputs.length;
  const showProgress = host.stderrIsTTY && host.progress !== undefined && total > 1;
  const result = lintCommand(read.inputs, {
    format: (args.values.get('format') as OutputFormat | undefined) ?? config.config.format ?? 'stylish',
    maxWarnings,
    rules: { ...config.config.rules, ...ruleFlags.rules },
    quiet: args.flags.has('quiet') || config.config.quiet === true,
    pair: args.flags.has('pair'),
    type: args.values.get('type') as DescriptionType | undefined,
    color,
    version: host.version,
    onProgress: showProgress ? (done, all, file) => host.progress?.(`sdp lint: ${done}/${all} ${file}`) : undefined,
  });
  if (showProgress) host.progress?.('');
  return result;
}

async function dispatch(command: CommandName, args: ParsedArgs, host: Host): Promise<CommandResult> {
  const color = colorEnabled(host.env, host.stdoutIsTTY);
  const json = args.flags.has('json');
  if (command === 'lint') return runLint(args, host, color);
  if (command === 'demo') {
    const inputs = host.demoInputs?.() ?? [];
    if (inputs.length === 0) return usageError('demo', 'the examples are not here (run it from a checkout of the repository)');
    const outlines = inputs.map((i) => parseCommand(i, { json: false, color }).stdout);
    return { stdout: outlines.join('\n\n'), stderr: '', exitCode: 0 };
  }
  const read = readInputs(command, args.positionals, host, false);
  if (!read.ok) return read.result;
  const [first, second] = read.inputs;
  if (first === undefined) return usageError(command, 'missing <file>');
  switch (command) {
    case 'parse':
      return parseCommand(first, { json, color });
    case 'format':
      return formatCommand(first, { write: args.flags.has('write'), path: args.positionals[0] === '-' ? undefined : args.positionals[0] });
    case 'diff':
      if (second === undefined) return usageError('diff', 'missing <answer>');
      return diffCommand(first, second, { json, color });
    case 'explain': {
      const lineText = args.values.get('line');
      const line = lineText === undefined ? undefined : nonNegativeInteger(lineText);
      if (lineText !== undefined && (line === undefined || line < 1)) return usageError('explain', `--line takes a line number of 1 or more (got '${lineText}')`);
      return explainCommand(first, { line, type: args.values.get('type') as DescriptionType | undefined, json, color });
    }
    case 'ice': {
      const remoteName = args.values.get('remote');
      let remote: Input | undefined;
      if (remoteName !== undefined) {
        if (remoteName === '-' && args.positionals[0] === '-') return usageError('ice', 'standard input (-) can be read only once');
        const r = readInputs('ice', [remoteName], host, false);
        if (!r.ok) return r.result;
        remote = r.inputs[0];
      }
      return iceCommand(first, { remote, role: args.values.get('role') as IceRole | undefined, json, color });
    }
    case 'redact':
      return redactCommand(read.inputs, { outDir: args.values.get('out-dir') });
    case 'inspect':
      if (host.inspect === undefined) return usageError('inspect', 'needs a terminal');
      return host.inspect(first, second);
  }
}

/** Runs `sdp <argv…>`. Never throws for user errors; an internal error becomes exit code 2 with one line. */
export async function run(argv: readonly string[], host: Host): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined) return { stdout: '', stderr: USAGE, exitCode: 2 };
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && isCommand(topic)) return { stdout: commandHelp(COMMANDS[topic] as CommandSpec), stderr: '', exitCode: 0 };
    return { stdout: USAGE, stderr: '', exitCode: 0 };
  }
  if (name === '--version' || name === '-v' || name === '-V') return { stdout: host.version, stderr: '', exitCode: 0 };
  if (!isCommand(name)) {
    const close = suggest(name, Object.keys(COMMANDS));
    const what = name.startsWith('-') ? `unknown option '${name}'` : `unknown command '${name}'`;
    return { stdout: '', stderr: `sdp: ${what}${close === undefined ? '' : ` (did you mean ${close}?)`}; see sdp --help`, exitCode: 2 };
  }
  const spec: CommandSpec = COMMANDS[name];
  const parsed = parseArgs(rest, spec);
  if (!parsed.ok) return usageError(name, `${parsed.error}; see sdp ${name} --help`);
  if (parsed.args.flags.has('help')) return { stdout: commandHelp(spec), stderr: '', exitCode: 0 };
  try {
    return await dispatch(name, parsed.args, host);
  } catch (error) {
    // A bug of ours: one line, no stack trace (SDP_DEBUG=1 shows it).
    const detail = host.env['SDP_DEBUG'] === '1' && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : '';
    return { stdout: '', stderr: `sdp ${name}: internal error: ${error instanceof Error ? error.message : String(error)} (please report it)${detail}`, exitCode: 2 };
  }
}
