/*
 * Small text helpers for the oracle's variant generator: each builds an
 * edit (SDP text → SDP text) that changes a few lines of one scope (the
 * session part, one m-section, or all m-sections of a kind), keeping the
 * text's line endings. They work on lines, not on the parsed model, so an
 * edit can plant anything, including what the parser would refuse.
 */

export type Edit = (text: string) => string;

/** Where a line edit looks: the session part, the n-th m-section (0-based), every m-section of a kind, or every line. */
export type Scope = 'session' | 'media' | 'everywhere' | number | 'audio' | 'video' | 'application';

interface Split {
  lines: string[];
  eol: string;
  final: boolean;
}

function split(text: string): Split {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const final = lines[lines.length - 1] === '';
  if (final) lines.pop();
  return { lines, eol, final };
}

/** Applies `fn` to the text's lines and joins them again with the text's own line ending. */
export function mapLines(text: string, fn: (lines: string[]) => string[]): string {
  const { lines, eol, final } = split(text);
  return fn(lines).join(eol) + (final ? eol : '');
}

/** The lines of a text, without line endings. */
export function linesOf(text: string): string[] {
  return split(text).lines;
}

/** [start, end) line index ranges of the session part (first) and of each m-section. */
export function ranges(lines: readonly string[]): { kind: string; start: number; end: number }[] {
  const starts = lines.flatMap((l, i) => (l.startsWith('m=') ? [i] : []));
  const out = [{ kind: 'session', start: 0, end: starts[0] ?? lines.length }];
  starts.forEach((s, n) => out.push({ kind: /^m=(\S+)/.exec(lines[s] ?? '')?.[1] ?? '', start: s, end: starts[n + 1] ?? lines.length }));
  return out;
}

/** The line indexes a scope covers. */
export function indexesIn(lines: readonly string[], scope: Scope): number[] {
  const all = ranges(lines);
  const picked =
    scope === 'everywhere'
      ? [{ start: 0, end: lines.length }]
      : scope === 'session'
        ? all.slice(0, 1)
        : scope === 'media'
          ? all.slice(1)
          : typeof scope === 'number'
            ? all.slice(scope + 1, scope + 2)
            : all.slice(1).filter((r) => r.kind === scope);
  return picked.flatMap((r) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i));
}

/** Rewrites matching lines in a scope (the first only, unless `all`). */
export function sub(scope: Scope, re: RegExp, to: string | ((line: string) => string), all = false): Edit {
  return (text) =>
    mapLines(text, (lines) => {
      const out = [...lines];
      for (const i of indexesIn(lines, scope)) {
        const line = out[i] ?? '';
        if (!re.test(line)) continue;
        out[i] = typeof to === 'string' ? line.replace(re, to) : to(line);
        if (!all) break;
      }
      return out;
    });
}

/** Removes every matching line in a scope. */
export function remove(scope: Scope, re: RegExp): Edit {
  return (text) =>
    mapLines(text, (lines) => {
      const drop = new Set(indexesIn(lines, scope).filter((i) => re.test(lines[i] ?? '')));
      return lines.filter((_, i) => !drop.has(i));
    });
}

/** Inserts lines after the first matching line of a scope (in each m-section of the scope when `each`). */
export function insertAfter(scope: Scope, re: RegExp, added: readonly string[], each = false): Edit {
  return (text) =>
    mapLines(text, (lines) => {
      const out: string[] = [];
      const inScope = new Set(indexesIn(lines, scope));
      const done = new Set<number>();
      const sectionOf = (i: number): number => ranges(lines).findIndex((r) => i >= r.start && i < r.end);
      lines.forEach((l, i) => {
        out.push(l);
        const s = sectionOf(i);
        if (inScope.has(i) && re.test(l) && !done.has(each ? s : 0)) {
          out.push(...added);
          done.add(each ? s : 0);
        }
      });
      return out;
    });
}

/** Appends lines at the end of a scope: the session part, or each m-section of it. */
export function append(scope: Scope, added: readonly string[]): Edit {
  return (text) =>
    mapLines(text, (lines) => {
      const inScope = new Set(indexesIn(lines, scope));
      const lasts = new Set(ranges(lines).flatMap((r) => (r.end > r.start && inScope.has(r.end - 1) ? [r.end - 1] : [])));
      return lines.flatMap((l, i) => (lasts.has(i) ? [l, ...added] : [l]));
    });
}

/** The m-section text of section n (its lines). */
export function sectionLines(text: string, n: number): string[] {
  const lines = linesOf(text);
  const r = ranges(lines)[n + 1];
  return r === undefined ? [] : lines.slice(r.start, r.end);
}

