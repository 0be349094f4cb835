import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh, distMain as dist, root } from './helpers.js';
import { EVIL_NAME, hostileAnswer, hostileOffer } from '../helpers/hostile.js';
import { hasTmux, privateTmux } from '../helpers/tmux.js';

/*
 * End to end: the built `sdp` prints hostile descriptions (ESC[2J, an OSC 0
 * title, an OSC 8 link, BEL, C1 CSI, U+202E, U+200B, and a file name with a
 * title sequence) in a real terminal (tmux). The captured pane must show the
 * escapes as text, keep what was on it before (scroll-on-clear is off, so a
 * real ESC[2J would wipe it) and keep its title. A first test runs the same
 * bytes raw through printf, to show these checks do catch a terminal that
 * obeyed. Needs tmux (like tmux.e2e.test.ts): without it the test fails.
 */

const work = mkdtempSync(join(tmpdir(), 'sdp-hostile-files-'));
const server = privateTmux('sdp-hostile-tmux', work);
const { tmux } = server;

/** The whole pane, history included (a cleared screen with scroll-on-clear off loses its rows). */
function pane(session: string): string {
  return tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session);
}

function title(session: string): string {
  return tmux('display-message', '-p', '-t', session, '#{pane_title}').trim();
}

async function waitFor(read: () => string, expected: string, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = read();
    } catch {
      last = '(no pane)';
    }
    if (last.includes(expected)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the pane never showed ${expected}:\n${last}`);
}

let count = 0;

/** Runs `command` in a fresh pane after a marker line; returns the pane and its title before and after. */
async function inPane(command: string): Promise<{ screen: string; before: string; after: string }> {
  const session = `s${++count}`;
  tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '50', 'sh');
  try {
    await waitFor(() => pane(session), '');
    const before = title(session);
    tmux('send-keys', '-t', session, '-l', `printf 'BEFORE-%s\\n' MARK; ${command}; printf 'AFTER-%s\\n' MARK`);
    tmux('send-keys', '-t', session, 'Enter');
    const screen = await waitFor(() => pane(session), 'AFTER-MARK');
    return { screen, before, after: title(session) };
  } finally {
    tmux('kill-session', '-t', session);
  }
}

function expectShownNotObeyed(r: { screen: string; before: string; after: string }, shows: readonly string[]): void {
  expect(r.screen).toContain('BEFORE-MARK');
  expect(r.after).toBe(r.before);
  expect(r.after).not.toContain('pwned');
  for (const s of shows) expect(r.screen).toContain(s);
}

describe('hostile SDP in a real terminal (tmux, built dist)', () => {
  beforeAll(() => {
    if (!hasTmux) throw new Error('tmux is not installed: apt-get install -y tmux (CI installs it in .ci/run)');
    if (!distIsFresh()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', timeout: 240_000 });
    writeFileSync(join(work, 'offer.sdp'), hostileOffer);
    writeFileSync(join(work, 'answer.sdp'), hostileAnswer);
    writeFileSync(join(work, EVIL_NAME), hostileOffer);
    // One session lives through the whole file, so the server (and these options) stay between panes.
    // A real ESC[2J must wipe the pane for the check to mean something: scroll-on-clear off.
    tmux('new-session', '-d', '-s', 'keep', 'sh');
    tmux('set-option', '-g', 'scroll-on-clear', 'off');
    tmux('set-option', '-g', 'history-limit', '20000');
  }, 300_000);

  afterAll(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the checks notice a terminal that obeyed (the same bytes through printf)', async () => {
    writeFileSync(join(work, 'raw.txt'), `s=${'\u001b]0;pwned-title\u0007'}\u001b[2J\n`);
    const r = await inPane('cat raw.txt');
    expect(r.screen).not.toContain('BEFORE-MARK');
    expect(r.after).toContain('pwned-title');
  });

  it.each([
    ['sdp lint', 'lint offer.sdp evil*', ['evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.sdp', '⟨U+202E⟩ (RIGHT-TO-LEFT OVERRIDE) in the connection-address', 'invisible-characters']],
    ['sdp explain', 'explain offer.sdp', ['s=\\x1B[2J\\x1B]0;pwned-title\\x07\\x9B2J\\x7F', '\\x1B]8;;https://evil.example/\\x1B\\click', 'opus⟨U+200B⟩']],
    ['sdp diff', 'diff offer.sdp answer.sdp', ['mid 0 in the offer but mid 0⟨U+200B⟩ in the answer', 'opus⟨U+200B⟩/48000/2']],
    ['sdp parse', 'parse evil*', ['evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.sdp', 'opus⟨U+200B⟩/48000']],
    ['sdp format (a terminal)', 'format offer.sdp', ['s=\\x1B[2J\\x1B]0;pwned-title\\x07']],
  ])('%s', async (_name, args, shows) => {
    const r = await inPane(`node ${dist} ${args}`);
    expectShownNotObeyed(r, shows);
  });

  it('sdp inspect: every screen', async () => {
    const session = 'inspect';
    tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '50', 'sh');
    try {
      const before = title(session);
      tmux('send-keys', '-t', session, '-l', `node ${dist} inspect evil* answer.sdp; printf 'AFTER-%s\\n' MARK`);
      tmux('send-keys', '-t', session, 'Enter');
      const screen = (): string => tmux('capture-pane', '-p', '-t', session);
      await waitFor(screen, 'Lines  1/');
      tmux('send-keys', '-t', session, 'j', 'j');
      let s = await waitFor(screen, 'Lines  3/');
      expect(s).toContain('s=\\x1B[2J\\x1B]0;pwned-title\\x07');
      expect(s).toContain('evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.sdp');
      for (const [key, expected] of [['2', 'Diff  1/'], ['3', 'opus⟨U+200B⟩'], ['4', '⟨U+202E⟩1.2.0.291'], ['5', 'invisible-characters']] as const) {
        tmux('send-keys', '-t', session, key);
        s = await waitFor(screen, expected);
        expect(title(session)).toBe(before);
      }
      tmux('send-keys', '-t', session, 'q');
      await waitFor(() => pane(session), 'AFTER-MARK');
      expect(title(session)).toBe(before);
    } finally {
      tmux('kill-session', '-t', session);
    }
  });
});
