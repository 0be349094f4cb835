/*
 * npm run size: what the built packages cost a consumer, next to sdp-transform.
 *
 *   parse + print   `export { parse, print } from 'sdpkit'` bundled for the browser by esbuild from the
 *                   built package (packages/sdpkit), minified; sdp-transform: parse + write
 *   whole library   `export * from 'sdpkit'`, the same way
 *   cold import     `await import('sdpkit')` in a fresh node process, median of 7 (Node's startup not counted)
 *   sdp --version   wall time of the built command, median of 7 (Node's startup counted: shown alone too)
 *
 * Budgets from the packaging issue are reported per line (PASS/FAIL); the command does not fail on
 * them. Where the parse + print bytes are (chevrotain, zod, sdpkit) comes from esbuild's metafile
 * of the same bundle made from the sources, since the built package already holds them in one chunk.
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { browserBundle, type BrowserBundle } from './browser-bundle.js';
import { coldImport, formatMs, processTime, root } from './measure.js';

const bundle = (code: string, metafile = false): Promise<BrowserBundle> => browserBundle(code, root, metafile);

/** Minified bytes per origin: chevrotain (with lodash-es and @chevrotain/*), zod, sdpkit's own code. */
function shares(meta: esbuild.Metafile): Map<string, number> {
  const out = Object.values(meta.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
    const group = /node_modules\/(chevrotain|@chevrotain|lodash-es)\//.test(input)
      ? 'chevrotain (+ lodash-es)'
      : input.includes('node_modules/zod/')
        ? 'zod'
        : input.includes('node_modules/')
          ? 'other packages'
          : 'sdpkit';
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return groups;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const verdict = (value: number, budget: number, unit: (n: number) => string): string =>
  `${value <= budget ? 'PASS' : 'FAIL'} (budget ${unit(budget)})`;
const kbBudget = (n: number): string => `${n} KB`;
const msBudget = (n: number): string => `${n} ms`;

const rows: string[][] = [];
function row(what: string, ours: string, peer: string, ratio: string, budget: string): void {
  rows.push([what, ours, peer, ratio, budget]);
}

const parsePrint = await bundle(`export { parse, print } from 'sdpkit';`);
const parseWrite = await bundle(`export { parse, write } from 'sdp-transform';`);
const whole = await bundle(`export * from 'sdpkit';`);
const wholePeer = await bundle(`export * from 'sdp-transform';`);
row('parse + print, min', kb(parsePrint.raw), kb(parseWrite.raw), `${(parsePrint.raw / parseWrite.raw).toFixed(1)}x`, '');
row('parse + print, min + gzip', kb(parsePrint.gzip), kb(parseWrite.gzip), `${(parsePrint.gzip / parseWrite.gzip).toFixed(1)}x`, verdict(parsePrint.gzip / 1024, 35, kbBudget));
row('whole library, min', kb(whole.raw), kb(wholePeer.raw), `${(whole.raw / wholePeer.raw).toFixed(1)}x`, '');
row('whole library, min + gzip', kb(whole.gzip), kb(wholePeer.gzip), `${(whole.gzip / wholePeer.gzip).toFixed(1)}x`, verdict(whole.gzip / 1024, 150, kbBudget));

const imp = coldImport('sdpkit');
const impParser = coldImport('sdpkit/parser');
const impPeer = coldImport('sdp-transform');
row(`cold import (median of ${imp.runs})`, formatMs(imp.median), formatMs(impPeer.median), `${(imp.median / impPeer.median).toFixed(1)}x`, verdict(imp.median, 80, msBudget));
row(`cold import of sdpkit/parser`, formatMs(impParser.median), '', '', '');
const version = processTime([join(root, 'packages/sdpkit-cli/bin/sdp.js'), '--version']);
const bare = processTime(['-e', '0']);
row(`sdp --version, wall (median of ${version.runs})`, formatMs(version.median), '', '', verdict(version.median, 150, msBudget));
row('node -e 0, wall (Node alone)', formatMs(bare.median), '', '', '');

const header = ['', 'sdpkit', 'sdp-transform', 'ratio', 'budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`node ${process.version}; esbuild ${esbuild.version}, --minify, platform browser; gzip level 9\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows) console.log(line(r));

// Where the parse + print bytes are: the same bundle from the sources, with esbuild's metafile.
const fromSource = await bundle(`export { parse, print } from './src/entries/parser.ts';`, true);
const groups = [...shares(fromSource.meta!)].sort((a, b) => b[1] - a[1]);
const total = groups.reduce((n, [, b]) => n + b, 0);
console.log(`\nparse + print by origin (minified bytes; gzip share estimated in proportion to ${kb(fromSource.gzip)}):`);
for (const [group, bytes] of groups) {
  console.log(`  ${group.padEnd(26)} ${kb(bytes).padStart(9)}  ${((bytes / total) * 100).toFixed(0).padStart(3)}%  ≈ ${kb((fromSource.gzip * bytes) / total)} gzip`);
}
