import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
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
function get(url: string, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

let dir: string;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdpkit-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}');
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
});