/** The first value captured by `re` over the lines of a scope. */
export function valueOf(text: string, scope: Scope, re: RegExp): string | undefined {
  const lines = linesOf(text);
  for (const i of indexesIn(lines, scope)) {
    const m = re.exec(lines[i] ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/** Runs edits in order. */
export function chain(...edits: readonly Edit[]): Edit {
  return (text) => edits.reduce((t, e) => e(t), text);
}

/** Renames a payload type everywhere in a scope: on the m= line and in rtpmap/fmtp/rtcp-fb/apt. */
export function renumberPayloadType(scope: Scope, from: string, to: string): Edit {
  return (text) =>
    mapLines(text, (lines) => {
      const out = [...lines];
      for (const i of indexesIn(lines, scope)) {
        const l = out[i] ?? '';
        if (l.startsWith('m=')) out[i] = l.split(' ').map((f, k) => (k >= 3 && f === from ? to : f)).join(' ');
        else out[i] = l.replace(new RegExp(`^a=(rtpmap|fmtp|rtcp-fb):${from}( |$)`), `a=$1:${to}$2`).replace(new RegExp(`apt=${from}\\b`), `apt=${to}`);
      }
      return out;
    });
}

/* ---------- addresses ---------- */

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** IPv6 as text: hex groups and colons, at least two colons, optionally an embedded IPv4 tail. */
const IPV6 = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*$/;

export const isIpv4 = (s: string): boolean => IPV4.test(s);
export const isIpv6 = (s: string): boolean => IPV6.test(s) && !s.includes(':::');

/** An address token's loopback form: IPv4 → 127.0.0.1 (0.0.0.0 kept), IPv6 → ::1 (:: kept), anything else unchanged. */
function loopback(token: string): string {
  const slash = token.indexOf('/');
  const addr = slash < 0 ? token : token.slice(0, slash);
  const rest = slash < 0 ? '' : token.slice(slash);
  if (isIpv4(addr)) return (addr === '0.0.0.0' ? addr : '127.0.0.1') + rest;
  if (isIpv6(addr)) return (addr === '::' ? addr : '::1') + rest;
  return token;
}

/** The positions (field indexes after splitting on spaces) of address tokens in a line, by line type. */
export function addressFields(line: string): number[] {
  const f = line.split(' ');
  if (/^c=/.test(line)) return [2];
  if (/^o=/.test(line)) return f.length >= 6 ? [f.length - 1] : [];
  if (/^a=rtcp:/.test(line)) return f.length >= 4 ? [3] : [];
  if (/^a=candidate:/.test(line)) {
    const out = [4];
    f.forEach((v, i) => {
      if (v === 'raddr') out.push(i + 1);
    });
    return out;
  }
  if (/^a=remote-candidates:/.test(line)) {
    // component address port triples after the attribute name
    const first = line.slice('a=remote-candidates:'.length).split(' ');
    return first.flatMap((_, i) => (i % 3 === 1 ? [i] : []));
  }
  return [];
}

/** The address tokens of a line (see addressFields). */
export function addressesOf(line: string): string[] {
  if (/^a=remote-candidates:/.test(line)) {
    const f = line.slice('a=remote-candidates:'.length).split(' ');
    return addressFields(line).flatMap((i) => (f[i] === undefined ? [] : [f[i]]));
  }
  const f = line.split(' ');
  return addressFields(line).flatMap((i) => (f[i] === undefined ? [] : [f[i]]));
}

/**
 * Maps every IPv4 literal to 127.0.0.1 (0.0.0.0 kept) and every IPv6 literal
 * to ::1 (:: kept) in the address fields of c=, o=, a=candidate (address
 * and raddr), a=rtcp and a=remote-candidates lines, so that a browser that
 * accepts the text can only ever try loopback. Line endings are kept.
 */
export function rewriteAddresses(text: string): string {
  return mapLines(text, (lines) =>
    lines.map((line) => {
      const at = addressFields(line);
      if (at.length === 0) return line;
      if (/^a=remote-candidates:/.test(line)) {
        const f = line.slice('a=remote-candidates:'.length).split(' ');
        for (const i of at) if (f[i] !== undefined) f[i] = loopback(f[i]);
        return `a=remote-candidates:${f.join(' ')}`;
      }
      const f = line.split(' ');
      for (const i of at) if (f[i] !== undefined) f[i] = loopback(f[i]);
      return f.join(' ');
    }),
  );
}
