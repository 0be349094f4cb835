import { classifyAddress, parseIPv6 } from '../ice/address.js';
import { parse } from '../parser/index.js';
import type { SdpLine } from '../parser/model/line.js';
import type { AttributeValues } from '../parser/model/attributes/index.js';
import type { LineValues } from '../parser/model/lines/index.js';

/*
 * A copy of one or more descriptions that is safe to paste in a bug report.
 * Each private value is replaced by a stand-in of the same shape, the same
 * way everywhere it appears (across an offer and its answer too), so the
 * result parses with the same structure, pairs the same candidates and
 * lints the same:
 * - IPv4: private, CGNAT and link-local → 192.0.2.0/24; public → 198.51.100.0/24
 *   (RFC 5737; 203.0.113.0/24 takes the overflow). 0.0.0.0, loopback,
 *   multicast and documentation addresses say nothing about anyone: kept.
 * - IPv6 → 2001:db8::/32 (RFC 3849); link-local stays fe80::/10 and ULA
 *   fd00::/8 so address classes and ICE pairing rules do not change.
 * - mDNS names → another UUID `.local`; other host names → `hostN.example.com`.
 * - ice-ufrag / ice-pwd (and the candidate `ufrag` extension): same length, ice-chars.
 * - fingerprints: same hash, same number of bytes.
 * - cname, msid stream and track ids, msid-semantic ids, ssrc msid/mslabel/label,
 *   SSRC numbers (ssrc and ssrc-group), crypto keys, identity assertions,
 *   k= keys, e= and p= and u= lines.
 * Line endings and every other byte stay as they were.
 */

export type RedactionKind =
  | 'ipv4' | 'ipv6' | 'mdns' | 'hostname' | 'ice-ufrag' | 'ice-pwd' | 'fingerprint' | 'cname'
  | 'stream-id' | 'ssrc' | 'key' | 'contact';

export interface RedactionResult {
  /** The redacted texts, in the order given. */
  texts: string[];
  /** How many distinct values of each kind were replaced (never the values themselves). */
  replaced: Partial<Record<RedactionKind, number>>;
}

class Mapper {
  private readonly maps = new Map<RedactionKind, Map<string, string>>();
  private readonly counters = new Map<string, number>();

  next(counter: string): number {
    const n = (this.counters.get(counter) ?? 0) + 1;
    this.counters.set(counter, n);
    return n;
  }

  map(kind: RedactionKind, from: string, make: () => string): string {
    let m = this.maps.get(kind);
    if (m === undefined) {
      m = new Map();
      this.maps.set(kind, m);
    }
    let to = m.get(from);
    if (to === undefined) {
      to = make();
      m.set(from, to);
    }
    return to;
  }

  counts(): Partial<Record<RedactionKind, number>> {
    const out: Partial<Record<RedactionKind, number>> = {};
    for (const [kind, m] of this.maps) {
      const changed = [...m].filter(([from, to]) => from !== to).length;
      if (changed > 0) out[kind] = changed;
    }
    return out;
  }
}

