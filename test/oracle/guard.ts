/*
 * The oracle's last check before a text reaches a browser: every address a
 * description could make an engine contact must be loopback, unspecified or
 * an mDNS name. The variant generator is meant to rewrite addresses already;
 * this refuses whatever slipped through, so a browser never gets a reason to
 * send a packet beyond loopback even if the network namespace were missing.
 *
 * Checked: the connection address and raddr of `a=candidate`, the addresses
 * of `a=remote-candidates`, and the address of `c=` and `a=rtcp`. A token in
 * an address position that is not one of the allowed forms is refused, even
 * when the line is otherwise malformed (a hostname there could mean a DNS
 * lookup).
 */

const ALLOWED = new Set(['127.0.0.1', '::1', '0.0.0.0', '::']);
const MDNS = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.local\.?$/i;

export function allowedAddress(address: string): boolean {
  return ALLOWED.has(address) || MDNS.test(address);
}

/** The addresses of a text the guard does not allow, each with its 1-based line, in text order; empty when the text may be sent. */
export function unsafeAddresses(sdp: string): { line: number; address: string }[] {
  const found: { line: number; address: string }[] = [];
  sdp.split(/\r\n|\r|\n/).forEach((text, index) => {
    for (const address of addressesOf(text)) {
      if (!allowedAddress(address)) found.push({ line: index + 1, address });
    }
  });
  return found;
}

/** The reason a text is refused, or undefined when it may be sent. */
export function guardRefusal(sdp: string): string | undefined {
  const unsafe = unsafeAddresses(sdp);
  if (unsafe.length === 0) return undefined;
  return `guard: ${unsafe.map((u) => `line ${u.line} address ${u.address}`).join(', ')}`;
}

function addressesOf(line: string): string[] {
  const trimmed = line.trim();
  const lower = trimmed.toLowerCase();
  const tokens = trimmed.split(/\s+/);
  if (lower.startsWith('a=candidate:')) {
    // a=candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type> [raddr <a> rport <p>] ...
    const out: string[] = [];
    const address = tokens[4];
    if (address !== undefined) out.push(address);
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      if (token.toLowerCase() === 'raddr' && next !== undefined) out.push(next);
    });
    return out;
  }
  if (lower.startsWith('a=remote-candidates:')) {
    // a=remote-candidates:<component> <address> <port> [<component> <address> <port> ...]
    const list = [(tokens[0] ?? '').slice('a=remote-candidates:'.length), ...tokens.slice(1)].filter((t) => t !== '');
    return list.filter((_, i) => i % 3 === 1);
  }
  if (lower.startsWith('c=')) {
    // c=<nettype> <addrtype> <address>[/<ttl>][/<count>]
    const address = tokens[2];
    return address === undefined ? [] : [address.split('/')[0] ?? address];
  }
  if (lower.startsWith('a=rtcp:')) {
    // a=rtcp:<port> [<nettype> <addrtype> <address>]
    const address = tokens[3];
    return address === undefined ? [] : [address];
  }
  return [];
}
