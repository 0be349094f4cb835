import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { builtStamp, inputStamp, precompress, writeStamp } from '../../scripts/web-build.mjs';

/* The stamp that lets `npm start` skip the build, and the precompression the server relies on. */
const dirs: string[] = [];
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdpkit-web-build-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(): string {
  const dir = tmp();
  mkdirSync(join(dir, 'src/web'), { recursive: true });
  mkdirSync(join(dir, 'examples'));
  writeFileSync(join(dir, 'src/index.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'src/web/App.tsx'), 'export {};\n');
  writeFileSync(join(dir, 'examples/offer.sdp'), 'v=0\r\n');
  writeFileSync(join(dir, 'vite.config.ts'), 'export default {};\n');
  writeFileSync(join(dir, 'package-lock.json'), '{}\n');
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  return dir;
}

describe('scripts/web-build.mjs', () => {
  it('stamps the inputs: any change to a source, an example, the configs or the lock file changes it', async () => {
    const dir = repo();
    const before = await inputStamp(dir);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(await inputStamp(dir)).toBe(before);
    for (const [file, text] of [
      ['src/web/App.tsx', 'export {}; \n'],
      ['src/index.ts', 'export const a = 2;\n'],
      ['examples/offer.sdp', 'v=1\r\n'],
      ['vite.config.ts', 'export default { base: "/" };\n'],
      ['package-lock.json', '{ }\n'],
      ['tsconfig.json', '{ "compilerOptions": {} }\n'],
    ] as const) {
      const old = readFileSync(join(dir, file));
      writeFileSync(join(dir, file), text);
      expect(await inputStamp(dir), file).not.toBe(before);
      writeFileSync(join(dir, file), old);
      expect(await inputStamp(dir), file).toBe(before);
    }
    // A new file counts too.
    writeFileSync(join(dir, 'src/web/New.tsx'), '');
    expect(await inputStamp(dir)).not.toBe(before);
  });

  it('reads a build’s stamp only when the page is there', async () => {
    const out = tmp();
    expect(await builtStamp(out)).toBeUndefined();
    await writeStamp(out, 'abc');
    expect(await builtStamp(out)).toBeUndefined();
    writeFileSync(join(out, 'index.html'), '<!doctype html>');
    expect(await builtStamp(out)).toBe('abc');
  });

  it('writes a .gz and a .br of each text asset that decompress to it, and skips tiny files', async () => {
    const out = tmp();
    mkdirSync(join(out, 'assets'));
    const js = `export const x = ${JSON.stringify('a=rtcp-fb:96 nack pli\n'.repeat(100))};`;
    writeFileSync(join(out, 'assets/app-12345678.js'), js);
    writeFileSync(join(out, 'index.html'), '<!doctype html>');
    writeFileSync(join(out, 'assets/logo.png'), Buffer.alloc(4096));
    await precompress(out);
    expect(gunzipSync(readFileSync(join(out, 'assets/app-12345678.js.gz'))).toString()).toBe(js);
    expect(brotliDecompressSync(readFileSync(join(out, 'assets/app-12345678.js.br'))).toString()).toBe(js);
    expect(() => readFileSync(join(out, 'index.html.gz'))).toThrow();
    expect(() => readFileSync(join(out, 'assets/logo.png.br'))).toThrow();
  });
});
