import { classifyAddress, parseIPv6 } from '../ice/address.js';

/*
 * Stand-ins: deterministic (the n-th distinct value of a kind always gets the
 * n-th stand-in), consistent (one value → one stand-in in every document of
 * a run) and recognisable (a stand-in is never replaced again, so redacting a
 * redacted copy changes nothing).
 */

export type RedactionKind =
  | 'ipv4' | 'ipv6' | 'mdns' | 'hostname' | 'ice-ufrag' | 'ice-pwd' | 'fingerprint' | 'tls-id' | 'cname'
  | 'stream-id' | 'ssrc' | 'key' | 'contact' | 'username' | 'session-id';

/** The kinds that are addresses: what a share link must not carry. */
export const ADDRESS_KINDS: readonly RedactionKind[] = ['ipv4', 'ipv6', 'mdns', 'hostname'];

export class Mapper {
  private readonly maps = new Map<RedactionKind, Map<string, string>>();
  private readonly counters = new Map<string, number>();
  /** Every stand-in handed out: met again (in a later line or pass), it stays. */
  private readonly standIns = new Map<RedactionKind, Set<string>>();

  /**
   * @param taken addresses of the input: a new address stand-in never equals
   *   one of them, so it cannot be confused with an address kept as it was
   *   (a documentation address). Other kinds replace every value they meet,
   *   so their stand-ins cannot meet a kept value of their kind.
   */
  constructor(private readonly taken: ReadonlySet<string> = new Set()) {}

  /** The next stand-in from `make(n)` (n = 1, 2, …) that is not taken, unless it is `from` itself. */
  private fresh(kind: RedactionKind, counter: string, from: string, make: (n: number) => string): string {
    const checked = ADDRESS_KINDS.includes(kind);
    for (;;) {
      const n = (this.counters.get(counter) ?? 0) + 1;
      this.counters.set(counter, n);
      const to = make(n);
      // make(n) may not depend on n (`-`): then it is the one stand-in, taken or not.
      if (to === from || !checked || !this.taken.has(to) || to === make(n + 1) || n > 100_000) return to;
    }
  }

  /** The stand-in of `from`; `counter` numbers the stand-ins of one shape. */
  map(kind: RedactionKind, from: string, counter: string, make: (n: number) => string): string {
    let own = this.standIns.get(kind);
    if (own === undefined) {
      own = new Set();
      this.standIns.set(kind, own);
    }
    if (own.has(from)) return from;
    let m = this.maps.get(kind);
    if (m === undefined) {
      m = new Map();
      this.maps.set(kind, m);
    }
    let to = m.get(from);
    if (to === undefined) {
      to = this.fresh(kind, counter, from, make);
      m.set(from, to);
      if (to !== from) own.add(to);
    }
    return to;
  }

  /** A value kept as it is (documentation address, `-`): recorded so a leak check knows it was seen. */
  keep(kind: RedactionKind, value: string): string {
    return this.map(kind, value, '', () => value);
  }

  /** The stand-in already given to `from`, if any (nothing new is handed out). */
  known(kind: RedactionKind, from: string): string | undefined {
    return this.maps.get(kind)?.get(from);
  }

  /** Distinct values replaced, per kind. */
  counts(): Partial<Record<RedactionKind, number>> {
    const out: Partial<Record<RedactionKind, number>> = {};
    for (const [kind, m] of this.maps) {
      let changed = 0;
      for (const [from, to] of m) if (from !== to) changed++;
      if (changed > 0) out[kind] = changed;
    }
    return out;
  }

  /** The replaced values (never the kept ones), with their kind. */
  secrets(): Map<string, RedactionKind> {
    const out = new Map<string, RedactionKind>();
    for (const [kind, m] of this.maps) for (const [from, to] of m) if (from !== to) out.set(from, kind);
    return out;
  }

  /** Every value met at a place that holds private values, replaced or not. */
  seen(): Set<string> {
    const out = new Set<string>();
    for (const m of this.maps.values()) for (const from of m.keys()) out.add(from);
    return out;
  }
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A deterministic alphanumeric string of `length` characters for the n-th value (ice-chars and tls-id-chars alike). */
export function alnumString(prefix: string, n: number, length: number): string {
  let s = `${prefix}${n}`;
  let i = 0;
  while (s.length < length) s += ALNUM[(n * 7 + i++) % ALNUM.length];
  return s.slice(0, Math.max(length, 1));
}

/**
 * The n-th stand-in (1-based) for a private or a public address: 254 hosts in
 * its own /24, then its half of 203.0.113.0/24 (private .1–.127, public
 * .128–.254), then wrapping (beyond 381 distinct addresses two may share one).
 */
function ipv4StandIn(publicAddress: boolean, n: number): string {
  if (n <= 254) return `${publicAddress ? '198.51.100' : '192.0.2'}.${n}`;
  const k = (n - 255) % 127;
  return `203.0.113.${publicAddress ? 128 + k : 1 + k}`;
}

/** The prefix of mDNS stand-ins: a version-4 UUID shape no browser draws (its random part is zero). */
export const MDNS_STAND_IN_PREFIX = '00000000-0000-4000-8000-';

/** Names reserved for examples (RFC 2606 §2–3, RFC 6761 §6.4): they name nobody. */
function isExampleName(name: string): boolean {
  return /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)\.?$/i.test(name);
}

