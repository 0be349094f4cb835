import * as z from 'zod/mini';
import { defineAttribute, defineFlag } from '../family.js';
import { splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * group-attribute = "a=group:" semantics *(SP identification-tag)   (RFC 5888 §5)
 * semantics = "LS" / "FID" / "BUNDLE" (RFC 9143) / token
 * mid-attribute = "a=mid:" identification-tag ; identification-tag = token
 * bundle-only (RFC 9143 §6)
 */
export const GroupSchema = /* @__PURE__ */ lazySchema(() => z.object({
  semantics: z.string().check(z.regex(/^[^ ]+$/)),
  mids: z.array(z.string().check(z.regex(/^[^ ]+$/))),
}));
export type Group = z.infer<typeof GroupSchema>;

export const group = defineAttribute({
  names: ['group'],
  ref: 'RFC 5888 §5',
  levels: ['session'],
  syntax: '<semantics> <mid> …',
  parse(value, ctx): Group | undefined {
    const f = splitFields(value);
    if (f.length === 0) {
      ctx.report('field-count', { what: 'a=group', expected: '`<semantics> <mid> …` such as `BUNDLE 0 1`', found: 'nothing' }, 0, value.length);
      return undefined;
    }
    return { semantics: f[0]!, mids: f.slice(1) };
  },
  write: (g) => [g.semantics, ...g.mids].join(' '),
});

export const MidSchema = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(/^[^ ]+$/, 'one token, no space')));
export const mid = defineAttribute({
  names: ['mid'],
  ref: 'RFC 5888 §4',
  levels: ['media'],
  syntax: '<identification tag>',
  parse(value, ctx): string | undefined {
    if (value === '' || /[ \t]/.test(value)) {
      ctx.report('invalid-value', { field: 'the mid', expected: 'one token without spaces', text: value }, 0, value.length);
      return undefined;
    }
    return value;
  },
  write: (m) => m,
});

export const bundleOnly = defineFlag({ names: ['bundle-only'], ref: 'RFC 9143 §6', levels: ['media'] });
