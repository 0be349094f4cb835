import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh, distMain as dist, root } from './helpers.js';
import { hasTmux, privateTmux } from '../helpers/tmux.js';

/*
 * End to end: the built `sdp inspect` in a real terminal (tmux), driven by
 * keys, checked on the captured screen. Needs tmux (apt-get install -y
 * tmux; .ci/run installs it): without it the test fails, it is never skipped.
 */

const server = privateTmux('sdp-tmux', root);
const { tmux } = server;

function screen(session: string): string {
  return tmux('capture-pane', '-p', '-t', session);
}

async function waitFor(session: string, expected: string | RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = screen(session);
    } catch {
      last = '(no pane)';
    }
    if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the screen never showed ${String(expected)}:\n${last}`);
}

function alive(session: string): boolean {
  try {
    tmux('has-session', '-t', session);
    return true;
  } catch {
    return false;
  }
}

async function gone(session: string, timeout = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (!alive(session)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('sdp inspect in tmux (built dist)', () => {
  beforeAll(() => {
    if (!hasTmux) throw new Error('tmux is not installed: apt-get install -y tmux (CI installs it in .ci/run)');
    if (!distIsFresh()) {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', timeout: 240_000 });
    }
  }, 300_000);

  afterAll(() => server.close());

  it('switches screens, moves, searches and quits with keys', async () => {
    const session = 'files';
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', `node ${dist} inspect examples/chrome-offer.sdp examples/firefox-answer.sdp`);
    try {
      let s = await waitFor(session, 'Lines  1/183');
      expect(s).toMatch(/^ 1 Lines {2}2 Diff {2}3 Codecs {2}4 ICE {2}5 Lint/);
      expect(s).toContain('line 1: v=0');

      tmux('send-keys', '-t', session, 'Tab');
      s = await waitFor(session, 'Offer/answer negotiation per m-section: verdict ok');
      expect(s).toContain('audio mid 0: accepted (offer line 8, answer line 9)');

      tmux('send-keys', '-t', session, '4');
      s = await waitFor(session, 'ICE: candidates and check list');
      expect(s).toMatch(/udp +host +192\.168\.1\.23:51372 +private/);

      tmux('send-keys', '-t', session, '2');
      await waitFor(session, 'Diff  1/');
      tmux('send-keys', '-t', session, '1');
      await waitFor(session, 'Lines  1/183');
      tmux('send-keys', '-t', session, 'j');
      s = await waitFor(session, 'Lines  2/183');
      expect(s).toContain('line 2: o=- 4611731400430051336');

      tmux('send-keys', '-t', session, '/');
      await waitFor(session, 'Enter find');
      tmux('send-keys', '-t', session, '-l', 'opus');
      await waitFor(session, '/opus');
      tmux('send-keys', '-t', session, 'Enter');
      s = await waitFor(session, 'Lines  30/183');
      expect(s).toContain('line 30: a=rtpmap:111');
      // The frame keeps its size: no row is left over from an earlier one.
      expect(s.split('\n').filter((l) => l.includes('1 Lines  2 Diff'))).toHaveLength(1);

      tmux('send-keys', '-t', session, 'q');
      expect(await gone(session)).toBe(true);
    } finally {
      if (alive(session)) tmux('kill-session', '-t', session);
    }
  });

  it('a gzipped dump: the chooser, a timeline, Esc back, a negotiation\'s ICE screen', async () => {
    const session = 'dump';
    tmux('new-session', '-d', '-s', session, '-x', '140', '-y', '40', `node ${dist} inspect test/fixtures/dumps/chromium-internals.json.gz`);
    try {
      let s = await waitFor(session, 'in 2 peer connections');
      expect(s).toMatch(/^ {2}timeline {2}\d+ events: 4 negotiations, 0 rollbacks, 1 failed call, 1 ICE restart/m);
      tmux('send-keys', '-t', session, 'Enter');
      s = await waitFor(session, 'Timeline  1/');
      tmux('send-keys', '-t', session, 'G');
      s = await waitFor(session, 'maximum supported');
      tmux('send-keys', '-t', session, 'Escape');
      await waitFor(session, 'Choose what to inspect');
      tmux('send-keys', '-t', session, 'j');
      tmux('send-keys', '-t', session, 'Enter');
      await waitFor(session, 'Lines  1/');
      tmux('send-keys', '-t', session, '4');
      s = await waitFor(session, 'ICE of PC 1, negotiation 1: connected');
      expect(s).toContain('role: controlling (getStats:');
      expect(s).toContain('succeeded, nominated, SELECTED');
      tmux('send-keys', '-t', session, 'q');
      expect(await gone(session)).toBe(true);
    } finally {
      if (alive(session)) tmux('kill-session', '-t', session);
    }
  });

  it('reads the description from stdin and the keys from the terminal', async () => {
    const session = 'stdin';
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `cat examples/firefox-answer.sdp | node ${dist} inspect -`);
    try {
      const s = await waitFor(session, '<stdin>: 85 lines');
      expect(s.split('\n').every((l) => l.length <= 80)).toBe(true);
      tmux('send-keys', '-t', session, '5');
      await waitFor(session, 'Lint: ');
      tmux('send-keys', '-t', session, 'q');
      expect(await gone(session)).toBe(true);
    } finally {
      if (alive(session)) tmux('kill-session', '-t', session);
    }
  });
});
