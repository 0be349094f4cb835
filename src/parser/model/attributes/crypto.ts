import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { splitFields, fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * a=crypto:<tag> <crypto-suite> <key-params> [<session-params>]   (RFC 4568 §9.1)
 * tag = 1*9DIGIT ; key-params = key-param *(";" key-param) ; key-param = key-method ":" key-info
 * (SDES keying: never used by WebRTC, which requires DTLS-SRTP — RFC 8827 §6.5.)
 */
export const CryptoSchema = /* @__PURE__ */ lazySchema(() => z.object({
  tag: z.int().check(z.minimum(0), z.maximum(999999999)),
  suite: z.string().check(z.regex(/^[^ ]+$/)),
  keyParams: z.string().check(z.regex(/^[^ ]+$/)),
  sessionParams: z.array(z.string().check(z.regex(/^[^ ]+$/))),
}));
export type Crypto = z.infer<typeof CryptoSchema>;

export const crypto = defineAttribute({
  names: ['crypto'],
  ref: 'RFC 4568 §9.1',
  levels: ['media'],
  syntax: '<tag> <crypto suite> <key params> [<session params>]',
  parse(value, ctx): Crypto | undefined {
    const f = splitFields(value);
    if (f.length < 3) {
      ctx.report('field-count', { what: 'a=crypto', expected: '`<tag> <crypto suite> inline:<key>`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    const tag = fieldUint(ctx, value, f[0]!, 0, 'the crypto tag', 0, 999999999);
    if (tag === undefined) return undefined;
    return { tag, suite: f[1]!, keyParams: f[2]!, sessionParams: f.slice(3) };
  },
  write: (c) => [String(c.tag), c.suite, c.keyParams, ...c.sessionParams].join(' '),
});
