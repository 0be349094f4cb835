import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRollback } from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { memoryHost } from './helpers.js';

/* A dump with a rollback (#7: setLocalDescription type rollback), as perfect negotiation makes routinely. */
const dump = readFileSync(new URL('../fixtures/webrtc-internals-implicit.json', import.meta.url));
const host = () => memoryHost({ 'dump.json': dump });

describe('rollbacks in a dump', () => {
  it('are events, not descriptions', () => {
    expect(isRollback({ type: 'rollback', sdp: '' })).toBe(true);
    expect(isRollback({ type: 'rollback', sdp: 'v=0\r\n' })).toBe(false);
    expect(isRollback({ type: 'offer', sdp: '' })).toBe(false);
  });

  it('lint skips them with a note instead of reporting an empty input', async () => {
    const r = await run(['lint', 'dump.json'], host());
    expect(r.stdout).not.toContain('dump.json#7');
    expect(r.stdout).not.toMatch(/empty/);
    expect(r.stderr).toContain('sdp lint: note: dump.json: skipped 1 rollback (#7): a rollback carries no description');
  });

  it('redact skips them too, and extract --out-dir writes no empty file for one', async () => {
    const redacted = await run(['redact', 'dump.json', '--out-dir', 'out'], host());
    expect(redacted.writes?.some((w) => w.text === '')).toBe(false);
    const extracted = await run(['extract', 'dump.json', '--out-dir', 'out'], host());
    expect(extracted.exitCode).toBe(0);
    const names = (extracted.writes ?? []).map((w) => w.path);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((p) => /rollback/.test(p))).toBe(false);
    expect((extracted.writes ?? []).every((w) => w.text !== '')).toBe(true);
    // The table still lists the rollback, as the event it is.
    expect(extracted.stdout).toMatch(/7 +rollback/);
  });
});
