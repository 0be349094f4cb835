/*
 * Enough glob for `sdp lint 'captures/**\/*.sdp'` (shells on Windows and
 * quoted patterns do not expand): `*` and `?` within one path segment, `**`
 * for any number of directories. Directories whose names start with `.` and
 * node_modules are not entered by wildcards. Reading directories is the
 * caller's (an injected function), so this module has no I/O of its own.
 */

export interface DirEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/** Lists a directory; undefined when it cannot be read. */
export type ReadDir = (path: string) => readonly DirEntry[] | undefined;

export function hasMagic(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** One segment (no `/`) as a regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function skipped(name: string, segment: string): boolean {
  return (name.startsWith('.') && !segment.startsWith('.')) || (name === 'node_modules' && segment !== 'node_modules');
}

/** The files a pattern matches, sorted; paths keep the pattern's own prefix (relative stays relative). */
export function expandGlob(pattern: string, readDir: ReadDir): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = normalized.startsWith('/');
  const segments = normalized.split('/').filter((s) => s !== '');
  // Leading literal segments form the directory the walk starts in.
  let start = absolute ? '/' : '';
  let i = 0;
  while (i < segments.length - 1 && !hasMagic(segments[i]!)) {
    start = join(start, segments[i]!);
    i++;
  }
  const out = new Set<string>();
  walk(start, segments, i, readDir, out);
  return [...out].sort();
}

function walk(dir: string, segments: readonly string[], i: number, readDir: ReadDir, out: Set<string>): void {
  const segment = segments[i];
  if (segment === undefined) return;
  const last = i === segments.length - 1;
  const entries = readDir(dir === '' ? '.' : dir) ?? [];
  if (segment === '**') {
    if (last) {
      // `dir/**` means every file below dir.
      walkAll(dir, readDir, out);
      return;
    }
    walk(dir, segments, i + 1, readDir, out);
    for (const e of entries) {
      if (e.kind === 'directory' && !skipped(e.name, '')) walk(join(dir, e.name), segments, i, readDir, out);
    }
    return;
  }
  if (segment === '.' || segment === '..') {
    walk(join(dir, segment), segments, i + 1, readDir, out);
    return;
  }
  const re = segmentRegExp(segment);
  for (const e of entries) {
    if (!re.test(e.name) || (hasMagic(segment) && skipped(e.name, segment))) continue;
    const path = join(dir, e.name);
    if (last) {
      if (e.kind === 'file') out.add(path);
    } else if (e.kind === 'directory') {
      walk(path, segments, i + 1, readDir, out);
    }
  }
}

function walkAll(dir: string, readDir: ReadDir, out: Set<string>): void {
  for (const e of readDir(dir === '' ? '.' : dir) ?? []) {
    if (skipped(e.name, '')) continue;
    const path = join(dir, e.name);
    if (e.kind === 'file') out.add(path);
    else if (e.kind === 'directory') walkAll(path, readDir, out);
  }
}
