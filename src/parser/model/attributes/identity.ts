import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * identity-attribute = "identity:" identity-assertion *(SP identity-extension)  (RFC 8827 §5)
 * identity-assertion = base64 (a JSON assertion from the identity provider)
 */
export const IdentitySchema = /* @__PURE__ */ lazySchema(() => z.object({
  assertion: z.string().check(z.regex(/^[A-Za-z0-9+/=]+$/, 'base64')),
  extensions: z.array(z.string().check(z.regex(/^[^ ]+$/))),
}));
export type Identity = z.infer<typeof IdentitySchema>;

export const identity = defineAttribute({
  names: ['identity'],
  ref: 'RFC 8827 §5',
  levels: ['session'],
  syntax: '<base64 assertion> [<extension> …]',
  parse(value, ctx): Identity | undefined {
    const f = splitFields(value);
    if (f.length === 0 || !/^[A-Za-z0-9+/=]+$/.test(f[0]!)) {
      ctx.report('invalid-value', { field: 'the identity assertion', expected: 'base64 text', text: f[0] ?? '' }, 0, value.length);
      return undefined;
    }
    return { assertion: f[0]!, extensions: f.slice(1) };
  },
  write: (i) => [i.assertion, ...i.extensions].join(' '),
});
