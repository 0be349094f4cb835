import { z } from 'zod';
import { defineAttribute } from '../family.js';
import { splitFields } from '../scan.js';

/*
 * identity-attribute = "identity:" identity-assertion *(SP identity-extension)  (RFC 8827 §5)
 * identity-assertion = base64 (a JSON assertion from the identity provider)
 */
export const IdentitySchema = z.object({
  assertion: z.string().regex(/^[A-Za-z0-9+/=]+$/, 'base64'),
  extensions: z.array(z.string().regex(/^[^ ]+$/)),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const identity = defineAttribute({
  names: ['identity'],
  ref: 'RFC 8827 §5',
  levels: ['session'],
  syntax: '<base64 assertion> [<extension> …]',
  schema: IdentitySchema,
  parse(value, ctx) {
    const f = splitFields(value);
    if (f.length === 0 || !/^[A-Za-z0-9+/=]+$/.test(f[0]!)) {
      ctx.report('invalid-value', { field: 'the identity assertion', expected: 'base64 text', text: f[0] ?? '' }, 0, value.length);
      return undefined;
    }
    return { assertion: f[0]!, extensions: f.slice(1) };
  },
  write: (i) => [i.assertion, ...i.extensions].join(' '),
});
