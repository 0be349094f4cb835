/*
 * What every command returns: its output and exit code, and the files it
 * wants written. Commands never print, read or write: src/cli/main.ts does.
 */

/** 0 clean, 1 problems found, 2 usage or I/O error. */
export type ExitCode = 0 | 1 | 2;

export interface FileWrite {
  path: string;
  text: string;
  /** Printed on stderr once the file is written. */
  note?: string;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: ExitCode;
  writes?: FileWrite[];
}

/** One input description: its display name (`<stdin>` for `-`) and text. */
export interface Input {
  name: string;
  text: string;
}

export function ok(stdout: string, stderr = ''): CommandResult {
  return { stdout, stderr, exitCode: 0 };
}

export function usageError(command: string, message: string): CommandResult {
  return { stdout: '', stderr: `sdp ${command}: ${message}`, exitCode: 2 };
}
