#!/usr/bin/env node
/**
 * Serves the built web inspector (dist-web/, made by `npm run build:web`) on
 * 127.0.0.1 only. PORT picks the port (default 5173; 0 = any free port); when
 * it is taken, a free port is used instead. Every response carries the page's
 * Content-Security-Policy, so the page cannot reach anything but this server.
 *
 * Caching and compression: the build (scripts/web-build.mjs) writes a .br and a
 * .gz next to each text asset; the server sends the one Accept-Encoding allows
 * (brotli first), with `Vary: Accept-Encoding`, never compressing per request.
 * Every response has an ETag (a hash of the bytes sent) and answers a matching
 * If-None-Match with 304. Assets whose names carry Vite's content hash are
 * cached for a year as immutable; anything else (index.html) is revalidated.
 * Names starting with a dot (the build stamp) are not served.
 *
 *   node scripts/serve-web.mjs            → sdpkit web inspector: http://127.0.0.1:5173/
 *   PORT=8080 node scripts/serve-web.mjs
 *   WEB_DIR=other/dir node scripts/serve-web.mjs
 */
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 5173;
const root = resolve(process.env.WEB_DIR ?? fileURLToPath(new URL('../dist-web/', import.meta.url)));

/** The same policy as the page's <meta http-equiv> (src/web/index.html). */
export const CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.sdp': 'application/sdp',
  '.woff2': 'font/woff2',
};

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** Vite's output name for a hashed asset: name-HASH.ext under assets/. */
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Content codings the server has precompressed files for, in the order it prefers them. */
const CODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** The codings an Accept-Encoding header accepts (q > 0), by name; `*` stands for any not named. */
function accepted(header) {
  const named = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name === undefined || name === '') continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m !== null) q = Number(m[1]);
    }
    named.set(name, Number.isFinite(q) ? q : 0);
  }
  return (coding) => (named.get(coding) ?? named.get('*') ?? 0) > 0;
}

/** ETags by file, kept while the file's size and mtime stay the same. */
const etags = new Map();
function etagOf(file, info, body) {
  const key = `${info.size}:${info.mtimeMs}`;
  const known = etags.get(file);
  if (known?.key === key) return known.etag;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  etags.set(file, { key, etag });
  return etag;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 §13.1.2 asks). */
function matches(header, etag) {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** A file that is there, with its stat; undefined otherwise. */
async function found(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

function send(res, status, body, type = 'text/plain; charset=utf-8', head = false) {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

/** The file under root a URL path names, or undefined when it would leave root. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  // Dot names (.build-stamp, .git, …) are not part of the page.
  if (path.split(/[\\/]/).some((part) => part.startsWith('.'))) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

const server = createServer(async (req, res) => {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'method not allowed\n');
    return;
  }
  const file = fileFor(req.url ?? '/');
  if (file === undefined) {
    send(res, 400, 'bad path\n', undefined, head);
    return;
  }
  const info = await found(file);
  if (info === undefined) {
    send(res, 404, 'not found\n', undefined, head);
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // The precompressed copy the client accepts, if the build made one.
  const accepts = accepted(req.headers['accept-encoding']);
  let served = { file, info, coding: undefined };
  let compressible = false;
  for (const [coding, ext] of CODINGS) {
    const alt = await found(file + ext);
    if (alt === undefined) continue;
    compressible = true;
    if (accepts(coding)) {
      served = { file: file + ext, info: alt, coding };
      break;
    }
  }
  let body;
  try {
    body = await readFile(served.file);
  } catch {
    send(res, 404, 'not found\n', undefined, head);
    return;
  }
  const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
  const etag = etagOf(served.file, served.info, body);
  const headers = {
    ...HEADERS,
    'Cache-Control': HASHED.test(urlPath) ? IMMUTABLE : 'no-cache',
    ETag: etag,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length, ...(served.coding !== undefined ? { 'Content-Encoding': served.coding } : {}) });
  res.end(head ? undefined : body);
});

async function main() {
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`sdpkit web inspector: ${join(root, 'index.html')} is missing; build the page first with \`npm run build:web\`.`);
    process.exit(1);
  }
  const wanted = process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    console.error(`sdpkit web inspector: PORT must be a port number, not \`${process.env.PORT}\``);
    process.exit(1);
  }
  const listen = (port) =>
    new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(port, HOST, () => {
        server.off('error', fail);
        ok(undefined);
      });
    });
  try {
    await listen(wanted);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.error(`sdpkit web inspector: port ${wanted} is taken, using a free one`);
    await listen(0);
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : wanted;
  console.log(`sdpkit web inspector: http://${HOST}:${port}/`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
