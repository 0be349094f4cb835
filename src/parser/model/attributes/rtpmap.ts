import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { checkFieldCount, readUint, splitFields, fieldUint, fieldStart } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * rtpmap-value = payload-type SP encoding-name "/" clock-rate [ "/" encoding-params ]
 *                                                           (RFC 8866 §6.6)
 * payload-type 0–127 (RFC 3551); encoding-params is the channel count for audio.
 */
export const RtpmapSchema = /* @__PURE__ */ lazySchema(() => z.object({
  payloadType: z.int().check(z.minimum(0), z.maximum(127)),
  encodingName: z.string().check(z.regex(/^[^ /]+$/, 'no space or slash')),
  clockRate: z.int().check(z.minimum(1)),
  channels: z.optional(z.int().check(z.minimum(1))),
}));
export type Rtpmap = z.infer<typeof RtpmapSchema>;

export const rtpmap = defineAttribute({
  names: ['rtpmap'],
  ref: 'RFC 8866 §6.6',
  levels: ['media'],
  syntax: '<payload type> <encoding name>/<clock rate>[/<channels>]',
  parse(value, ctx): Rtpmap | undefined {
    const f = splitFields(value);
    if (!checkFieldCount(ctx, value, f, 'a=rtpmap', '`<payload type> <encoding name>/<clock rate>`', 2, 2)) return undefined;
    const payloadType = fieldUint(ctx, value, f[0]!, 0, 'the payload type', 0, 127);
    const start = fieldStart(value, f, 1);
    const enc = f[1]!;
    const s1 = enc.indexOf('/');
    const s2 = s1 < 0 ? -1 : enc.indexOf('/', s1 + 1);
    if (s1 <= 0 || (s2 >= 0 && enc.indexOf('/', s2 + 1) >= 0)) {
      ctx.report('invalid-syntax', { what: 'a=rtpmap encoding', expected: '`<name>/<clock rate>[/<channels>]` such as `opus/48000/2`', text: enc }, start, start + enc.length);
      return undefined;
    }
    const encodingName = enc.slice(0, s1);
    const rate = s2 < 0 ? enc.slice(s1 + 1) : enc.slice(s1 + 1, s2);
    const ch = s2 < 0 ? undefined : enc.slice(s2 + 1);
    const clockRate = readUint(ctx, rate, start + s1 + 1, 'the clock rate', 1, 2 ** 32 - 1);
    const channels = ch === undefined ? undefined : readUint(ctx, ch, start + s2 + 1, 'the channel count', 1, 255);
    if (payloadType === undefined || clockRate === undefined || (ch !== undefined && channels === undefined)) return undefined;
    const out: Rtpmap = { payloadType, encodingName, clockRate };
    if (channels !== undefined) out.channels = channels;
    return out;
  },
  write: (r) => `${r.payloadType} ${r.encodingName}/${r.clockRate}${r.channels !== undefined ? `/${r.channels}` : ''}`,
});
