import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { fieldRange, splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * sc-value = ( sc-send [SP sc-recv] ) / ( sc-recv [SP sc-send] )   (RFC 8853 §5.1)
 * sc-send = %s"send" SP sc-str-list ; sc-recv = %s"recv" SP sc-str-list
 * sc-str-list = sc-alt-list *( ";" sc-alt-list )   ; one simulcast stream each
 * sc-alt-list = sc-id *( "," sc-id )                ; alternatives for that stream
 * sc-id = [sc-id-paused] rid-id ; sc-id-paused = "~"
 *
 * Older drafts (still in Firefox's tests and some SFUs) wrote
 * `send rid=1,4;2;3 paused=4`: read with a warning, written in RFC form.
 */
export const SimulcastIdSchema = /* @__PURE__ */ lazySchema(() => z.object({ rid: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)), paused: z.boolean() }));
export const SimulcastSchema = /* @__PURE__ */ lazySchema(() => z.object({
  /** In the order written: at most one `send` and one `recv`. */
  directions: z
    .array(z.object({ direction: z.enum(['send', 'recv']), streams: z.array(z.array(SimulcastIdSchema).check(z.minLength(1))).check(z.minLength(1)) }))
    .check(z.minLength(1), z.maxLength(2)),
}));
export type Simulcast = z.infer<typeof SimulcastSchema>;
export type SimulcastId = z.infer<typeof SimulcastIdSchema>;

const RID = /^[A-Za-z0-9_-]+$/;

export const simulcast = defineAttribute({
  names: ['simulcast'],
  ref: 'RFC 8853 §5.1',
  levels: ['media'],
  syntax: 'send|recv <rid>[,<alt>];… [recv|send <rid>;…]',
  parse(value, ctx): Simulcast | undefined {
    const f = splitFields(value);
    const out: Simulcast = { directions: [] };
    let i = 0;
    while (i < f.length) {
      const dir = f[i]!;
      if ((dir !== 'send' && dir !== 'recv') || out.directions.some((d) => d.direction === dir) || out.directions.length === 2) {
        ctx.report('invalid-value', { field: 'the simulcast direction', expected: i === 0 ? '`send` or `recv`' : 'the other direction', text: dir }, ...fieldRange(value, i));
        return undefined;
      }
      let list = f[i + 1];
      if (list === undefined) {
        ctx.report('field-count', { what: `a=simulcast ${dir}`, expected: 'a list of rids after the direction', found: 'nothing' }, ...fieldRange(value, i));
        return undefined;
      }
      const listRange = fieldRange(value, i + 1);
      i += 2;
      let paused = new Set<string>();
      if (list.startsWith('rid=')) {
        ctx.report('deprecated-syntax', { what: 'a=simulcast', text: 'rid=', instead: 'RFC 8853 lists the rids directly and marks paused ones with `~`' }, listRange[0], listRange[0] + 4);
        list = list.slice(4);
        if (f[i]?.startsWith('paused=')) {
          paused = new Set(f[i]!.slice(7).split(','));
          i++;
        }
      }
      const streams: SimulcastId[][] = [];
      for (const alt of list.split(';')) {
        const ids: SimulcastId[] = [];
        for (const raw of alt.split(',')) {
          const isPaused = raw.startsWith('~');
          const id = isPaused ? raw.slice(1) : raw;
          if (!RID.test(id)) {
            ctx.report('invalid-value', { field: 'a simulcast rid', expected: 'a rid-id (letters, digits, `-`, `_`), optionally after `~`', text: raw }, ...listRange);
            return undefined;
          }
          ids.push({ rid: id, paused: isPaused || paused.has(id) });
        }
        streams.push(ids);
      }
      out.directions.push({ direction: dir, streams });
    }
    if (out.directions.length === 0) {
      ctx.report('field-count', { what: 'a=simulcast', expected: '`send <streams>` and/or `recv <streams>`', found: 'nothing' }, 0, value.length);
      return undefined;
    }
    return out;
  },
  write: (s) =>
    s.directions
      .map((d) => `${d.direction} ${d.streams.map((alt) => alt.map((id) => (id.paused ? `~${id.rid}` : id.rid)).join(',')).join(';')}`)
      .join(' '),
});
