import { redactDescriptions, redactDump, type RedactionResult } from '../../index.js';
import { escapeHidden } from '../json.js';
import type { CommandResult, ExitCode, FileWrite, Input } from './result.js';

export interface RedactCommandOptions {
  /** Write each redacted copy to this directory (same file name) instead of printing. */
  outDir?: string | undefined;
}

function lastSegment(name: string): string {
  return name.split(/[\\/]/).filter((s) => s !== '').pop() ?? name;
}

/** The copy's file name: the input's, or `<name>-<N>.sdp` for description N extracted from a file. */
function baseName(input: Input): string {
  if (input.part !== undefined) {
    const file = input.part.file === '<stdin>' ? 'stdin' : lastSegment(input.part.file).replace(/\.[^.]*$/, '');
    return `${file}-${input.part.number}.sdp`;
  }
  if (input.name === '<stdin>') return 'stdin.sdp';
  return lastSegment(input.name);
}

function summary(replaced: RedactionResult['replaced']): string {
  const parts = Object.entries(replaced).map(([kind, n]) => `${n} ${kind}`);
  return parts.length === 0 ? 'nothing to redact' : `redacted ${parts.join(', ')}`;
}

/**
 * Copies safe to paste in a bug report (redactDescriptions: one mapping
 * across all inputs, so an offer and its answer still pair). One input:
 * the copy on stdout, byte for byte. Several: each after a `==> name <==`
 * header, or each written to --out-dir. Exit code 1 if a value it
 * replaced is still there (the result's leaks), which would be a bug to report.
 */
export function redactCommand(inputs: readonly Input[], options: RedactCommandOptions): CommandResult {
  const result = redactDescriptions(inputs.map((i) => i.text));
  const stderr: string[] = [];
  let exitCode: ExitCode = 0;
  result.leaks.forEach((left, i) => {
    if (left.length > 0) {
      exitCode = 1;
      stderr.push(`sdp redact: ${inputs[i]!.name}: still contains ${left.join(', ')} (please report this)`);
    }
  });
  stderr.push(`sdp redact: ${summary(result.replaced)}`);

  if (options.outDir !== undefined) {
    const dir = options.outDir.replace(/[\\/]+$/, '') || '/';
    const writes: FileWrite[] = [];
    const seen = new Map<string, string>();
    for (let i = 0; i < inputs.length; i++) {
      const base = baseName(inputs[i]!);
      const other = seen.get(base);
      if (other !== undefined) {
        return { stdout: '', stderr: `sdp redact: ${other} and ${inputs[i]!.name} would both be written to ${dir}/${base}`, exitCode: 2 };
      }
      seen.set(base, inputs[i]!.name);
      const path = dir === '/' ? `/${base}` : `${dir}/${base}`;
      writes.push({ path, text: result.texts[i]!, encoding: inputs[i]!.encoding, note: `sdp redact: wrote ${path}` });
    }
    return { stdout: '', stderr: stderr.join('\n'), exitCode, writes };
  }
  if (inputs.length === 1) return { stdout: result.texts[0]!, stdoutIs: 'sdp', stderr: stderr.join('\n'), exitCode };
  const blocks = result.texts.map((text, i) => `==> ${inputs[i]!.name} <==\n${text}${text.endsWith('\n') ? '' : '\n'}`);
  return { stdout: blocks.join('\n'), stdoutIs: 'sdp', stderr: stderr.join('\n'), exitCode };
}

/**
 * A whole dump (webrtc-internals or about:webrtc JSON, an rtcstats dump):
 * the redacted copy of the file itself, same structure, one mapping across
 * its descriptions, candidates and stats (redactDump). JSON in, JSON out.
 */
export function redactDumpCommand(inputs: readonly Input[], options: RedactCommandOptions): CommandResult {
  const stderr: string[] = [];
  const copies: { input: Input; text: string }[] = [];
  let exitCode: ExitCode = 0;
  for (const input of inputs) {
    const r = redactDump(input.text);
    if (r.text === undefined) return { stdout: '', stderr: `sdp redact: ${input.name} is not JSON`, exitCode: 2 };
    if (r.leaks.length > 0) {
      exitCode = 1;
      stderr.push(`sdp redact: ${input.name}: still contains ${r.leaks.length} replaced values (please report this)`);
    }
    stderr.push(`sdp redact: ${input.name}: ${summary(r.replaced)} across descriptions, candidates and stats`);
    copies.push({ input, text: escapeHidden(r.text) });
  }
  if (options.outDir !== undefined) {
    const dir = options.outDir.replace(/[\\/]+$/, '') || '/';
    const writes: FileWrite[] = copies.map(({ input, text }) => {
      // A .gz download is written unpacked: the copy is for reading.
      const base = (input.name === '<stdin>' ? 'stdin.json' : lastSegment(input.name)).replace(/\.gz$/i, '');
      const path = dir === '/' ? `/${base}` : `${dir}/${base}`;
      return { path, text, encoding: input.encoding, note: `sdp redact: wrote ${path}` };
    });
    return { stdout: '', stderr: stderr.join('\n'), exitCode, writes };
  }
  if (copies.length === 1) return { stdout: copies[0]!.text, stdoutIs: 'data', stderr: stderr.join('\n'), exitCode };
  return { stdout: '', stderr: 'sdp redact: several dumps: write them with --out-dir <dir>', exitCode: 2 };
}
