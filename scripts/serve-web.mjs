#!/usr/bin/env node
/**
 * Serves the built web inspector (dist-web/, made by `npm run build:web`) on
 * 127.0.0.1 only. PORT picks the port (default 5173; 0 = any free port); when
 * it is taken, a free port is used instead. Every response carries the page's
 * Content-Security-Policy, so the page cannot reach anything but this server.
 *
 *   node scripts/serve-web.mjs            → sdpkit web inspector: http://127.0.0.1:5173/
 *   PORT=8080 node scripts/serve-web.mjs
 *   WEB_DIR=other/dir node scripts/serve-web.mjs
 */
import { createServer } from 'node:http';
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
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(head ? undefined : body);
  } catch {
    send(res, 404, 'not found\n', undefined, head);
  }
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