const ICE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A deterministic ice-char string of `length` characters for the n-th value. */
function iceString(prefix: string, n: number, length: number): string {
  let s = `${prefix}${n}`;
  let i = 0;
  while (s.length < length) s += ICE_CHARS[(n * 7 + i++) % ICE_CHARS.length];
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

function mapAddress(m: Mapper, address: string): string {
  const info = classifyAddress(address);
  switch (info.family) {
    case 'ipv4':
      if (info.class === 'unspecified' || info.class === 'loopback' || info.class === 'multicast' || info.class === 'documentation') return address;
      return m.map('ipv4', address, () => {
        const pub = info.class === 'public';
        return ipv4StandIn(pub, m.next(pub ? 'ipv4-public' : 'ipv4-private'));
      });
    case 'ipv6':
      if (info.class === 'unspecified' || info.class === 'loopback' || info.class === 'multicast' || info.class === 'documentation') return address;
      return m.map('ipv6', address, () => {
        const n = m.next(`ipv6-${info.class}`).toString(16);
        return info.class === 'link-local' ? `fe80::${n}` : info.class === 'ula' ? `fd00::${n}` : `2001:db8::${n}`;
      });
    case 'mdns':
      return m.map('mdns', address, () => `00000000-0000-4000-8000-${m.next('mdns').toString(16).padStart(12, '0')}.local`);
    case 'fqdn':
      return m.map('hostname', address, () => `host${m.next('hostname')}.example.com`);
    default:
      return address;
  }
}

function mapFingerprint(m: Mapper, fp: string): string {
  return m.map('fingerprint', fp, () => {
    const n = m.next('fingerprint');
    const bytes = fp.split(':');
    const upper = fp === fp.toUpperCase();
    const out = bytes.map((_, i) => ((n * 37 + i * 11) & 0xff).toString(16).padStart(2, '0'));
    return (upper ? out.map((b) => b.toUpperCase()) : out).join(':');
  });
}

/** Keeps Firefox's `{…}` braces around an id. */
function mapId(m: Mapper, kind: RedactionKind, id: string, prefix: string): string {
  if (id === '-' || id === '*' || id === '') return id;
  const braced = id.startsWith('{') && id.endsWith('}');
  const core = braced ? id.slice(1, -1) : id;
  const to = m.map(kind, core, () => `${prefix}${m.next(prefix)}`);
  return braced ? `{${to}}` : to;
}

function mapSsrc(m: Mapper, ssrc: number): string {
  return m.map('ssrc', String(ssrc), () => String(1000 + m.next('ssrc')));
}

/** Replaces `from` by `to` where it stands as a whole field (between separators) in `text`. */
function replaceField(text: string, from: string, to: string): string {
  if (from === '' || from === to) return text;
  let out = '';
  let at = 0;
  for (;;) {
    const i = text.indexOf(from, at);
    if (i < 0) return out + text.slice(at);
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + from.length] ?? '';
    const bounded = (before === '' || ' :=/{,;'.includes(before)) && (after === '' || ' /},;:'.includes(after));
    out += text.slice(at, i) + (bounded ? to : from);
    at = i + from.length;
  }
}

type Pair = [string, string];

/** The (from, to) replacements one line needs, worked out from its typed value. */
function lineReplacements(m: Mapper, line: SdpLine): Pair[] {
  const v = line.value;
  if (line.type === 'e') return [[line.raw ?? '', m.map('contact', line.raw ?? '', () => `user${m.next('email')}@example.com`)]];
  if (line.type === 'p') return [[line.raw ?? '', m.map('contact', line.raw ?? '', () => `+1 555 01${String(m.next('phone')).padStart(2, '0')}`)]];
  if (line.type === 'u') return [[line.raw ?? '', m.map('contact', line.raw ?? '', () => `https://example.com/${m.next('uri')}`)]];
  if (v === undefined) return [];
  switch (line.type) {
    case 'o': {
      const o = v as LineValues['o'];
      return [[o.address, mapAddress(m, o.address)]];
    }
    case 'c': {
      const c = v as LineValues['c'];
      return [[c.address, mapAddress(m, c.address)]];
    }
    case 'k': {
      const k = v as LineValues['k'];
      return k.key === undefined ? [] : [[k.key, m.map('key', k.key, () => 'redacted')]];
    }
    case 'a':
      break;
    default:
      return [];
  }
  switch (line.name) {
    case 'candidate': {
      const c = v as AttributeValues['candidate'];
      const out: Pair[] = [[c.address, mapAddress(m, c.address)]];
      if (c.relatedAddress !== undefined) out.push([c.relatedAddress, mapAddress(m, c.relatedAddress)]);
      for (const [name, value] of c.extensions) {
        if (name === 'ufrag') out.push([value, m.map('ice-ufrag', value, () => iceString('u', m.next('ufrag'), value.length))]);
      }
      return out;
    }
    case 'remote-candidates':
      return (v as AttributeValues['remote-candidates']).map((r): Pair => [r.address, mapAddress(m, r.address)]);
    case 'rtcp': {
      const r = v as AttributeValues['rtcp'];
      return r.address === undefined ? [] : [[r.address, mapAddress(m, r.address)]];
    }
    case 'ice-ufrag': {
      const s = v as string;
      return [[s, m.map('ice-ufrag', s, () => iceString('u', m.next('ufrag'), s.length))]];
    }
    case 'ice-pwd': {
      const s = v as string;
      return [[s, m.map('ice-pwd', s, () => iceString('p', m.next('pwd'), s.length))]];
    }
    case 'fingerprint': {
      const f = v as AttributeValues['fingerprint'];
      return [[f.fingerprint, mapFingerprint(m, f.fingerprint)]];
    }
    case 'msid': {
      const x = v as AttributeValues['msid'];
      const out: Pair[] = [[x.streamId, mapId(m, 'stream-id', x.streamId, 'stream')]];
      if (x.trackId !== undefined) out.push([x.trackId, mapId(m, 'stream-id', x.trackId, 'track')]);
      return out;
    }
    case 'msid-semantic':
      return (v as AttributeValues['msid-semantic']).identifiers.map((id): Pair => [id, mapId(m, 'stream-id', id, 'stream')]);
    case 'ssrc': {
      const s = v as AttributeValues['ssrc'];
      const out: Pair[] = [[String(s.ssrc), mapSsrc(m, s.ssrc)]];
      if (s.value !== undefined) {
        if (s.attribute === 'cname') out.push([s.value, m.map('cname', s.value, () => `cname${m.next('cname')}`)]);
        else if (s.attribute === 'msid') {
          const [stream = '', track] = s.value.split(' ');
          out.push([stream, mapId(m, 'stream-id', stream, 'stream')]);
          if (track !== undefined) out.push([track, mapId(m, 'stream-id', track, 'track')]);
        } else if (s.attribute === 'mslabel') out.push([s.value, mapId(m, 'stream-id', s.value, 'stream')]);
        else if (s.attribute === 'label') out.push([s.value, mapId(m, 'stream-id', s.value, 'track')]);
      }
      return out;
    }
    case 'ssrc-group':
      return (v as AttributeValues['ssrc-group']).ssrcs.map((s): Pair => [String(s), mapSsrc(m, s)]);
    case 'crypto': {
      const c = v as AttributeValues['crypto'];
      return [[c.keyParams, m.map('key', c.keyParams, () => c.keyParams.replace(/inline:([^|;]+)/g, (_all, key: string) => `inline:${'A'.repeat(key.length)}`))]];
    }
    case 'identity': {
      const i = v as AttributeValues['identity'];
      return [[i.assertion, m.map('key', i.assertion, () => 'cmVkYWN0ZWQ=')]];
    }
    default:
      return [];
  }
}

