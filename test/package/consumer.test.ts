import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserBundle } from '../../scripts/browser-bundle.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, manifest, pack, root } from './helpers.js';

/*
 * A consumer's project: both packages packed as npm would publish them, installed
 * from the tarballs into a fresh project, then used the ways people use them: ESM
 * import, CommonJS require, every subpath, TypeScript under three module settings,
 * the `sdp` command, and a browser bundle.
 *
 * The tarballs are local; their dependencies (zod, ink, React and ink's own) are in
 * npm's cache because the repository's `npm ci` fetched them (they are its
 * devDependencies). `--offline` is not enough, though: `npm ci` caches the tarballs
 * but not the registry's metadata (packuments), which a semver range such as zod's
 * `^4.6.7` needs, so a fresh cache fails with ENOTCACHED. `--prefer-offline` takes
 * everything it can from the cache and asks the registry only for that metadata.
 */

const dir = mkdtempSync(join(tmpdir(), 'sdpkit-consumer-'));
const project = join(dir, 'project');
const example = join(root, 'examples/chrome-offer.sdp');
const answer = join(root, 'examples/firefox-answer.sdp');
const subpaths = Object.keys(manifest('sdpkit').exports!)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? 'sdpkit' : `sdpkit/${k.slice(2)}`));

function node(args: readonly string[], options: { input?: string } = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', input: options.input ?? '', timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Runs a command without blocking the test process (the type checks run side by side). */
function exec(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: project });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ stdout, stderr, status }));
  });
}

