import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/*
 * Rules of src/web that a reader should not have to check by hand: user data
 * is only ever text, the page talks to nothing, and it takes every fact from
 * the library's public API (src/index.ts), never from a library module.
 */
const webDir = resolve(repoRoot, 'src/web');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files(webDir).filter((f) => /\.(ts|tsx)$/.test(f));
const read = (f: string): string => readFileSync(f, 'utf8');

describe('src/web', () => {
  it('has source files', () => {
    expect(sources.map((f) => relative(webDir, f))).toEqual(expect.arrayContaining(['App.tsx', 'main.tsx', 'analysis.ts', 'views/LinesView.tsx']));
  });

  it.each(sources.map((f) => [relative(webDir, f), f]))('%s renders data as text only', (_name, file) => {
    const text = read(file);
    for (const banned of ['dangerouslySetInnerHTML', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'href=', 'src=']) {
      expect(text, banned).not.toContain(banned);
    }
  });

  it.each(sources.map((f) => [relative(webDir, f), f]))('%s imports only React, the public API and its own files', (_name, file) => {
    const specifiers = [...read(file).matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]!);
    if (file.endsWith('App.tsx')) expect(specifiers.length).toBeGreaterThan(10);
    for (const spec of specifiers) {
      if (['react', 'react-dom/client'].includes(spec)) continue;
      // The one exception: zod's CSP-safe mode, set before the library loads.
      if (spec === 'zod/mini' && file.endsWith('zod-jitless.ts')) continue;
      expect(spec.startsWith('.'), `${spec} is a package`).toBe(true);
      const target = resolve(dirname(file), spec.replace(/\?raw$/, ''));
      if (target === resolve(repoRoot, 'src/index.js')) continue;
      if (spec.endsWith('.sdp?raw')) {
        expect(target.startsWith(resolve(repoRoot, 'examples') + '/')).toBe(true);
        continue;
      }
      expect(target.startsWith(webDir + '/'), `${spec} reaches outside src/web and around src/index.ts`).toBe(true);
    }
  });

  it('loads zod-jitless.ts before anything that reaches the library', () => {
    const main = read(join(webDir, 'main.tsx'));
    const imports = [...main.matchAll(/^import .*?['"]([^'"]+)['"];$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./zod-jitless.js');
  });

  it('names no external URL (no CDN, no fonts, no analytics)', () => {
    for (const file of [...files(webDir)]) {
      const text = read(file);
      expect(text.match(/\b(?:https?:|wss?:)\/\/[^\s'"`)]+/g) ?? [], file).toEqual([]);
      expect(text, file).not.toMatch(/@import|url\(\s*['"]?(?!data:)/);
    }
  });

  it('declares the Content-Security-Policy in index.html', () => {
    const html = read(join(webDir, 'index.html'));
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe("default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});
