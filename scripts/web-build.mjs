/**
 * What the web inspector's build (vite.config.ts) and `npm start`
 * (scripts/start-web.mjs) share:
 *
 * - the stamp of the build's inputs: a SHA-256 over every file under src/ and
 *   examples/ and over the build's configuration (vite.config.ts, this file,
 *   package.json, package-lock.json, tsconfig.json). A build writes it to dist-web/.build-stamp;
 *   `npm start` serves dist-web/ as it is while the stamp still matches.
 * - precompression: a .gz and a .br next to each text asset, so the server
 *   (scripts/serve-web.mjs) sends compressed bytes without compressing per request.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const STAMP_FILE = '.build-stamp';

/** Every file the page is built from, relative to the repo, in a fixed order. */
async function inputs(repo) {
  const out = ['vite.config.ts', 'scripts/web-build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(join(repo, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = dir === '' ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  await walk('src');
  await walk('examples');
  return out.sort();
}

/** The stamp of the build's inputs under repo (a hex SHA-256). A missing input counts as missing, not as an error. */
export async function inputStamp(repo) {
  const hash = createHash('sha256');
  for (const path of await inputs(repo)) {
    let body;
    try {
      body = await readFile(join(repo, path));
    } catch {
      body = undefined;
    }
    hash.update(`${path}\0${body === undefined ? '-' : body.length}\0`);
    if (body !== undefined) hash.update(body);
  }
  return hash.digest('hex');
}

/** The stamp a build in outDir was made from; undefined when there is none or the page is missing. */
export async function builtStamp(outDir) {
  try {
    await stat(join(outDir, 'index.html'));
    return (await readFile(join(outDir, STAMP_FILE), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

export async function writeStamp(outDir, stamp) {
  await writeFile(join(outDir, STAMP_FILE), `${stamp}\n`);
}

/** Files worth compressing: text, and larger than one packet. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|txt|map)$/;
const MIN_BYTES = 1024;

/** Writes name.gz (gzip -9) and name.br (brotli, quality 9: 11 is 7% smaller and 15 times slower) next to every compressible file under dir. */
export async function precompress(dir) {
  const files = [];
  const walk = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && COMPRESSIBLE.test(e.name)) files.push(path);
    }
  };
  await walk(dir);
  const gz = promisify(gzip);
  const br = promisify(brotliCompress);
  await Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      if (body.length < MIN_BYTES) return;
      const [g, b] = await Promise.all([
        gz(body, { level: 9 }),
        br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]);
      await writeFile(`${file}.gz`, g);
      await writeFile(`${file}.br`, b);
    }),
  );
  return files.map((f) => relative(dir, f).split(sep).join('/'));
}

/**
 * The Vite plugin: takes the stamp when the build starts (an edit made during
 * the build then makes the next `npm start` build again) and, once the bundle
 * is written, precompresses it and writes the stamp.
 */
export function webBuild(repo) {
  let stamp;
  let outDir;
  let written = false;
  return {
    name: 'sdpkit-web-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      stamp = await inputStamp(repo);
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // A failed build writes nothing: no stamp, so the next start builds again.
      if (outDir === undefined || stamp === undefined || !written) return;
      await precompress(outDir);
      await writeStamp(outDir, stamp);
    },
  };
}
