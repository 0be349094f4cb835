#!/usr/bin/env node
/*
 * The `sdp` command's process boundary: the only module with side effects.
 * It implements the Host (files, stdin, directories, the progress line, the
 * terminal UI), runs the pure dispatcher in run.ts, prints what it returns,
 * performs the writes it asks for and sets the exit code.
 */
import { mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname } from 'node:path';
import { ReadStream } from 'node:tty';
import { fileURLToPath } from 'node:url';
import type { CommandResult, Input } from './commands/result.js';
import type { DirEntry } from './glob.js';
import { run, type Host, type InspectStart, type ReadResult } from './run.js';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return error instanceof Error ? error.message : String(error);
  }
}

function read(path: string | number): ReadResult {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, error: reason(error) };
  }
}

function kindOf(entry: Dirent, dir: string): DirEntry['kind'] {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) {
    try {
      const s = statSync(`${dir}/${entry.name}`);
      return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

/*
 * Where the command's own files are: built, main.js is packages/sdpkit-cli/dist/main.js (installed:
 * node_modules/sdpkit-cli/dist/main.js), next to dist/examples/ and below the package's package.json;
 * run from source (tsx), it is src/cli/main.ts in the repository.
 */
const PACKAGE_JSON = ['../package.json', '../../packages/sdpkit-cli/package.json'];
const EXAMPLES = ['./examples/', '../../examples/'];

function firstReadable(candidates: readonly string[], name = ''): ReadResult {
  let last: ReadResult = { ok: false, error: 'not found' };
  for (const c of candidates) {
    last = read(fileURLToPath(new URL(`${c}${name}`, import.meta.url)));
    if (last.ok) return last;
  }
  return last;
}

function version(): string {
  const pkg = firstReadable(PACKAGE_JSON);
  if (!pkg.ok) return 'unknown';
  const parsed = JSON.parse(pkg.text) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : 'unknown';
}

let lastProgress = 0;

/** One line on stderr, redrawn in place, at most every 50 ms. */
function progress(line: string): void {
  const now = Date.now();
  if (line !== '' && now - lastProgress < 50) return;
  lastProgress = line === '' ? 0 : now;
  const width = (process.stderr.columns || 80) - 1;
  process.stderr.write(`\r\u001b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
}

/** The keyboard: stdin when it is a terminal, else /dev/tty (the description came through a pipe). */
function keyboard(): NodeJS.ReadStream | undefined {
  if (process.stdin.isTTY) return process.stdin;
  try {
    return new ReadStream(openSync('/dev/tty', 'r')) as NodeJS.ReadStream;
  } catch {
    return undefined;
  }
}

async function inspect(start: InspectStart): Promise<CommandResult> {
  if (!process.stdout.isTTY) return { stdout: '', stderr: 'sdp inspect: stdout is not a terminal', exitCode: 2 };
  const stdin = keyboard();
  if (stdin === undefined) return { stdout: '', stderr: 'sdp inspect: no terminal to read keys from', exitCode: 2 };
  // Loaded here so that the other commands do not pay for React and Ink.
  const [{ render }, { createElement }, { Inspector }] = await Promise.all([import('ink'), import('react'), import('./tui/Inspector.js')]);
  // The alternate screen: the shell's scrollback stays as it was after q.
  process.stdout.write('\u001b[?1049h\u001b[H');
  try {
    // Ink's incremental mode (6.8) leaves stale rows behind when a tall side panel changes; whole
    // frames, written inside synchronized-output brackets, do not flicker and stay correct.
    const instance = render(createElement(Inspector, { start }), { stdin, exitOnCtrlC: true });
    await instance.waitUntilExit();
  } finally {
    process.stdout.write('\u001b[?1049l');
    if (stdin !== process.stdin) stdin.destroy();
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

const host: Host = {
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  version: version(),
  readFile: (path) => read(path),
  readStdin: () => read(0),
  stat: (path) => {
    try {
      const s = statSync(path);
      return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'missing';
    } catch {
      return 'missing';
    }
  },
  readDir: (dir) => {
    try {
      return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, kind: kindOf(e, dir) }));
    } catch {
      return undefined;
    }
  },
  progress,
  inspect,
  demoInputs: () => {
    const out: Input[] = [];
    for (const name of ['chrome-offer.sdp', 'firefox-answer.sdp']) {
      const r = firstReadable(EXAMPLES, name);
      if (r.ok) out.push({ name: `examples/${name}`, text: r.text });
    }
    return out;
  },
};

function print(stream: NodeJS.WriteStream, text: string): void {
  if (text === '') return;
  // SDP output keeps its own line endings; text gets a final newline.
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

// `sdp … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const result = await run(process.argv.slice(2), host);
let exitCode = result.exitCode;
for (const w of result.writes ?? []) {
  try {
    mkdirSync(dirname(w.path), { recursive: true });
    writeFileSync(w.path, w.text);
    if (w.note !== undefined) print(process.stderr, w.note);
  } catch (error) {
    // The path and the system's message quote user input: shown, not obeyed (the library is loaded by now).
    const { printable } = await import('../index.js');
    print(process.stderr, printable(`sdp: cannot write '${w.path}': ${reason(error)}`));
    exitCode = 2;
  }
}
// Set before printing: a closed pipe ends the process with this code.
process.exitCode = exitCode;
print(process.stdout, result.stdout);
print(process.stderr, result.stderr);
