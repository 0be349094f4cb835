import { z } from 'zod';
import { defineAttribute } from '../family.js';
import { fieldRange, splitFields } from '../scan.js';

/*
 * sc-value = ( sc-send [SP sc-recv] ) / ( sc-recv [SP sc-send] )   (RFC 8853 §5.1)
 * sc-send = %s"send" SP sc-str-list ; sc-recv = %s"recv" SP sc-str-list
 * sc-str-list = sc-alt-list *( ";" sc-alt-list )   ; one simulcast stream each
 * sc-alt-list = sc-id *( "," sc-id )                ; alternatives for that stream
 * sc-id = [sc-id-paused] rid-id ; sc-id-paused = "~"
 */
export const SimulcastIdSchema = z.object({ rid: z.string().regex(/^[A-Za-z0-9_-]+$/), paused: z.boolean() });
export const SimulcastSchema = z.object({
  /** In the order written: at most one `send` and one `recv`. */
  directions: z
    .array(z.object({ direction: z.enum(['send', 'recv']), streams: z.array(z.array(SimulcastIdSchema).min(1)).min(1) }))
    .min(1)
    .max(2),
});
export type Simulcast = z.infer<typeof SimulcastSchema>;
export type SimulcastId = z.infer<typeof SimulcastIdSchema>;

export const simulcast = defineAttribute({
  names: ['simulcast'],
  ref: 'RFC 8853 §5.1',
  levels: ['media'],
  syntax: 'send|recv <rid>[,<alt>];… [recv|send <rid>;…]',
  schema: SimulcastSchema,
  parse(value, ctx) {
    const f = splitFields(value);
    if (f.length !== 2 && f.length !== 4) {
      ctx.report('field-count', { what: 'a=simulcast', expected: '`send <streams>` and/or `recv <streams>`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    const out: Simulcast = { directions: [] };
    for (let i = 0; i < f.length; i += 2) {
      const dir = f[i]!;
      if ((dir !== 'send' && dir !== 'recv') || out.directions.some((d) => d.direction === dir)) {
        ctx.report('invalid-value', { field: 'the simulcast direction', expected: i === 0 ? '`send` or `recv`' : 'the other direction', text: dir }, ...fieldRange(value, i));
        return undefined;
      }
      const streams: SimulcastId[][] = [];
      for (const alt of f[i + 1]!.split(';')) {
        const ids: SimulcastId[] = [];
        for (const raw of alt.split(',')) {
          const paused = raw.startsWith('~');
          const id = paused ? raw.slice(1) : raw;
          if (!/^[A-Za-z0-9_-]+$/.test(id)) {
            ctx.report('invalid-value', { field: 'a simulcast rid', expected: 'a rid-id (letters, digits, `-`, `_`), optionally after `~`', text: raw }, ...fieldRange(value, i + 1));
            return undefined;
          }
          ids.push({ rid: id, paused });
        }
        streams.push(ids);
      }
      out.directions.push({ direction: dir, streams });
    }
    return out;
  },
  write: (s) =>
    s.directions
      .map((d) => `${d.direction} ${d.streams.map((alt) => alt.map((id) => (id.paused ? `~${id.rid}` : id.rid)).join(',')).join(';')}`)
      .join(' '),
});
