import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, manifest, pack, root, targets, type PackResult } from './helpers.js';

/*
 * What `npm publish` would upload, for both packages: only built code, declarations
 * and docs; every path of the manifest present; the library without the CLI's
 * dependencies (ink, React) and with chevrotain bundled, not installed.
 */

const packs = new Map<string, PackResult>();
beforeAll(() => {
  ensureBuilt();
  for (const w of ['sdpkit', 'sdpkit-cli'] as const) packs.set(w, pack(w));
}, 300_000);

const paths = (w: string): string[] => packs.get(w)!.files.map((f) => f.path);
const strip = (p: string): string => p.replace(/^\.\//, '');

describe.each(['sdpkit', 'sdpkit-cli'])('npm pack -w %s', (w) => {
  it('holds no tests, no sources but declarations, no web build, no source maps', () => {
    const files = paths(w);
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files.filter((p) => /(^|\/)(test|tests|__tests__|src|bench|scripts)\//.test(p))).toEqual([]);
    expect(files.filter((p) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(p))).toEqual([]);
    expect(files.filter((p) => /\.[cm]?tsx?$/.test(p) && !/\.d\.[cm]?ts$/.test(p))).toEqual([]);
    expect(files.filter((p) => p.startsWith('dist-web/') || p.includes('index.html'))).toEqual([]);
    // The build writes no maps: a map without its sources (the package has none) only misleads.
    expect(files.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(files.filter((p) => p.endsWith('meta.json'))).toEqual([]);
  });

  it('has every file its manifest names', () => {
    const m = manifest(w as 'sdpkit' | 'sdpkit-cli');
    const named = [...targets(m.exports as never), ...Object.values(m.bin ?? {}), ...(m.main === undefined ? [] : [m.main]), ...(m.types === undefined ? [] : [m.types])];
    expect(named.length).toBeGreaterThan(0);
    for (const p of named) expect(paths(w), p).toContain(strip(p));
  });
});

describe('the library manifest', () => {
  const m = manifest('sdpkit');

  it('is ESM without side effects, for Node 20 and up', () => {
    expect(m).toMatchObject({ name: 'sdpkit', type: 'module', sideEffects: false });
  });

  it('depends on zod only (its declarations import zod types); chevrotain is bundled, ink and React are the CLI’s', () => {
    const all = { ...m.dependencies, ...m.peerDependencies, ...m.optionalDependencies };
    expect(Object.keys(all)).toEqual(['zod']);
    for (const name of ['ink', 'react', 'react-dom', 'chevrotain', 'lodash-es']) expect(all).not.toHaveProperty(name);
  });

  it('gives every subpath types, import and a require-able default, all of them built', () => {
    const exports = m.exports!;
    const subpaths = Object.keys(exports).filter((k) => k !== './package.json');
    expect(subpaths).toEqual(['.', './parser', './ice', './lint', './diff', './explain', './extract', './redact']);
    for (const s of subpaths) {
      const c = exports[s] as Record<string, string>;
      // `types` first: TypeScript takes the first condition that matches.
      expect(Object.keys(c), s).toEqual(['types', 'import', 'default']);
      expect(c['types'], s).toMatch(/^\.\/dist\/types\/.*\.d\.ts$/);
      expect(c['default'], s).toBe(c['import']);
      expect(paths('sdpkit')).toContain(strip(c['types']!));
    }
  });
});

describe('the library declarations', () => {
  it('import no package but its dependencies (chevrotain is bundled, so its types must not leak)', () => {
    const deps = Object.keys(manifest('sdpkit').dependencies ?? {});
    const dts = paths('sdpkit').filter((p) => p.endsWith('.d.ts'));
    expect(dts.length).toBeGreaterThan(8);
    const packages = new Set<string>();
    for (const p of dts) {
      const text = readFileSync(join(root, 'packages/sdpkit', p), 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\(\s*)['"]([^'".][^'"]*)['"]/g)) packages.add(m[1]!.split('/')[0]!);
    }
    expect([...packages].filter((name) => !deps.includes(name))).toEqual([]);
  });
});

describe('the CLI manifest', () => {
  const m = manifest('sdpkit-cli');

  it('installs `sdp`, depends on this very version of sdpkit, and brings ink and React', () => {
    expect(m.bin).toEqual({ sdp: './bin/sdp.js' });
    const bin = packs.get('sdpkit-cli')!.files.find((f) => f.path === 'bin/sdp.js')!;
    expect(bin.mode & 0o111).not.toBe(0);
    expect(m.dependencies).toMatchObject({ sdpkit: manifest('sdpkit').version });
    expect(Object.keys(m.dependencies ?? {}).sort()).toEqual(['ink', 'react', 'sdpkit']);
  });

  it('carries the examples `sdp demo` reads and no copy of the library', () => {
    const files = paths('sdpkit-cli');
    expect(files).toEqual(expect.arrayContaining(['dist/main.js', 'dist/examples/chrome-offer.sdp', 'dist/examples/firefox-answer.sdp']));
    // esbuild marks each bundled module with a `// path` comment: the library's modules (and
    // chevrotain) must come from the sdpkit dependency, never be bundled into the CLI.
    const code = files.filter((p) => p.endsWith('.js')).map((p) => readFileSync(join(root, 'packages/sdpkit-cli', p), 'utf8')).join('\n');
    const bundled = [...code.matchAll(/^\/\/ (\S+)$/gm)].map((m) => m[1]!);
    expect(bundled.filter((p) => p.startsWith('src/cli/')).length).toBeGreaterThan(20);
    expect(bundled.filter((p) => p.startsWith('src/') && !p.startsWith('src/cli/'))).toEqual([]);
    expect(bundled.filter((p) => /node_modules\/(chevrotain|@chevrotain|lodash-es|ink|react)\//.test(p))).toEqual([]);
    expect(code).toMatch(/from "sdpkit"/);
  });
});
