import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { fieldRange, splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * rid-syntax = %s"a=rid:" rid-id SP rid-dir [ rid-pt-param-list / rid-param-list ]   (RFC 8851 §10)
 * rid-id = 1*(alpha-numeric / "-" / "_") ; rid-dir = %s"send" / %s"recv"
 * rid-pt-param-list = SP rid-fmt-list *(";" rid-param) ; rid-fmt-list = "pt=" fmt *("," fmt)
 * rid-param = rid-width-param / rid-height-param / … / rid-depend-param / param-name ["=" param-val]
 */
export const RidParamSchema = /* @__PURE__ */ lazySchema(() => z.object({ key: z.string().check(z.minLength(1)), value: z.optional(z.string()) }));
export const RidSchema = /* @__PURE__ */ lazySchema(() => z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _')),
  direction: z.enum(['send', 'recv']),
  payloadTypes: z.optional(z.array(z.string().check(z.regex(/^[^ ,;]+$/)))),
  restrictions: z.array(RidParamSchema),
}));
export type Rid = z.infer<typeof RidSchema>;

export const rid = defineAttribute({
  names: ['rid'],
  ref: 'RFC 8851 §10',
  levels: ['media'],
  syntax: '<rid-id> send|recv [pt=<fmt>,…;<restriction>=<value>;…]',
  parse(value, ctx): Rid | undefined {
    const f = splitFields(value);
    if (f.length < 2 || f.length > 3) {
      ctx.report('field-count', { what: 'a=rid', expected: '`<rid-id> send|recv [<restrictions>]`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(f[0]!)) {
      ctx.report('invalid-value', { field: 'the rid-id', expected: 'letters, digits, `-` and `_`', text: f[0]! }, ...fieldRange(value, 0));
      return undefined;
    }
    if (f[1] !== 'send' && f[1] !== 'recv') {
      ctx.report('invalid-value', { field: 'the rid direction', expected: '`send` or `recv`', text: f[1]! }, ...fieldRange(value, 1));
      return undefined;
    }
    const out: Rid = { id: f[0]!, direction: f[1], restrictions: [] };
    if (f.length === 3) {
      const [start] = fieldRange(value, 2);
      for (const piece of f[2]!.split(';')) {
        if (piece === '') continue;
        const eq = piece.indexOf('=');
        const key = eq < 0 ? piece : piece.slice(0, eq);
        if (key === '' || (key === 'pt' && piece.slice(eq + 1).split(',').includes(''))) {
          ctx.report('invalid-syntax', { what: 'a=rid restriction', expected: key === '' ? '`<name>=<value>`' : '`pt=<fmt>,<fmt>…` without empty entries', text: piece }, start, value.length);
          return undefined;
        }
        if (key === 'pt' && eq >= 0 && out.payloadTypes === undefined && out.restrictions.length === 0) {
          out.payloadTypes = piece.slice(eq + 1).split(',');
        } else {
          out.restrictions.push(eq < 0 ? { key } : { key, value: piece.slice(eq + 1) });
        }
      }
    }
    return out;
  },
  write(r) {
    const params = [
      ...(r.payloadTypes !== undefined ? [`pt=${r.payloadTypes.join(',')}`] : []),
      ...r.restrictions.map((p) => (p.value === undefined ? p.key : `${p.key}=${p.value}`)),
    ].join(';');
    return `${r.id} ${r.direction}${params !== '' ? ` ${params}` : ''}`;
  },
});
