#!/usr/bin/env node
/*
 * The `sdp` command's process boundary: the only module with side effects.
 * It implements the Host (files, stdin, directories, the progress line, the
 * terminal UI), runs the pure dispatcher in run.ts, prints what it returns,
 * performs the writes it asks for and sets the exit code.
 */
import { mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EROFS': return 'read-only file system';
    default: return error instanceof Error ? error.message : String(error);
  }
}

function read(path: string | number): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(path) };
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
  const parsed = JSON.parse(Buffer.from(pkg.bytes).toString('utf8')) as { version?: unknown };
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
      if (r.ok) out.push({ name: `examples/${name}`, text: Buffer.from(r.bytes).toString('utf8') });
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

/**
 * Makes `dir` and its missing parents, one level at a time; returns what went
 * wrong, or undefined. Not mkdirSync's `recursive`: on Node 20 it never
 * returns for a path under /proc (`/proc/nope`: the kernel answers ENOENT for
 * the missing directory although its parent exists, and Node's recursive
 * mkdir retries the parent forever).
 */
function makeDirectory(dir: string): string | undefined {
  const missing: string[] = [];
  const full = resolve(dir);
  for (let d = full; ; d = dirname(d)) {
    try {
      if (!statSync(d).isDirectory()) return `${d === full ? 'it' : `'${d}'`} is not a directory`;
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return reason(error);
    }
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (error) {
      return `cannot create ${d === full ? 'it' : `'${d}'`} (${reason(error)})`;
    }
  }
  return undefined;
}

const argv = process.argv.slice(2);
const result = await run(argv, host);
let exitCode = result.exitCode;
/** Each directory is made (or found unusable) once: one error for a bad --out-dir, not one per file. */
const directories = new Map<string, string | undefined>();
const writes = result.writes ?? [];
// Paths, notes and the system's messages quote user input: shown, not obeyed (the library is loaded only when there is something to write).
const shown: (text: string) => string = writes.length === 0 ? (text) => text : (await import('../index.js')).printable;
for (const w of writes) {
  const dir = dirname(w.path);
  if (!directories.has(dir)) {
    const problem = makeDirectory(dir);
    directories.set(dir, problem);
    if (problem !== undefined) {
      print(process.stderr, shown(`sdp ${argv[0] ?? ''}: cannot write to directory '${dir}': ${problem}; nothing written there`));
      exitCode = 2;
    }
  }
  if (directories.get(dir) !== undefined) continue;
  try {
    writeFileSync(w.path, w.bytes ?? w.text);
    if (w.note !== undefined) print(process.stderr, shown(w.note));
  } catch (error) {
    print(process.stderr, shown(`sdp ${argv[0] ?? ''}: cannot write '${w.path}': ${reason(error)}`));
    exitCode = 2;
  }
}
// Set before printing: a closed pipe ends the process with this code.
process.exitCode = exitCode;
print(process.stdout, result.stdout);
print(process.stderr, result.stderr);
