import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Input } from '../../src/cli/commands/result.js';
import type { DirEntry } from '../../src/cli/glob.js';
import type { Host, ReadResult } from '../../src/cli/run.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const mainTs = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
/** tsx's loader by absolute path, so the child process can run from any working directory. */
export const tsxLoader = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));

export function example(name: 'chrome-offer.sdp' | 'firefox-answer.sdp'): Input {
  return { name: `examples/${name}`, text: readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8') };
}

/** Strips ANSI colour codes. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

export interface RunOutput {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** The built command (npm run build): packages/sdpkit-cli/dist/main.js, importing the built library as `sdpkit`. */
export const distMain = join(root, 'packages/sdpkit-cli/dist/main.js');

/** The newest modification time of the files the packages are built from (src without src/web). */
export function newestSource(dir = join(root, 'src')): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (path !== join(root, 'src/web')) newest = Math.max(newest, newestSource(path));
    } else {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

export function distIsFresh(): boolean {
  return existsSync(distMain) && statSync(distMain).mtimeMs >= newestSource();
}

/** How to start `sdp`: the built dist when it is newer than every source (CI builds first), else the sources through tsx. */
export const sdpArgs: readonly string[] = distIsFresh() ? [distMain] : ['--import', tsxLoader, mainTs];

/** Runs the real `sdp` as a child process. */
export function sdp(args: readonly string[], options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): RunOutput {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...sdpArgs, ...args], {
    cwd: options.cwd ?? root,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    // SARIF for the whole corpus, with each finding's engines and error texts, is over a megabyte (spawnSync's default buffer).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
}

/** An in-memory Host: files by path, a directory tree derived from them, stdin text. */
export function memoryHost(files: Record<string, string | Uint8Array>, options: { stdin?: string | Uint8Array; env?: Record<string, string>; stdoutIsTTY?: boolean; stderrIsTTY?: boolean } = {}): Host & { progressLines: string[] } {
  const norm = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const paths = Object.keys(files).map(norm);
  const dirs = new Set<string>(['.']);
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const progressLines: string[] = [];
  const read = (p: string): ReadResult => {
    const key = Object.keys(files).find((k) => norm(k) === norm(p));
    if (key !== undefined) return { ok: true, bytes: bytesOf(files[key]!) };
    return { ok: false, error: dirs.has(norm(p)) ? 'it is a directory' : 'no such file or directory' };
  };
  return {
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    version: '9.9.9',
    readFile: read,
    readStdin: () => (options.stdin === undefined ? { ok: false, error: 'closed' } : { ok: true, bytes: bytesOf(options.stdin) }),
    stat: (p) => (dirs.has(norm(p)) ? 'directory' : paths.includes(norm(p)) ? 'file' : 'missing'),
    readDir: (dir) => {
      const d = norm(dir) === '' ? '.' : norm(dir);
      if (!dirs.has(d)) return undefined;
      const prefix = d === '.' ? '' : `${d}/`;
      const names = new Map<string, DirEntry['kind']>();
      for (const p of paths) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
    progress: (line) => progressLines.push(line),
    progressLines,
  };
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
    }[];
  }[];
}

/** The parts of the SARIF 2.1.0 schema GitHub code scanning reads, checked by hand. */
export function checkSarifShape(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.tool.driver.name).toBe('sdpkit');
  expect(run.tool.driver.rules.length).toBeGreaterThan(0);
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of run.tool.driver.rules) {
    expect(r.id).toMatch(/^[a-z0-9-]+$/);
    expect(r.shortDescription.text.length).toBeGreaterThan(0);
    expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
  }
  for (const result of run.results) {
    expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(result.message.text.length).toBeGreaterThan(0);
    expect(result.locations).toHaveLength(1);
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    expect(artifactLocation.uri).not.toMatch(/[\s\\]/);
    for (const n of [region.startLine, region.startColumn, region.endLine, region.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
  }
}

