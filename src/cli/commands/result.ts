import type { DescriptionType, Diagnostic, InputPosition, OutputEncoding } from '../../index.js';

/*
 * What every command returns: its output and exit code, and the files it
 * wants written. Commands never print, read or write: src/cli/main.ts does.
 */

/** 0 clean, 1 problems found, 2 usage or I/O error. */
export type ExitCode = 0 | 1 | 2;

export interface FileWrite {
  path: string;
  text: string;
  /** The encoding of the input it came from (undefined: UTF-8 without a byte-order mark); dispatch.ts turns text into `bytes`. */
  encoding?: OutputEncoding | undefined;
  /** The bytes to write, when they are not `text` as UTF-8. */
  bytes?: Uint8Array;
  /** Printed on stderr once the file is written. */
  note?: string;
}

/**
 * What stdout holds, which decides what the CLI's output choke point
 * (output.ts) does with it: `text` for people (the default, so a new command
 * cannot forget) is always sanitised; `sdp` (a description) is exact through a
 * pipe and sanitised on a terminal; `data` (JSON, SARIF) is exact: toJson
 * writes hidden characters as \u escapes, which keeps the value.
 */
export type StdoutKind = 'text' | 'sdp' | 'data';

export interface CommandResult {
  stdout: string;
  /** Undefined means `text`. */
  stdoutIs?: StdoutKind;
  stderr: string;
  exitCode: ExitCode;
  writes?: FileWrite[];
}

/** Where an input came from when it was extracted from a larger file (a dump, a log, JSON). */
export interface InputPart {
  /** The file as the user named it (`<stdin>` for `-`). */
  file: string;
  /** 1-based, as `sdp extract` lists the file's descriptions. */
  number: number;
  /** The extraction's label, e.g. "PC 1 (https://meet.example.com) · setLocalDescription offer · 12:03:07". */
  label: string;
  /** Where each line of `text` starts in the file (entry k is line k + 1). */
  lineOrigins: readonly InputPosition[];
}

/** One input description: its display name (`<stdin>` for `-`, `file#N` when extracted) and text. */
export interface Input {
  name: string;
  text: string;
  /** What the source said the description is (an extracted `type: offer`); undefined for plain SDP files. */
  type?: DescriptionType | undefined;
  /** Set when the description was extracted from a larger file. */
  part?: InputPart | undefined;
  /** What the dump it came from says about it (munged, refused by the browser), in its own lines: lint reports them with its findings. */
  findings?: Diagnostic[] | undefined;
  /** How the file's bytes were decoded, when not as UTF-8 without a byte-order mark: writes go back the same way. */
  encoding?: OutputEncoding | undefined;
}

export function ok(stdout: string, stderr = ''): CommandResult {
  return { stdout, stderr, exitCode: 0 };
}

export function usageError(command: string, message: string): CommandResult {
  return { stdout: '', stderr: `sdp ${command}: ${message}`, exitCode: 2 };
}
