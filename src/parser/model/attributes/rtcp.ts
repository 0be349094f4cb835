import * as z from 'zod/mini';
import { defineAttribute, defineFlag } from '../family.js';
import { checkFieldCount, splitFields, fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * rtcp-attribute = "a=rtcp:" port [nettype SP addrtype SP connection-address]  (RFC 3605 §2.1)
 * rtcp-mux (RFC 5761 §5.1.1), rtcp-mux-only (RFC 8858), rtcp-rsize (RFC 5506 §5)
 */
export const RtcpSchema = /* @__PURE__ */ lazySchema(() => z.object({
  port: z.int().check(z.minimum(0), z.maximum(65535)),
  netType: z.optional(z.string()),
  addressType: z.optional(z.string()),
  address: z.optional(z.string()),
}));
export type Rtcp = z.infer<typeof RtcpSchema>;

export const rtcp = defineAttribute({
  names: ['rtcp'],
  ref: 'RFC 3605 §2.1',
  levels: ['media'],
  syntax: '<port> [IN <IP4|IP6> <address>]',
  parse(value, ctx): Rtcp | undefined {
    const f = splitFields(value);
    if (!checkFieldCount(ctx, value, f, 'a=rtcp', '`<port>` or `<port> IN IP4 <address>`', 1, 4)) return undefined;
    if (f.length !== 1 && f.length !== 4) {
      ctx.report('field-count', { what: 'a=rtcp', expected: '`<port>` or `<port> IN IP4 <address>`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    const port = fieldUint(ctx, value, f[0]!, 0, 'the RTCP port', 0, 65535);
    if (port === undefined) return undefined;
    return f.length === 4 ? { port, netType: f[1]!, addressType: f[2]!, address: f[3]! } : { port };
  },
  write: (r) => (r.address !== undefined ? `${r.port} ${r.netType ?? 'IN'} ${r.addressType ?? 'IP4'} ${r.address}` : String(r.port)),
});

export const rtcpMux = defineFlag({ names: ['rtcp-mux'], ref: 'RFC 5761 §5.1.1', levels: ['media'] });
export const rtcpMuxOnly = defineFlag({ names: ['rtcp-mux-only'], ref: 'RFC 8858 §3', levels: ['media'] });
export const rtcpRsize = defineFlag({ names: ['rtcp-rsize'], ref: 'RFC 5506 §5', levels: ['media'] });
