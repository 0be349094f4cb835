import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * image-attr = "imageattr:" PT 1*2( 1*WSP ( "send" / "recv" ) 1*WSP attr-list )  (RFC 6236 §3.1)
 * PT = 1*DIGIT / "*"
 * The sets after the payload type are kept as text; only the payload type is typed.
 */
export const ImageattrSchema = /* @__PURE__ */ lazySchema(() => z.object({
  payloadType: z.union([z.literal('*'), z.int().check(z.minimum(0), z.maximum(127))]),
  sets: z.string(),
}));
export type Imageattr = z.infer<typeof ImageattrSchema>;

export const imageattr = defineAttribute({
  names: ['imageattr'],
  ref: 'RFC 6236 §3.1',
  levels: ['media'],
  syntax: '<payload type or *> send|recv <sets> …',
  parse(value, ctx): Imageattr | undefined {
    if (value.charCodeAt(0) === 32) {
      ctx.report('invalid-syntax', { what: 'a=imageattr', expected: 'the payload type right after `a=imageattr:`', text: value }, 0, value.length);
      return undefined;
    }
    const sp = value.search(/[ \t]/);
    const pt = sp < 0 ? value : value.slice(0, sp);
    const payloadType = pt === '*' ? ('*' as const) : fieldUint(ctx, value, pt, 0, 'the imageattr payload type (or `*`)', 0, 127);
    if (payloadType === undefined) return undefined;
    const sets = sp < 0 ? '' : value.slice(sp + 1).trim();
    if (!/^(send|recv)\b/.test(sets)) {
      ctx.report('invalid-syntax', { what: 'a=imageattr', expected: '`send` or `recv` after the payload type', text: sets }, sp < 0 ? value.length : sp + 1, value.length);
      return undefined;
    }
    return { payloadType, sets };
  },
  write: (i) => `${i.payloadType} ${i.sets}`,
});