/**
 * Addresses that say nothing about anyone, kept as they are: unspecified,
 * loopback, multicast, documentation ranges, example names, our own mDNS
 * stand-ins, and link-local / ULA IPv6 with an interface id below 2^16 (no MAC
 * address or site id in it; the IPv6 stand-ins of those classes look so, to
 * keep the class and with it ICE pairing).
 */
export function isHarmlessAddress(address: string): boolean {
  const info = classifyAddress(address);
  switch (info.class) {
    case 'unspecified':
    case 'loopback':
    case 'multicast':
    case 'documentation':
    case 'invalid':
      return true;
    case 'mdns':
      return address.toLowerCase().startsWith(MDNS_STAND_IN_PREFIX);
    case 'fqdn':
      return isExampleName(address);
    case 'link-local':
    case 'ula': {
      const g = parseIPv6(address);
      return g !== undefined && g.slice(1, 7).every((x) => x === 0) && (info.class === 'ula' ? g[0] === 0xfd00 : g[0] === 0xfe80);
    }
    default:
      return false;
  }
}

/** The stand-in of an address (IPv4, IPv6, mDNS or host name); anything else is returned as it is. */
export function mapAddress(m: Mapper, address: string): string {
  const info = classifyAddress(address);
  if (info.family === 'invalid') return address;
  const kind: RedactionKind = info.family === 'fqdn' ? 'hostname' : info.family;
  if (isHarmlessAddress(address)) return m.keep(kind, address);
  switch (info.family) {
    case 'ipv4': {
      const pub = info.class === 'public';
      return m.map('ipv4', address, pub ? 'ipv4-public' : 'ipv4-private', (n) => ipv4StandIn(pub, n));
    }
    case 'ipv6':
      return m.map('ipv6', address, `ipv6-${info.class}`, (n) => {
        const x = n.toString(16);
        return info.class === 'link-local' ? `fe80::${x}` : info.class === 'ula' ? `fd00::${x}` : `2001:db8::${x}`;
      });
    case 'mdns':
      return m.map('mdns', address, 'mdns', (n) => `${MDNS_STAND_IN_PREFIX}${n.toString(16).padStart(12, '0')}.local`);
    default:
      return m.map('hostname', address, 'hostname', (n) => `host${n}.example.com`);
  }
}

/** Same hash shape: as many bytes, same letter case. */
export function mapFingerprint(m: Mapper, fp: string): string {
  const bytes = fp.split(':');
  const upper = fp === fp.toUpperCase();
  return m.map('fingerprint', fp, `fingerprint-${bytes.length}`, (n) => {
    const out = bytes.map((_, i) => ((n * 37 + i * 11) & 0xff).toString(16).padStart(2, '0'));
    return (upper ? out.map((b) => b.toUpperCase()) : out).join(':');
  });
}

/** Stream, track and label ids; keeps Firefox's `{…}` braces; `-` and `*` say nothing. */
export function mapId(m: Mapper, kind: RedactionKind, id: string, prefix: string): string {
  if (id === '-' || id === '*' || id === '') return id;
  const braced = id.startsWith('{') && id.endsWith('}') && id.length > 2;
  const core = braced ? id.slice(1, -1) : id;
  const to = m.map(kind, core, prefix, (n) => `${prefix}${n}`);
  return braced ? `{${to}}` : to;
}

/** SSRCs stay numbers (32-bit, so the line keeps parsing). */
export function mapSsrc(m: Mapper, ssrc: string): string {
  return /^\d+$/.test(ssrc) ? m.map('ssrc', ssrc, 'ssrc', (n) => String(1000 + n)) : ssrc;
}

/** Same length, ice-chars only: a valid ufrag or pwd stays valid (RFC 8839 §5.4 lengths). */
export function mapIce(m: Mapper, kind: 'ice-ufrag' | 'ice-pwd', value: string): string {
  if (value === '') return value;
  const prefix = kind === 'ice-ufrag' ? 'u' : 'p';
  return m.map(kind, value, kind, (n) => alnumString(prefix, n, value.length));
}

/** Same length, tls-id-chars only (RFC 8842 §5). */
export function mapTlsId(m: Mapper, value: string): string {
  return value === '' ? value : m.map('tls-id', value, 'tls-id', (n) => alnumString('t', n, value.length));
}

/**
 * o= session id: digits, same count, so the line keeps its shape (and a
 * 64-bit id its range). One digit and `0` say nothing: kept.
 */
export function mapSessionId(m: Mapper, id: string): string {
  if (!/^\d{2,}$/.test(id)) return m.keep('session-id', id);
  return m.map('session-id', id, `session-id-${id.length}`, (n) => `1${String(n).padStart(id.length - 1, '0')}`.slice(0, id.length));
}

/** o= username: `-` (RFC 8866 §5.2: no user id). Firefox's carries its version. */
export function mapUsername(m: Mapper, name: string): string {
  return name === '-' || name === '' ? m.keep('username', name) : m.map('username', name, 'username', () => '-');
}
