import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { readUint, splitFields, fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * ssrc-attr = "ssrc:" ssrc-id SP attribute [":" value]   (RFC 5576 §4.1)
 * ssrc-id = integer 0..2^32-1
 * ssrc-group-attr = "ssrc-group:" semantics *(SP ssrc-id)  (RFC 5576 §4.2)
 * semantics: FID (RFC 5576), FEC / FEC-FR (RFC 5956), SIM (libwebrtc simulcast)
 */
const MAX_SSRC = 2 ** 32 - 1;

export const SsrcSchema = /* @__PURE__ */ lazySchema(() => z.object({
  ssrc: z.int().check(z.minimum(0), z.maximum(MAX_SSRC)),
  attribute: z.optional(z.string().check(z.regex(/^[^ :]*$/))),
  value: z.optional(z.string()),
}));
export type Ssrc = z.infer<typeof SsrcSchema>;

export const ssrc = defineAttribute({
  names: ['ssrc'],
  ref: 'RFC 5576 §4.1',
  levels: ['media'],
  syntax: '<ssrc> <attribute>[:<value>]',
  parse(value, ctx): Ssrc | undefined {
    if (value.charCodeAt(0) === 32) {
      ctx.report('invalid-syntax', { what: 'a=ssrc', expected: 'the SSRC right after `a=ssrc:`', text: value }, 0, value.length);
      return undefined;
    }
    const sp = value.indexOf(' ');
    const idText = sp < 0 ? value : value.slice(0, sp);
    const id = readUint(ctx, idText, 0, 'the SSRC', 0, MAX_SSRC);
    if (id === undefined) return undefined;
    // RFC 5576 requires an attribute; Firefox's tests send a bare `a=ssrc:5150`, kept without one.
    if (sp < 0) return { ssrc: id };
    const rest = value.slice(sp + 1);
    const colon = rest.indexOf(':');
    const name = colon < 0 ? rest : rest.slice(0, colon);
    if (name === '' || name.indexOf(' ') >= 0) {
      ctx.report('invalid-syntax', { what: 'a=ssrc attribute', expected: '`<attribute>[:<value>]` such as `cname:<name>`', text: rest }, sp + 1, value.length);
      return undefined;
    }
    return colon < 0 ? { ssrc: id, attribute: rest } : { ssrc: id, attribute: rest.slice(0, colon), value: rest.slice(colon + 1) };
  },
  write: (s) => (s.attribute === undefined ? String(s.ssrc) : `${s.ssrc} ${s.attribute}${s.value !== undefined ? `:${s.value}` : ''}`),
});

export const SsrcGroupSchema = /* @__PURE__ */ lazySchema(() => z.object({
  semantics: z.string().check(z.regex(/^[^ ]+$/)),
  ssrcs: z.array(z.int().check(z.minimum(0), z.maximum(MAX_SSRC))),
}));
export type SsrcGroup = z.infer<typeof SsrcGroupSchema>;

export const ssrcGroup = defineAttribute({
  names: ['ssrc-group'],
  ref: 'RFC 5576 §4.2',
  levels: ['media'],
  syntax: '<semantics> <ssrc> …',
  parse(value, ctx): SsrcGroup | undefined {
    const f = splitFields(value);
    if (f.length < 1) {
      ctx.report('field-count', { what: 'a=ssrc-group', expected: '`<semantics> <ssrc> …` such as `FID 1 2`', found: 'nothing' }, 0, value.length);
      return undefined;
    }
    const ssrcs: number[] = [];
    for (let i = 1; i < f.length; i++) {
      const n = fieldUint(ctx, value, f[i]!, i, 'the SSRC', 0, MAX_SSRC);
      if (n === undefined) return undefined;
      ssrcs.push(n);
    }
    return { semantics: f[0]!, ssrcs };
  },
  write: (g) => [g.semantics, ...g.ssrcs.map(String)].join(' '),
});
