import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/help.js';
import { run } from '../../src/cli/run.js';
import { printable } from '../../src/index.js';
import { hostileInput, hostileSdp } from '../fuzz/hostile.js';
import { memoryHost } from './helpers.js';

/*
 * Every command with hostile files: it answers (exit 0, 1 or 2) without an
 * internal error, in bounded time, and what it prints for people (a
 * terminal, GitHub annotations, stderr) is printable text only: no escape
 * sequence, control, bidi or zero-width character gets through. Machine
 * output (JSON, SARIF, SDP written to a pipe) keeps the exact text and must
 * still be what it claims to be.
 */

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);
const CALL_BUDGET_MS = 5_000;

type Output = 'human' | 'json' | 'sdp';
interface Invocation {
  argv: string[];
  /** What stdout is: text for people (must be printable), JSON, or SDP for a pipe. */
  stdout: Output;
  tty?: boolean;
}

/** At least one invocation per command; the first file is hostile, the second a hostile peer. */
const INVOCATIONS: Record<string, Invocation[]> = {
  lint: [
    { argv: ['lint', 'a.sdp'], stdout: 'human' },
    { argv: ['lint', 'a.sdp', '--type', 'answer'], stdout: 'human' },
    { argv: ['lint', 'a.sdp', 'b.sdp', '--pair'], stdout: 'human' },
    { argv: ['lint', 'a.sdp', '--format', 'github'], stdout: 'human' },
    { argv: ['lint', 'a.sdp', '--format', 'json'], stdout: 'json' },
    { argv: ['lint', 'a.sdp', 'b.sdp', '--pair', '--format', 'sarif'], stdout: 'json' },
  ],
  parse: [
    { argv: ['parse', 'a.sdp'], stdout: 'human' },
    { argv: ['parse', 'a.sdp', '--json'], stdout: 'json' },
  ],
  format: [
    { argv: ['format', 'a.sdp'], stdout: 'human', tty: true },
    { argv: ['format', 'a.sdp'], stdout: 'sdp' },
  ],
  edit: [
    { argv: ['edit', 'a.sdp', '--diff', '--drop-candidates', 'host', '--direction', '0=recvonly'], stdout: 'human' },
    { argv: ['edit', 'a.sdp', '--remove-codec', 'all=opus', '--end-of-candidates'], stdout: 'human', tty: true },
    { argv: ['edit', 'a.sdp', '--setup', 'passive'], stdout: 'sdp' },
  ],
  diff: [
    { argv: ['diff', 'a.sdp', 'b.sdp'], stdout: 'human' },
    { argv: ['diff', 'a.sdp', 'b.sdp', '--json'], stdout: 'json' },
  ],
  explain: [
    { argv: ['explain', 'a.sdp'], stdout: 'human' },
    { argv: ['explain', 'a.sdp', '--line', '3'], stdout: 'human' },
    { argv: ['explain', 'a.sdp', '--json'], stdout: 'json' },
  ],
  ice: [
    { argv: ['ice', 'a.sdp'], stdout: 'human' },
    { argv: ['ice', 'a.sdp', '--remote', 'b.sdp'], stdout: 'human' },
    { argv: ['ice', 'a.sdp', '--remote', 'b.sdp', '--json'], stdout: 'json' },
  ],
  redact: [
    { argv: ['redact', 'a.sdp'], stdout: 'human', tty: true },
    { argv: ['redact', 'a.sdp'], stdout: 'sdp' },
  ],
  inspect: [{ argv: ['inspect', 'a.sdp', 'b.sdp'], stdout: 'human' }],
  extract: [
    { argv: ['extract', 'a.sdp'], stdout: 'human' },
    { argv: ['extract', 'a.sdp', '--json'], stdout: 'json' },
  ],
  demo: [{ argv: ['demo'], stdout: 'human' }],
};

/** Our own colour codes are not an injection; everything else must be printable. */
function withoutOwnColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function expectPrintable(text: string, what: string): void {
  const shown = withoutOwnColours(text);
  expect(printable(shown), what).toBe(shown);
}

async function invoke(inv: Invocation, a: string, b: string): Promise<void> {
  const host = memoryHost({ 'a.sdp': a, 'b.sdp': b }, { stdoutIsTTY: inv.tty ?? false, stderrIsTTY: false, env: { NO_COLOR: '1' } });
  const started = performance.now();
  const r = await run(inv.argv, host);
  const ms = performance.now() - started;
  const what = `sdp ${inv.argv.join(' ')}`;
  expect(ms, `${what} took ${Math.round(ms)} ms`).toBeLessThan(CALL_BUDGET_MS);
  expect([0, 1, 2], what).toContain(r.exitCode);
  expect(r.stderr, what).not.toMatch(/internal error/);
  expectPrintable(r.stderr, `${what}: stderr`);
  if (inv.stdout === 'human') expectPrintable(r.stdout, `${what}: stdout`);
  if (inv.stdout === 'json' && r.stdout !== '') expect(() => JSON.parse(r.stdout), what).not.toThrow();
}

describe('fuzz: every sdp command with hostile files', () => {
  it('covers every command', () => {
    expect(Object.keys(INVOCATIONS).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  for (const [command, invocations] of Object.entries(INVOCATIONS)) {
    it(`sdp ${command}: answers, in time, with printable text for people`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileInput, hostileSdp, async (a, b) => {
          for (const inv of invocations) await invoke(inv, a, b);
        }),
        { numRuns: Math.ceil(RUNS / invocations.length) },
      );
    }, 120_000);
  }

  it('a hostile file name is shown, not obeyed', async () => {
    const name = 'x\u001b]0;title\u0007\u202e.sdp';
    for (const argv of [['lint', name], ['explain', name], ['parse', name], ['lint', 'missing\u001b[2J.sdp']]) {
      const host = memoryHost({ [name]: 'v=0\r\nm=\u001b[2J\r\n' }, { env: { NO_COLOR: '1' } });
      const r = await run(argv, host);
      expectPrintable(r.stdout, `sdp ${argv.join(' ')}: stdout`);
      expectPrintable(r.stderr, `sdp ${argv.join(' ')}: stderr`);
    }
  });
});
