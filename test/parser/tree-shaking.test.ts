import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * A page that only parses and prints must not download zod: the schemas are
 * for building documents from plain objects (createDocument), not for
 * parsing. This bundles small entries the way a browser app would (esbuild,
 * minified ESM) and looks at which files contributed bytes to the output.
 *
 * Not `metafile.inputs`: esbuild lists there every file it had to read to
 * resolve the imports, including zod modules it then dropped; the output's
 * own `inputs` with `bytesInOutput > 0` is what the page would download.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const src = (path: string): string => JSON.stringify(fileURLToPath(new URL(`../../src/${path}`, import.meta.url)));

async function bundle(entry: string): Promise<{ files: string[]; text: string }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'][string][] = Object.values(result.metafile.outputs);
  const files = outputs.flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path));
  return { files, text: result.outputFiles.map((f) => f.text).join('\n') };
}

const fromZod = (files: readonly string[]): string[] => files.filter((f) => f.includes('node_modules/zod/'));

describe('tree shaking: parse and print bundle without zod', () => {
  it('`export { parse, print }` contains no zod module', async () => {
    const { files, text } = await bundle(`export { parse } from ${src('parser/index.ts')}; export { print } from ${src('parser/serialize/print.ts')};`);
    expect(files.some((f) => f.endsWith('src/parser/grammar/parser.ts'))).toBe(true);
    expect(fromZod(files)).toEqual([]);
    // zod's classes are named `$ZodString`, `$ZodObject`, …: none may survive minification either.
    expect(text).not.toMatch(/\$Zod/);
  });

  it('the same check sees zod when the entry does use the schemas (createDocument)', async () => {
    // Guards the test above against passing vacuously (a changed path layout, a renamed package).
    const { files } = await bundle(`export { createDocument } from ${src('parser/index.ts')};`);
    expect(fromZod(files).length).toBeGreaterThan(0);
  });
});