const IPV4_ANYWHERE = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;

/**
 * Redacts several descriptions with one mapping (an offer and its answer,
 * or a whole negotiation), so the same address or id gets the same stand-in
 * in all of them.
 */
export function redactDescriptions(texts: readonly string[]): RedactionResult {
  const m = new Mapper();
  const out = texts.map((text) => {
    const { document } = parse(text);
    let result = '';
    for (const line of document.lines) {
      const src = line.source!;
      let lineText = src.text;
      for (const [from, to] of lineReplacements(m, line)) lineText = replaceField(lineText, from, to);
      // Safety net for addresses in attributes sdpkit does not type (a=x-…:10.1.2.3).
      lineText = lineText.replace(IPV4_ANYWHERE, (ip) => mapAddress(m, ip));
      result += lineText + src.eol;
    }
    return result;
  });
  return { texts: out, replaced: m.counts() };
}

/** Redacts one description. */
export function redact(text: string): RedactionResult {
  return redactDescriptions([text]);
}

/**
 * The private values still present (addresses that are not documentation,
 * unspecified, loopback or multicast, and mDNS names): what a share link
 * would expose. Values, not positions, so a UI can say what it found.
 */
export function unredactedAddresses(text: string): string[] {
  const before = new Set<string>();
  const { document } = parse(text);
  for (const line of document.lines) {
    const candidate = line.type === 'a' && line.name === 'candidate' ? (line.value as AttributeValues['candidate'] | undefined) : undefined;
    const addresses: string[] = [];
    if (candidate) addresses.push(candidate.address, ...(candidate.relatedAddress ? [candidate.relatedAddress] : []));
    if (line.type === 'c' || line.type === 'o') {
      const a = (line.value as { address?: string } | undefined)?.address;
      if (a) addresses.push(a);
    }
    for (const ip of (line.source?.text ?? '').match(IPV4_ANYWHERE) ?? []) addresses.push(ip);
    for (const a of addresses) if (isPrivate(a)) before.add(a);
  }
  return [...before];
}

/**
 * Whether an address says something about someone. Link-local and ULA IPv6
 * stand-ins (fe80::1, fd00::2) stay in their class so ICE pairs the same; an
 * interface id below 2^16 carries no MAC address or site id, so they do not count.
 */
function isPrivate(address: string): boolean {
  const cls = classifyAddress(address).class;
  if (['unspecified', 'loopback', 'multicast', 'documentation', 'invalid'].includes(cls)) return false;
  if (cls === 'link-local' || cls === 'ula') {
    const g = parseIPv6(address);
    if (g !== undefined && g.slice(1, 7).every((x) => x === 0) && (cls === 'ula' ? g[0] === 0xfd00 : g[0] === 0xfe80)) return false;
  }
  return true;
}
