import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * key-field = %s"k" "=" key-type CRLF   (RFC 8866 §5.12, obsolete but still seen)
 * key-type = "prompt" / "clear:" text / "base64:" base64 / "uri:" uri / key-method [":" text]
 */
export const KeySchema = /* @__PURE__ */ lazySchema(() => z.object({ method: z.string().check(z.regex(/^[^:\r\n]+$/, 'no colon or line break')), key: z.optional(z.string().check(z.regex(/^[^\r\n]*$/))) }));
export type Key = z.infer<typeof KeySchema>;

export const key = defineLine({
  type: 'k',
  what: 'encryption key',
  ref: 'RFC 8866 §5.12',
  parse(value, ctx): Key | undefined {
    if (value === '') {
      ctx.report('invalid-syntax', { what: 'k= line', expected: '`prompt`, `clear:<key>`, `base64:<key>` or `uri:<uri>`', text: value }, 0, 0);
      return undefined;
    }
    const colon = value.indexOf(':');
    if (colon === 0) {
      ctx.report('invalid-syntax', { what: 'k= line', expected: 'a method before `:` (`clear`, `base64`, `uri`)', text: value }, 0, value.length);
      return undefined;
    }
    return colon < 0 ? { method: value } : { method: value.slice(0, colon), key: value.slice(colon + 1) };
  },
  write: (k) => (k.key === undefined ? k.method : `${k.method}:${k.key}`),
});