beforeAll(() => {
  ensureBuilt();
  const tarballs = (['sdpkit', 'sdpkit-cli'] as const).map((w) => join(dir, pack(w, dir).filename));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
  const r = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm install --prefer-offline failed:\n${r.stderr}`);
}, 180_000);

// The project's node_modules is thousands of files: more than the default 10 s on a busy machine.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

describe('a project that installs the packed packages', () => {
  it('installs zod with the library, ink and React with the CLI, and never chevrotain', () => {
    const installed = (name: string): boolean => existsSync(join(project, 'node_modules', name, 'package.json'));
    for (const name of ['sdpkit', 'sdpkit-cli', 'zod', 'ink', 'react']) expect(installed(name), name).toBe(true);
    for (const name of ['chevrotain', 'lodash-es', '@chevrotain/gast']) expect(installed(name), name).toBe(false);
  });

  it('imports it as ESM: print(parse(x)) === x on a real browser offer', () => {
    const code = `import { parse, print } from 'sdpkit';
      import { readFileSync } from 'node:fs';
      const text = readFileSync(process.argv[1], 'utf8');
      const { document, diagnostics } = parse(text);
      if (print(document) !== text) throw new Error('not lossless');
      console.log(document.media.length, diagnostics.filter((d) => d.severity === 'error').length);`;
    expect(node(['--input-type=module', '-e', code, example])).toMatchObject({ stdout: '3 0\n', status: 0 });
  });

  it('requires it from CommonJS (Node ≥ 20.19 loads ES modules with require)', () => {
    const code = `const { parse, print } = require('sdpkit');
      const text = require('node:fs').readFileSync(process.argv[1], 'utf8');
      if (print(parse(text).document) !== text) throw new Error('not lossless');
      console.log(typeof require('sdpkit/ice').checkList);`;
    const r = node(['-e', code, example]);
    expect(r.stderr.replace(/.*ExperimentalWarning.*\n|.*--trace-warnings.*\n/g, '')).toBe('');
    expect(r).toMatchObject({ stdout: 'function\n', status: 0 });
  });

  it('loads every subpath, by import and by require, and each gives the same functions as the root', () => {
    const code = (load: string): string => `${load}
      const subpaths = ${JSON.stringify(subpaths)};
      const out = {};
      for (const s of subpaths) {
        const m = await get(s);
        const names = Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports');
        const foreign = names.filter((k) => root[k] !== m[k]);
        out[s] = { count: names.length, foreign };
      }
      console.log(JSON.stringify(out));`;
    const esm = node(['--input-type=module', '-e', code(`const get = (s) => import(s); const root = await import('sdpkit');`)]);
    const cjs = node(['-e', `(async () => { ${code(`const get = async (s) => require(s); const root = require('sdpkit');`)} })()`]);
    for (const r of [esm, cjs]) {
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as Record<string, { count: number; foreign: string[] }>;
      expect(Object.keys(out)).toEqual(subpaths);
      for (const s of subpaths) {
        expect(out[s]!.count, s).toBeGreaterThan(0);
        // One copy of the code: a subpath's exports are the very objects the root exports.
        expect(out[s]!.foreign, s).toEqual([]);
      }
    }
  });

  it('type-checks a strict consumer under module node16, nodenext and moduleResolution bundler', async () => {
    writeFileSync(
      join(project, 'consumer.mts'),
      `import { parse, print, format, type Diagnostic, type SdpDocument } from 'sdpkit';
import { parse as parseOnly, parseCandidate, CandidateSchema, type Candidate } from 'sdpkit/parser';
import { candidatePairPriority, checkList, type CandidatePair } from 'sdpkit/ice';
import { lint, rules } from 'sdpkit/lint';
import { diffOfferAnswer, type OfferAnswerDiff } from 'sdpkit/diff';
import { explain, type LineExplanation } from 'sdpkit/explain';
import { extractDescriptions } from 'sdpkit/extract';
import { redact } from 'sdpkit/redact';

const { document, diagnostics } = parse('v=0\\r\\n');
const doc: SdpDocument = document;
const diags: Diagnostic[] = diagnostics;
const text: string = print(doc) + format(parseOnly('v=0\\r\\n').document);
const candidate: Candidate | undefined = parseCandidate('candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host').candidate;
const checked: Candidate = CandidateSchema.parse(candidate);
const priority: bigint = candidatePairPriority(2113937029, 50339561);
const pairs: CandidatePair[] = checkList([checked], [checked], { role: 'controlling' }).pairs;
const ids: string[] = rules.map((r) => r.id);
const findings: Diagnostic[] = lint(text);
const diff: OfferAnswerDiff = diffOfferAnswer(text, text);
const lines: LineExplanation[] = explain(text);
const found: number = extractDescriptions(text).descriptions.length;
const safe: string[] = redact(text).texts;
// @ts-expect-error the types are real, not any: parse takes a string
parse(42);
export { diags, priority, pairs, ids, findings, diff, lines, found, safe };
`,
    );
    // skipLibCheck off: our declarations and zod's (which they import) are checked too. zod's name the
    // global URL, so the consumer has the DOM library, as a browser (WebRTC) project does.
    const base = { strict: true, noEmit: true, skipLibCheck: false, lib: ['es2022', 'dom'], types: [], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true };
    const configs = {
      node16: { ...base, module: 'node16', moduleResolution: 'node16' },
      nodenext: { ...base, module: 'nodenext', moduleResolution: 'nodenext' },
      bundler: { ...base, module: 'esnext', moduleResolution: 'bundler' },
    };
    for (const [name, compilerOptions] of Object.entries(configs)) {
      writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: ['consumer.mts'] }, null, 2));
    }
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const results = await Promise.all(Object.keys(configs).map((name) => exec(process.execPath, [tsc, '-p', `tsconfig.${name}.json`])));
    for (const [i, name] of Object.keys(configs).entries()) expect(results[i], name).toMatchObject({ stdout: '', status: 0 });
  }, 120_000);

  it('runs the installed `sdp`: --version, lint, demo', () => {
    const sdp = join(project, 'node_modules/.bin/sdp');
    const version = spawnSync(sdp, ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version).toMatchObject({ stdout: `${manifest('sdpkit-cli').version}\n`, status: 0 });
    const lint = spawnSync(sdp, ['lint', example, answer, '--pair'], { cwd: project, encoding: 'utf8' });
    expect(lint).toMatchObject({ stdout: '', stderr: '', status: 0 });
    const bad = spawnSync(sdp, ['lint', '-', '--format', 'json'], { cwd: project, encoding: 'utf8', input: 'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('"severity"');
    const demo = spawnSync(sdp, ['demo'], { cwd: project, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('examples/chrome-offer.sdp: 183 lines, 3 media sections');
  });

  it('bundles `parse` for a browser within the size budget, and the bundle works', async () => {
    const { code, gzip } = await browserBundle(`export { parse, print } from 'sdpkit';`, project);
    // What parse + print cost (57 KB gzip: chevrotain's parser runtime ≈ 40 KB, sdpkit ≈ 17 KB), plus ~10%.
    // No zod: the schemas are built lazily, behind /* @__PURE__ */ marks the bundler honours. The issue's
    // 35 KB target is below chevrotain's own floor (its lexer and recognizer are one import graph).
    expect(gzip).toBeLessThanOrEqual(63 * 1024);
    expect(new TextDecoder().decode(code)).not.toMatch(/\$Zod/);
    // "sideEffects": false lets the bundler drop esbuild's chunk-order imports: the bundle must still work.
    const file = join(dir, 'bundle.mjs');
    writeFileSync(file, code);
    const text = readFileSync(example, 'utf8');
    const run = node(['--input-type=module', '-e', `const { parse, print } = await import(${JSON.stringify(file)}); const t = ${JSON.stringify(text)}; console.log(print(parse(t).document) === t);`]);
    expect(run).toMatchObject({ stdout: 'true\n', status: 0 });
  });
});
