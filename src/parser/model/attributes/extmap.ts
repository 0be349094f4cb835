import * as z from 'zod/mini';
import { defineAttribute, defineFlag } from '../family.js';
import { fieldRange, readUint, splitFields, fieldStart } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * extmap = mapentry SP extensionname [SP extensionattributes]   (RFC 8285 §8)
 * mapentry = "extmap:" 1*5DIGIT ["/" direction]
 * IDs 1–14 fit the one-byte header, 1–255 the two-byte one; 4096–4351 may be
 * used in offers only (RFC 8285 §5, §6).
 */
/** The direction attributes (RFC 8866 §6.7); the schema's enum is derived from this list. */
export const DIRECTIONS = ['sendrecv', 'sendonly', 'recvonly', 'inactive'] as const;
export const DirectionSchema = /* @__PURE__ */ lazySchema(() => z.enum(DIRECTIONS));
export type Direction = z.infer<typeof DirectionSchema>;

export const ExtmapSchema = /* @__PURE__ */ lazySchema(() => z.object({
  id: z.int().check(z.minimum(1), z.maximum(4351)),
  direction: z.optional(DirectionSchema),
  uri: z.string().check(z.regex(/^[^ ]+$/)),
  attributes: z.optional(z.string()),
}));
export type Extmap = z.infer<typeof ExtmapSchema>;

const DIRECTION_SET: ReadonlySet<string> = new Set(DIRECTIONS);

export const extmap = defineAttribute({
  names: ['extmap'],
  ref: 'RFC 8285 §8',
  levels: ['session', 'media'],
  syntax: '<id>[/<direction>] <uri> [<attributes>]',
  parse(value, ctx): Extmap | undefined {
    const f = splitFields(value);
    if (f.length < 2) {
      ctx.report('field-count', { what: 'a=extmap', expected: '`<id>[/<direction>] <uri>`', found: `${f.length} field` }, 0, value.length);
      return undefined;
    }
    const start = fieldStart(value, f, 0);
    const end = start + f[0]!.length;
    const slash = f[0]!.indexOf('/');
    const idText = slash < 0 ? f[0]! : f[0]!.slice(0, slash);
    const id = readUint(ctx, idText, start, 'the extension id', 1, 4351);
    if (id === undefined) return undefined;
    if (id === 15 || (id > 255 && id < 4096)) {
      ctx.report('number-out-of-range', { field: 'the extension id', value: id, min: 1, max: '14 (one-byte) or 255 (two-byte); 15 is reserved' }, start, start + idText.length);
      return undefined;
    }
    const out: Extmap = { id, uri: f[1]! };
    if (slash >= 0) {
      const dir = f[0]!.slice(slash + 1);
      if (!DIRECTION_SET.has(dir)) {
        ctx.report('invalid-value', { field: 'the extmap direction', expected: 'sendrecv, sendonly, recvonly or inactive', text: dir }, start + slash + 1, end);
        return undefined;
      }
      out.direction = dir as Direction;
    }
    if (f.length > 2) out.attributes = f.slice(2).join(' ');
    return out;
  },
  write: (e) => `${e.id}${e.direction ? `/${e.direction}` : ''} ${e.uri}${e.attributes !== undefined ? ` ${e.attributes}` : ''}`,
});

/** RFC 8285 §6: one-byte and two-byte headers may be mixed in one stream. */
export const extmapAllowMixed = defineFlag({ names: ['extmap-allow-mixed'], ref: 'RFC 8285 §6', levels: ['session', 'media'] });
