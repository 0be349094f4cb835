import { printable } from '../index.js';
import { withColors } from './color.js';
import type { CommandResult } from './commands/result.js';
import type { Host } from './run.js';

/*
 * The one place the CLI's output becomes text for a terminal (run.ts passes
 * every result through it; main.ts prints what comes out). An SDP, a dump or a
 * file name is attacker-controlled, so text for people is sanitised here,
 * after the command built it and before the colours are put in (see color.ts):
 * a command cannot forget, and a new one is covered the day it is added.
 * Machine output keeps the exact text (StdoutKind in result.ts).
 */

/** Text for people: hidden characters shown (printable), then the Paint's colours. */
export function forTerminal(text: string): string {
  return withColors(printable(text));
}

/** The host with its progress line (which names files) sanitised like every other output. */
export function withSafeProgress(host: Host): Host {
  const progress = host.progress;
  return progress === undefined ? host : { ...host, progress: (line) => progress.call(host, printable(line)) };
}

export function forPeople(result: CommandResult, stdoutIsTTY: boolean): CommandResult {
  const kind = result.stdoutIs ?? 'text';
  const stdout = kind === 'text' ? forTerminal(result.stdout) : kind === 'sdp' && stdoutIsTTY ? printable(result.stdout) : result.stdout;
  const out: CommandResult = { ...result, stdout, stderr: forTerminal(result.stderr) };
  if (result.writes !== undefined) {
    out.writes = result.writes.map((w) => (w.note === undefined ? w : { ...w, note: forTerminal(w.note) }));
  }
  return out;
}
