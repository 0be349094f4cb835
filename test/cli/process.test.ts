import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesById } from '../../src/index.js';
import { corpusDir, hasCorpus } from '../helpers/corpus.js';
import { checkSarifShape, root, sdp, sdpArgs, type SarifLog } from './helpers.js';

/*
 * The real process: exit codes, stdin, files written, colours from the
 * environment, and one-line errors (never a stack trace).
 */

const dir = mkdtempSync(join(tmpdir(), 'sdp-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorText = rulesById.get('ice-credentials-missing')!.docs.bad as string;
const warningText = rulesById.get('dtls-fingerprint-weak-hash')!.docs.bad as string;
writeFileSync(join(dir, 'error.sdp'), errorText);
writeFileSync(join(dir, 'warning.sdp'), warningText);

function noStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr.trim().split('\n')).toHaveLength(1);
}

describe('sdp (process)', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/sdpkit-cli/package.json'), 'utf8')) as { version: string };
    expect(sdp(['--version'])).toEqual({ stdout: `${pkg.version}\n`, stderr: '', status: 0 });
  });

  it('lint: 0 for clean files, 1 for errors, 1 for warnings over --max-warnings, 2 for usage', () => {
    expect(sdp(['lint', 'examples/chrome-offer.sdp', 'examples/firefox-answer.sdp', '--pair'])).toEqual({ stdout: '', stderr: '', status: 0 });
    const errors = sdp(['lint', join(dir, 'error.sdp')]);
    expect(errors.status).toBe(1);
    expect(errors.stdout).toContain('ice-credentials-missing');
    expect(sdp(['lint', join(dir, 'warning.sdp')]).status).toBe(0);
    expect(sdp(['lint', join(dir, 'warning.sdp'), '--max-warnings', '0']).status).toBe(1);
    const usage = sdp(['lint', '--nope', 'x.sdp']);
    expect(usage.status).toBe(2);
    noStackTrace(usage.stderr);
  });

  it.each([
    [['parse', 'missing.sdp'], "sdp parse: cannot read 'missing.sdp': no such file or directory"],
    [['diff', 'examples/chrome-offer.sdp', 'examples'], "sdp diff: cannot read 'examples': it is a directory"],
    [['explain', '--lines', '3', 'examples/chrome-offer.sdp'], "sdp explain: unknown option '--lines' (did you mean --line?); see sdp explain --help"],
    [['frobnicate'], "sdp: unknown command 'frobnicate'; see sdp --help"],
    [['inspect', 'examples/chrome-offer.sdp'], 'sdp inspect: stdout is not a terminal'],
  ])('%j: one line, exit 2', (args, message) => {
    const r = sdp(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    noStackTrace(r.stderr);
  });

  it('reads - from stdin', () => {
    const r = sdp(['lint', '-', '--format', 'json'], { input: errorText });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ file: '<stdin>', errorCount: 1 }] });
    const parsed = sdp(['parse', '-', '--json'], { input: readFileSync(join(root, 'examples/chrome-offer.sdp'), 'utf8') });
    expect(JSON.parse(parsed.stdout)).toMatchObject({ document: { session: { origin: { sessionId: '4611731400430051336' } } } });
  });

  it('colours only when forced on a pipe; NO_COLOR loses to FORCE_COLOR', () => {
    const file = join(dir, 'error.sdp');
    expect(sdp(['lint', file]).stdout).not.toContain('\u001b[');
    expect(sdp(['lint', file], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(sdp(['lint', file], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(sdp(['lint', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain('\u001b[31m');
  });

  it('a config file in the working directory, and its bad keys', () => {
    const cwd = mkdtempSync(join(dir, 'cfg-'));
    writeFileSync(join(cwd, 'e.sdp'), errorText);
    writeFileSync(join(cwd, 'sdpkit.config.json'), JSON.stringify({ rules: { 'ice-credentials-missing': 'off' } }));
    expect(sdp(['lint', 'e.sdp'], { cwd }).status).toBe(0);
    writeFileSync(join(cwd, 'sdpkit.config.json'), JSON.stringify({ rule: {} }));
    const bad = sdp(['lint', 'e.sdp'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('sdp lint: sdpkit.config.json: unknown key `rule` (did you mean `rules`?); allowed keys: $schema, rules, targets, maxWarnings, format, quiet\n');
  });

  it.runIf(hasCorpus)('lints a quoted glob over the corpus into valid SARIF', () => {
    const r = sdp(['lint', `${corpusDir}/**/*.sdp`, '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    checkSarifShape(log);
    expect(new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).size).toBeGreaterThan(50);
  });

  it('format --write rewrites the file in canonical form', () => {
    const file = join(dir, 'lf.sdp');
    writeFileSync(file, readFileSync(join(root, 'examples/firefox-answer.sdp'), 'utf8').replace(/\r\n/g, '\n'));
    const r = sdp(['format', file, '--write']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`sdp format: formatted ${file}\n`);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('\r\n');
    expect(written).toBe(sdp(['format', file]).stdout);
  });

  it('redact --out-dir creates the directory and writes both files with one mapping', () => {
    const out = join(dir, 'redacted', 'nested');
    const r = sdp(['redact', 'examples/chrome-offer.sdp', 'examples/firefox-answer.sdp', '--out-dir', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`sdp redact: wrote ${out}/chrome-offer.sdp`);
    const o = readFileSync(join(out, 'chrome-offer.sdp'), 'utf8');
    const a = readFileSync(join(out, 'firefox-answer.sdp'), 'utf8');
    expect(o).not.toContain('192.168.1.23');
    expect(a).not.toContain('192.168.1.50');
    // Both copies still pair: the ICE check list is the same size.
    const ice = sdp(['ice', join(out, 'chrome-offer.sdp'), '--remote', join(out, 'firefox-answer.sdp')]);
    expect(ice.stdout).toContain('audio mid 0: 6 pairs, 2 pruned');
  });

  it('stops quietly when the reader closes the pipe', () => {
    // 180 KB of JSON: more than a pipe buffer, so the write hits the closed pipe.
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" ${sdpArgs.map((a) => `"${a}"`).join(' ')} parse --json examples/chrome-offer.sdp | head -c 1`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('{');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
