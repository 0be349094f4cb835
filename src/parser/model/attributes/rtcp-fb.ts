import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { splitFields, fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * rtcp-fb-syntax = "a=rtcp-fb:" rtcp-fb-pt SP rtcp-fb-val CRLF    (RFC 4585 §4.2)
 * rtcp-fb-pt  = "*" / fmt
 * rtcp-fb-val = "ack" [SP param] / "nack" [SP param] / "trr-int" SP 1*DIGIT
 *             / rtcp-fb-id [SP rtcp-fb-param]      ("ccm fir" RFC 5104, "goog-remb", "transport-cc")
 */
export const RtcpFbSchema = /* @__PURE__ */ lazySchema(() => z.object({
  payloadType: z.union([z.literal('*'), z.int().check(z.minimum(0), z.maximum(127))]),
  type: z.string().check(z.regex(/^[^ ]+$/)),
  subtype: z.optional(z.string().check(z.regex(/^[^ ]+$/))),
  /** Anything after the subtype (e.g. `ccm tmmbr smaxpr=120`), kept verbatim. */
  parameters: z.optional(z.string()),
}));
export type RtcpFb = z.infer<typeof RtcpFbSchema>;

export const rtcpFb = defineAttribute({
  names: ['rtcp-fb'],
  ref: 'RFC 4585 §4.2',
  levels: ['media'],
  syntax: '<payload type or *> <type> [<subtype>]',
  parse(value, ctx): RtcpFb | undefined {
    const f = splitFields(value);
    if (f.length < 2) {
      ctx.report('field-count', { what: 'a=rtcp-fb', expected: '`<payload type or *> <type> [<subtype>]`', found: `${f.length} field` }, 0, value.length);
      return undefined;
    }
    const payloadType = f[0] === '*' ? '*' : fieldUint(ctx, value, f[0]!, 0, 'the rtcp-fb payload type', 0, 127);
    if (payloadType === undefined) return undefined;
    const out: RtcpFb = { payloadType, type: f[1]! };
    if (f[1] === 'trr-int') {
      // RFC 4585 §3.6.4: the minimum interval between regular RTCP reports, in ms.
      if (f.length !== 3 || fieldUint(ctx, value, f[2]!, 2, 'the trr-int interval', 0, 2 ** 32 - 1) === undefined) {
        if (f.length !== 3) ctx.report('field-count', { what: 'a=rtcp-fb trr-int', expected: 'one interval in milliseconds', found: `${f.length - 2} fields` }, 0, value.length);
        return undefined;
      }
    }
    if (f.length > 2) out.subtype = f[2]!;
    if (f.length > 3) out.parameters = f.slice(3).join(' ');
    return out;
  },
  write: (r) => [String(r.payloadType), r.type, r.subtype, r.parameters].filter((x) => x !== undefined).join(' '),
});
