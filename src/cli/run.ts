import { commandHelp, parseArgs, suggest, type CommandSpec } from './args.js';
import { usageError, type CommandResult, type Input } from './commands/result.js';
import type { ReadDir } from './glob.js';
import { COMMANDS, USAGE, isCommand } from './help.js';
import type { InspectChoice, Pair, Source } from './input.js';

/*
 * The dispatcher: argv in, { stdout, stderr, exitCode, writes } out. Every
 * effect (reading files and stdin, listing directories, the progress line,
 * the terminal UI) goes through the Host that src/cli/main.ts implements,
 * so this module and the commands stay pure and testable in-process.
 *
 * Help, the version and argument errors are answered here; the commands
 * (dispatch.ts, and through it the library) are loaded only to run one, so
 * `sdp --version` and `sdp help` stay fast.
 */

/** A file's or stdin's bytes: dispatch.ts decodes them (decodeInput), so binary and non-UTF-8 input are seen before any parser. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** What the terminal UI opens with: one description or an offer/answer pair, or a chooser over a file's descriptions. */
/** The inspector on a pair (or one description), or the chooser over a file of several; `source` (a dump) adds the timelines and what ICE really did. */
export type InspectStart = { offer: Input; answer?: Input | undefined; dump?: Pair['dump'] } | { title: string; choices: InspectChoice[]; source?: Source | undefined };

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
  inspect?(start: InspectStart): Promise<CommandResult>;
  /** The bundled examples, for `sdp demo`. */
  demoInputs?(): Input[];
}

/** Text that is printable ASCII, TAB and LF only: nothing in it can be hidden or act on a terminal. */
const PLAIN_ASCII = /^[\t\n\x20-\x7e]*$/;

/** Help and version: the command's own text, with no input in it; printed as is. */
const OWN_TEXT = new WeakSet<CommandResult>();

function own(stdout: string, stderr: string, exitCode: 0 | 2): CommandResult {
  const r: CommandResult = { stdout, stderr, exitCode };
  OWN_TEXT.add(r);
  return r;
}

function plainAscii(r: CommandResult): boolean {
  return PLAIN_ASCII.test(r.stdout) && PLAIN_ASCII.test(r.stderr) && (r.writes ?? []).every((w) => w.note === undefined || PLAIN_ASCII.test(w.note));
}

/**
 * Runs `sdp <argv…>`. Never throws for user errors; an internal error becomes exit code 2 with one line.
 * Every result leaves through output.ts, the choke point that sanitises text for people; it is loaded
 * only when the output is not plain ASCII (so `sdp --version` and `sdp help` stay small).
 */
export async function run(argv: readonly string[], host: Host): Promise<CommandResult> {
  const result = await answer(argv, host);
  if (OWN_TEXT.has(result) || plainAscii(result)) return result;
  const { forPeople } = await import('./output.js');
  return forPeople(result, host.stdoutIsTTY);
}

async function answer(argv: readonly string[], host: Host): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined) return own('', USAGE, 2);
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && isCommand(topic)) return own(commandHelp(COMMANDS[topic] as CommandSpec), '', 0);
    return own(USAGE, '', 0);
  }
  if (name === '--version' || name === '-v' || name === '-V') return own(host.version, '', 0);
  if (!isCommand(name)) {
    const close = suggest(name, Object.keys(COMMANDS));
    const what = name.startsWith('-') ? `unknown option '${name}'` : `unknown command '${name}'`;
    return { stdout: '', stderr: `sdp: ${what}${close === undefined ? '' : ` (did you mean ${close}?)`}; see sdp --help`, exitCode: 2 };
  }
  const spec: CommandSpec = COMMANDS[name];
  const parsed = parseArgs(rest, spec);
  if (!parsed.ok) return usageError(name, `${parsed.error}; see sdp ${name} --help`);
  if (parsed.args.flags.has('help')) return own(commandHelp(spec), '', 0);
  try {
    const { dispatch } = await import('./dispatch.js');
    return await dispatch(name, parsed.args, host);
  } catch (error) {
    // A bug of ours: one line, no stack trace (SDP_DEBUG=1 shows it).
    const detail = host.env['SDP_DEBUG'] === '1' && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : '';
    return { stdout: '', stderr: `sdp ${name}: internal error: ${error instanceof Error ? error.message : String(error)} (please report it)${detail}`, exitCode: 2 };
  }
}
