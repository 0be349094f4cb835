import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const script = resolve(repoRoot, 'scripts/serve-web.mjs');
const children: ChildProcess[] = [];

/** Starts the server; resolves with its URL (from the line it prints) and its output so far. */
function serve(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL printed: ${out}`)), 10_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /sdpkit web inspector: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        ok({ url: m[1]!, child, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}: ${out}`));
    });
  });
}

/** A raw GET, so a path with `..` reaches the server as written. */
function get(
  url: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: Buffer }> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

let dir: string;
let url: string;
const HASHED_JS = `export const words = ${JSON.stringify('offer answer candidate '.repeat(200))};\n`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdpkit-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}');
  // As the build leaves a hashed asset: the file, its .gz and .br (scripts/web-build.mjs), and the stamp.
  writeFileSync(join(dir, 'assets', 'main-AbC_12-z.js'), HASHED_JS);
  writeFileSync(join(dir, 'assets', 'main-AbC_12-z.js.gz'), gzipSync(HASHED_JS));
  writeFileSync(join(dir, 'assets', 'main-AbC_12-z.js.br'), brotliCompressSync(HASHED_JS));
  writeFileSync(join(dir, '.build-stamp'), 'abc\n');
  url = (await serve({ WEB_DIR: dir, PORT: '0' })).url;
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve-web.mjs', () => {
  it('serves the page on 127.0.0.1 with the page’s CSP as a header', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await get(url, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(resolve(repoRoot, 'src/web/index.html'), 'utf8'))![1]!;
    // The header adds frame-ancestors, which a <meta> policy cannot carry.
    expect(res.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sets content types', async () => {
    expect((await get(url, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(url, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('serves nothing outside its folder, and only GET and HEAD', async () => {
    expect((await get(url, '/missing.js')).status).toBe(404);
    expect((await get(url, '/../../package.json')).status).toBeGreaterThanOrEqual(400);
    expect((await get(url, '/%2e%2e/%2e%2e/package.json')).status).toBeGreaterThanOrEqual(400);
    expect((await get(url, '/assets/%00')).status).toBe(400);
    expect((await get(url, '/', 'POST')).status).toBe(405);
    const missing = await get(url, '/missing.js');
    expect(missing.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('takes a free port when the one asked for is taken', async () => {
    const port = new URL(url).port;
    const second = await serve({ WEB_DIR: dir, PORT: port });
    expect(second.url).not.toBe(url);
    expect(second.output()).toContain(`port ${port} is taken`);
  });

  it('says to build first when the page is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sdpkit-web-empty-'));
    try {
      await expect(serve({ WEB_DIR: empty, PORT: '0' })).rejects.toThrow(/exited with 1: .*npm run build:web/s);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('sends the precompressed copy Accept-Encoding allows, brotli first, with Vary', async () => {
    const path = '/assets/main-AbC_12-z.js';
    const br = await get(url, path, 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(HASHED_JS);
    const gz = await get(url, path, 'GET', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toBe(HASHED_JS);
    // br refused by q=0: gzip; nothing accepted: the file as it is.
    expect((await get(url, path, 'GET', { 'Accept-Encoding': 'br;q=0, gzip;q=0.5' })).headers['content-encoding']).toBe('gzip');
    const plain = await get(url, path, 'GET', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(HASHED_JS);
    expect((await get(url, path)).body).toBe(HASHED_JS);
    expect((await get(url, path, 'GET', { 'Accept-Encoding': '*' })).headers['content-encoding']).toBe('br');
    // Each coding is a different body, so a different ETag.
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
  });

  it('answers a matching If-None-Match with 304 and caches hashed assets for a year', async () => {
    const path = '/assets/main-AbC_12-z.js';
    const first = await get(url, path, 'GET', { 'Accept-Encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await get(url, path, 'GET', { 'Accept-Encoding': 'br', 'If-None-Match': `"other", W/${etag}` });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(again.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await get(url, path, 'GET', { 'Accept-Encoding': 'br', 'If-None-Match': '"other"' })).status).toBe(200);
    // The page itself and unhashed names are revalidated every time.
    const page = await get(url, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await get(url, '/', 'GET', { 'If-None-Match': page.headers.etag as string })).status).toBe(304);
    expect((await get(url, '/assets/app.js')).headers['cache-control']).toBe('no-cache');
  });

  it('serves no dot names (the build stamp)', async () => {
    expect((await get(url, '/.build-stamp')).status).toBe(400);
    expect((await get(url, '/assets/.hidden')).status).toBe(400);
  });
});
