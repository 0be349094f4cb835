import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { checkAddressType } from './address.js';
import { checkFieldCount, fieldRange, readUint, splitFields, fieldStart } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * connection-field = %s"c" "=" nettype SP addrtype SP connection-address CRLF
 * connection-address = multicast-address / unicast-address
 * IP4-multicast = m1 3( "." decimal-uchar ) "/" ttl [ "/" numaddr ]
 * IP6-multicast = IP6-address [ "/" numaddr ]                (RFC 8866 §5.7, §9)
 */
export const ConnectionSchema = /* @__PURE__ */ lazySchema(() => z.object({
  netType: z.string().check(z.minLength(1)),
  addressType: z.string().check(z.minLength(1)),
  address: z.string().check(z.minLength(1)),
  ttl: z.optional(z.int().check(z.minimum(0), z.maximum(255))),
  count: z.optional(z.int().check(z.minimum(1))),
}));
export type Connection = z.infer<typeof ConnectionSchema>;

export const connection = defineLine({
  type: 'c',
  what: 'connection',
  ref: 'RFC 8866 §5.7',
  parse(value, ctx): Connection | undefined {
    const f = splitFields(value);
    if (!checkFieldCount(ctx, value, f, 'c=', '3 fields: network type, address type, address', 3, 3)) return undefined;
    const [netType, addressType, full] = f as [string, string, string];
    if (netType !== 'IN') {
      ctx.report('invalid-value', { field: 'the network type', expected: '`IN`', text: netType }, ...fieldRange(value, 0));
    }
    const start = fieldStart(value, f, 2);
    const end = start + full.length;
    const parts = full.split('/');
    const address = parts[0] ?? '';
    // `c=IN IP4 /127`: a TTL without its address. The schema (and every stack) needs an address.
    if (address === '') {
      ctx.report('invalid-value', { field: 'the connection address', expected: 'an IP address or a host name', text: full }, start, end);
      return undefined;
    }
    const out: Connection = { netType, addressType, address };
    let at = start + address.length + 1;
    const extra = parts.slice(1);
    if (extra.length > (addressType === 'IP6' ? 1 : 2)) {
      ctx.report('invalid-syntax', { what: 'c= address', expected: addressType === 'IP6' ? '`address[/count]`' : '`address[/ttl[/count]]`', text: full }, start, end);
      return undefined;
    }
    if (addressType === 'IP4' && extra.length > 0) {
      const ttl = readUint(ctx, extra[0]!, at, 'the multicast TTL', 0, 255);
      if (ttl === undefined) return undefined;
      out.ttl = ttl;
      at += extra[0]!.length + 1;
      if (extra.length > 1) {
        const count = readUint(ctx, extra[1]!, at, 'the address count', 1, 2 ** 31 - 1);
        if (count === undefined) return undefined;
        out.count = count;
      }
    } else if (extra.length > 0) {
      const count = readUint(ctx, extra[0]!, at, 'the address count', 1, 2 ** 31 - 1);
      if (count === undefined) return undefined;
      out.count = count;
    }
    if (addressType !== 'IP4' && addressType !== 'IP6') {
      ctx.report('invalid-value', { field: 'the address type', expected: '`IP4` or `IP6`', text: addressType }, ...fieldRange(value, 1));
    } else {
      checkAddressType(ctx, addressType, address, [start, start + address.length]);
    }
    return out;
  },
  write: (c) =>
    `${c.netType} ${c.addressType} ${c.address}${c.ttl !== undefined ? `/${c.ttl}` : ''}${c.count !== undefined ? `/${c.count}` : ''}`,
});
