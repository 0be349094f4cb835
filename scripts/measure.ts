/*
 * Startup measurements shared by npm run size and npm run bench: each run is a
 * fresh `node` process (nothing cached in the process), from the repository root
 * so that `sdpkit` resolves to the built workspace package.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface Timing {
  median: number;
  runs: number;
  all: number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * `await import(specifier)` in a fresh process, timed inside it (from just before the import to its
 * end: Node's own startup is not counted). Median of `runs`.
 */
export function coldImport(specifier: string, runs = 7, cwd = root): Timing {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import('${specifier}') failed: ${r.stderr}`);
    all.push(Number(r.stdout));
  }
  return { median: median(all), runs, all };
}

/** Wall time of a whole process (Node's startup included), median of `runs`. */
export function processTime(args: readonly string[], runs = 7, cwd = root): Timing {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    all.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  }
  return { median: median(all), runs, all };
}

export function formatMs(ms: number): string {
  return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}
