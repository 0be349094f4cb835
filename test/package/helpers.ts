import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distIsFresh, root } from '../cli/helpers.js';

export { root };

/** Builds the packages when the build is missing or older than the sources (npm test builds first). */
export function ensureBuilt(): void {
  if (!distIsFresh()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', timeout: 240_000 });
}

export type Conditions = string | { [condition: string]: Conditions };

export interface Manifest {
  name: string;
  version: string;
  type?: string;
  main?: string;
  types?: string;
  sideEffects?: boolean;
  bin?: Record<string, string>;
  exports?: Record<string, Conditions>;
  files?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export function manifest(workspace: 'sdpkit' | 'sdpkit-cli'): Manifest {
  return JSON.parse(readFileSync(join(root, 'packages', workspace, 'package.json'), 'utf8')) as Manifest;
}

export interface PackResult {
  name: string;
  version: string;
  filename: string;
  files: { path: string; size: number; mode: number }[];
}

/** `npm pack --json -w <workspace>` (a dry run unless a destination is given). */
export function pack(workspace: 'sdpkit' | 'sdpkit-cli', destination?: string): PackResult {
  const args = ['pack', '--json', '-w', workspace, ...(destination === undefined ? ['--dry-run'] : ['--pack-destination', destination])];
  const r = spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as PackResult[])[0]!;
}

/** Every file an exports map (or a condition object) points at. */
export function targets(value: Conditions | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(targets);
}
