import * as z from 'zod/mini';
import { defineAttribute, defineFlag } from '../family.js';
import { readUint, splitFields, fieldStart } from '../scan.js';
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

/*
 * The extension id ranges of RFC 8285, one copy for the parser, lint and explain:
 * §4.2 one-byte header ids 1–14 (15 is reserved), §4.3 two-byte header ids
 * 1–255, §6 ids 4096–4351 only in offers, asking the answerer to pick the id.
 */
export const EXTMAP_ONE_BYTE_MAX = 14;
export const EXTMAP_RESERVED_ID = 15;
export const EXTMAP_TWO_BYTE_MAX = 255;
export const EXTMAP_OFFER_ONLY_MIN = 4096;
export const EXTMAP_OFFER_ONLY_MAX = 4351;

/** Which RFC 8285 range an extension id is in. */
export type ExtmapIdRange = 'one-byte' | 'reserved' | 'two-byte' | 'offer-only' | 'invalid';

export function extmapIdRange(id: number): ExtmapIdRange {
  if (!Number.isInteger(id) || id < 1 || id > EXTMAP_OFFER_ONLY_MAX) return 'invalid';
  if (id <= EXTMAP_ONE_BYTE_MAX) return 'one-byte';
  if (id === EXTMAP_RESERVED_ID) return 'reserved';
  if (id <= EXTMAP_TWO_BYTE_MAX) return 'two-byte';
  return id >= EXTMAP_OFFER_ONLY_MIN ? 'offer-only' : 'invalid';
}

export const ExtmapSchema = /* @__PURE__ */ lazySchema(() => z.object({
  id: z.int().check(z.minimum(1), z.maximum(EXTMAP_OFFER_ONLY_MAX)),
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
    const id = readUint(ctx, idText, start, 'the extension id', 1, EXTMAP_OFFER_ONLY_MAX);
    if (id === undefined) return undefined;
    const range = extmapIdRange(id);
    if (range === 'reserved' || range === 'invalid') {
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
