/**
 * What kind of address a candidate carries: family (for pairing, RFC 8445
 * §6.1.2.2) and class (for explaining it). Pure string work, no DNS and no
 * `node:net`, so the same code runs in the browser.
 */

/** `mdns` and `fqdn` hide the family; `invalid` is neither an IP nor a host name. */
export type AddressFamily = 'ipv4' | 'ipv6' | 'mdns' | 'fqdn' | 'invalid';

export type AddressClass =
  | 'unspecified'
  | 'private'
  | 'cgnat'
  | 'loopback'
  | 'link-local'
  | 'ula'
  | 'site-local'
  | 'documentation'
  | 'multicast'
  | 'reserved'
  | 'public'
  | 'mdns'
  | 'fqdn'
  | 'invalid';

export interface AddressInfo {
  /** The address as given (zone id and brackets kept). */
  address: string;
  family: AddressFamily;
  class: AddressClass;
  /** The class in words, e.g. "private network address (RFC 1918)". */
  words: string;
  /** Where the range is defined. */
  ref: string;
  /** For an IPv4-mapped IPv6 address (::ffff:a.b.c.d), the IPv4 address inside. */
  mappedIPv4?: string;
}

const IPV4_OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The four octets of a dotted-quad IPv4 address, or undefined. */
export function parseIPv4(text: string): [number, number, number, number] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!IPV4_OCTET.test(p)) return undefined;
    out.push(Number(p));
  }
  return [out[0]!, out[1]!, out[2]!, out[3]!];
}

/**
 * The eight 16-bit groups of an IPv6 address (RFC 4291 §2.2 text forms,
 * including `::` and a trailing dotted quad), or undefined. A zone id
 * (`fe80::1%eth0`, RFC 6874) and surrounding brackets are ignored.
 */
