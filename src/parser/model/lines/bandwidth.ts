import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { isToken, readUint, textRange } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * bandwidth-field = %s"b" "=" bwtype ":" bandwidth CRLF
 * bwtype = token; bandwidth = 1*DIGIT                    (RFC 8866 §5.8)
 * CT and AS are kilobits per second; TIAS (RFC 3890) is bits per second.
 * Unknown modifiers are kept (RFC 8866 says to ignore them).
 */
export const BandwidthSchema = /* @__PURE__ */ lazySchema(() => z.object({
  type: z.string().check(z.regex(/^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/, 'a token')),
  bandwidth: z.int().check(z.minimum(0)),
}));
export type Bandwidth = z.infer<typeof BandwidthSchema>;

export const bandwidth = defineLine({
  type: 'b',
  what: 'bandwidth',
  ref: 'RFC 8866 §5.8',
  parse(value, ctx): Bandwidth | undefined {
    const colon = value.indexOf(':');
    if (colon < 0) {
      ctx.report('invalid-syntax', { what: 'b= line', expected: '`<type>:<bandwidth>` such as `AS:512`', text: value }, 0, value.length);
      return undefined;
    }
    const type = value.slice(0, colon);
    if (!isToken(type)) {
      ctx.report('invalid-value', { field: 'the bandwidth type', expected: 'a token such as `AS`, `CT` or `TIAS`', text: type }, ...textRange(value, type));
      return undefined;
    }
    const num = value.slice(colon + 1);
    const bw = readUint(ctx, num, colon + 1, `the ${type} bandwidth`, 0, Number.MAX_SAFE_INTEGER);
    return bw === undefined ? undefined : { type, bandwidth: bw };
  },
  write: (b) => `${b.type}:${b.bandwidth}`,
});
