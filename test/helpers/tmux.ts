import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * A tmux server of the test's own (its socket in a temporary directory, no
 * user config) for tests that look at a real terminal. Ink renders nothing
 * live when it thinks it runs in CI, so the panes do not inherit CI.
 */

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export interface PrivateTmux {
  /** Runs a tmux command against this server; returns its stdout. */
  tmux(...args: string[]): string;
  /** Kills the server (if it runs) and removes the socket directory. */
  close(): void;
}

export function privateTmux(prefix: string, cwd: string): PrivateTmux {
  const socketDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const socket = join(socketDir, 'socket');
  const tmux = (...args: string[]): string => {
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
    delete env['CI'];
    delete env['CONTINUOUS_INTEGRATION'];
    return execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { cwd, env, encoding: 'utf8' });
  };
  return {
    tmux,
    close: () => {
      try {
        tmux('kill-server');
      } catch {
        // no server was started, or it is gone already
      }
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