export function parseIPv6(text: string): number[] | undefined {
  let s = text;
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (s === '' || !s.includes(':')) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const fields = part.split(':');
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (i === fields.length - 1 && f.includes('.')) {
        const v4 = parseIPv4(f);
        if (v4 === undefined) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(f)) return undefined;
        out.push(parseInt(f, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  if (head === undefined) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const tail = groups(halves[1]!);
  if (tail === undefined || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** RFC 6762 §3: names ending in `.local.` are link-local multicast DNS names. */
export function isMdnsName(address: string): boolean {
  return /\.local\.?$/i.test(address) && isHostName(address);
}

/** RFC 1123 §2.1 host name syntax; an all-numeric last label is not a name (it is a malformed IPv4). */
function isHostName(address: string): boolean {
  const name = address.endsWith('.') ? address.slice(0, -1) : address;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  if (!labels.every((l) => /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(l))) return false;
  return !/^\d+$/.test(labels[labels.length - 1]!);
}

/**
 * One spelling per address, for comparing two of them: an IPv6 address as its
 * eight groups (so `::1` and `0:0:0:0:0:0:0:1` are one address), anything else
 * in lower case (names are case-insensitive, RFC 4343).
 */
export function addressKey(address: string): string {
  const v6 = parseIPv6(address);
  return v6 !== undefined ? v6.join(':') : address.toLowerCase();
}

export function addressFamily(address: string): AddressFamily {
  return classifyAddress(address).family;
}

/** True for an IPv6 link-local unicast address, fe80::/10 (RFC 4291 §2.5.6). */
export function isLinkLocalIPv6(address: string): boolean {
  const g = parseIPv6(address);
  return g !== undefined && (g[0]! & 0xffc0) === 0xfe80;
}

export function classifyAddress(address: string): AddressInfo {
  const v4 = parseIPv4(address);
  if (v4 !== undefined) return { address, family: 'ipv4', ...classifyIPv4(v4) };
  const v6 = parseIPv6(address);
  if (v6 !== undefined) return { address, family: 'ipv6', ...classifyIPv6(v6) };
  if (isMdnsName(address)) {
    return {
      address,
      family: 'mdns',
      class: 'mdns',
      words: 'multicast DNS name that hides a host address (the IP family is unknown until it is resolved)',
      ref: 'RFC 6762 §3; draft-ietf-mmusic-mdns-ice-candidates §3.1',
    };
  }
  if (isHostName(address)) {
    return {
      address,
      family: 'fqdn',
      class: 'fqdn',
      words: 'DNS name (the IP family is unknown until it is resolved)',
      ref: 'RFC 8839 §5.1',
    };
  }
  return { address, family: 'invalid', class: 'invalid', words: 'neither an IP address nor a host name', ref: 'RFC 8839 §5.1' };
}

type ClassFacts = Pick<AddressInfo, 'class' | 'words' | 'ref'> & { mappedIPv4?: string };

function classifyIPv4([a, b, c, d]: [number, number, number, number]): ClassFacts {
  if (a === 0 && b === 0 && c === 0 && d === 0) {
    return { class: 'unspecified', words: 'unspecified address 0.0.0.0 (no address: often a placeholder or a hidden address)', ref: 'RFC 1122 §3.2.1.3' };
  }
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
    return { class: 'private', words: 'private network address (RFC 1918), reachable only inside its network', ref: 'RFC 1918 §3' };
  }
  if (a === 100 && b >= 64 && b <= 127) {
    return { class: 'cgnat', words: 'carrier-grade NAT shared address (100.64.0.0/10), behind an ISP NAT', ref: 'RFC 6598 §7' };
  }
  if (a === 127) return { class: 'loopback', words: 'loopback address (this host only)', ref: 'RFC 1122 §3.2.1.3' };
  if (a === 169 && b === 254) return { class: 'link-local', words: 'IPv4 link-local address (169.254.0.0/16, self-assigned)', ref: 'RFC 3927 §2.1' };
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
    return { class: 'documentation', words: 'documentation address (TEST-NET, never routed)', ref: 'RFC 5737 §3' };
  }
  if (a >= 224 && a <= 239) return { class: 'multicast', words: 'IPv4 multicast address', ref: 'RFC 5771 §3' };
  if (a === 0 || a >= 240 || (a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19))) {
    return { class: 'reserved', words: 'special-purpose IPv4 address (not a normal unicast address)', ref: 'RFC 6890 §2.2.2' };
  }
  return { class: 'public', words: 'public (globally routable) IPv4 address', ref: 'RFC 6890 §2.2.2' };
}

function classifyIPv6(g: number[]): ClassFacts {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return { class: 'unspecified', words: 'unspecified IPv6 address ::', ref: 'RFC 4291 §2.5.2' };
  if (zeroTo(7) && g7 === 1) return { class: 'loopback', words: 'IPv6 loopback address ::1 (this host only)', ref: 'RFC 4291 §2.5.3' };
  if (zeroTo(5) && g5 === 0xffff) {
    const v4: [number, number, number, number] = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
    const inner = classifyIPv4(v4);
    const mappedIPv4 = v4.join('.');
    return { ...inner, words: `IPv4-mapped IPv6 address of ${mappedIPv4}: ${inner.words}`, ref: `RFC 4291 §2.5.5.2; ${inner.ref}`, mappedIPv4 };
  }
  if ((g0 & 0xffc0) === 0xfe80) return { class: 'link-local', words: 'IPv6 link-local address (fe80::/10), valid on one link only', ref: 'RFC 4291 §2.5.6' };
  if ((g0 & 0xffc0) === 0xfec0) return { class: 'site-local', words: 'deprecated IPv6 site-local address (fec0::/10)', ref: 'RFC 3879 §4' };
  if ((g0 & 0xfe00) === 0xfc00) return { class: 'ula', words: 'IPv6 unique local address (fc00::/7), private to a site', ref: 'RFC 4193 §3' };
  if ((g0 & 0xff00) === 0xff00) return { class: 'multicast', words: 'IPv6 multicast address', ref: 'RFC 4291 §2.7' };
  if ((g0 === 0x2001 && g1 === 0x0db8) || (g0 === 0x3fff && (g1 & 0xf000) === 0)) {
    return { class: 'documentation', words: 'IPv6 documentation address (never routed)', ref: 'RFC 3849 §4; RFC 9637 §3' };
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return { class: 'public', words: 'NAT64 address (64:ff9b::/96) that carries a public IPv4 address', ref: 'RFC 6052 §2.1' };
  }
  if ((g0 & 0xe000) === 0x2000) return { class: 'public', words: 'public (global unicast) IPv6 address', ref: 'RFC 4291 §2.5.4' };
  return { class: 'reserved', words: 'IPv6 address outside global unicast space (reserved or special-purpose)', ref: 'RFC 6890 §2.2.3' };
}
