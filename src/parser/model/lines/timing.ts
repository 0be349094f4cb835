import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { checkFieldCount, fieldRange, splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * time-fields  = 1*( %s"t" "=" start-time SP stop-time *(CRLF repeat-fields) CRLF )
 *                [ zone-adjustments CRLF ]                          (RFC 8866 §5.9–5.11)
 * repeat-fields = %s"r" "=" repeat-interval 2*(SP typed-time)
 * zone-adjustments = %s"z" "=" time SP ["-"] typed-time *(SP time SP ["-"] typed-time)
 * typed-time = 1*DIGIT [fixed-len-time-unit]   ; d h m s
 * Times are NTP seconds (10 digits today, more later): kept as strings.
 */
const TIME = /^[0-9]+$/;
const TYPED_TIME = /^[0-9]+[dhms]?$/;

export const TimingSchema = /* @__PURE__ */ lazySchema(() => z.object({
  start: z.string().check(z.regex(TIME, 'digits only')),
  stop: z.string().check(z.regex(TIME, 'digits only')),
}));
export type Timing = z.infer<typeof TimingSchema>;

export const timing = defineLine({
  type: 't',
  what: 'timing',
  ref: 'RFC 8866 §5.9',
  parse(value, ctx): Timing | undefined {
    const f = splitFields(value);
    if (!checkFieldCount(ctx, value, f, 't=', '2 fields: start time, stop time', 2, 2)) return undefined;
    const [start, stop] = f as [string, string];
    let ok = true;
    for (const [i, text, name] of [[0, start, 'the start time'], [1, stop, 'the stop time']] as const) {
      if (!TIME.test(text)) {
        ctx.report('invalid-number', { field: name, expected: 'a number of seconds (NTP time, or 0)', text }, ...fieldRange(value, i));
        ok = false;
      }
    }
    return ok ? { start, stop } : undefined;
  },
  write: (t) => `${t.start} ${t.stop}`,
});

export const RepeatSchema = /* @__PURE__ */ lazySchema(() => z.object({
  interval: z.string().check(z.regex(TYPED_TIME)),
  duration: z.string().check(z.regex(TYPED_TIME)),
  offsets: z.array(z.string().check(z.regex(TYPED_TIME))).check(z.minLength(1)),
}));
export type Repeat = z.infer<typeof RepeatSchema>;

export const repeat = defineLine({
  type: 'r',
  what: 'repeat times',
  ref: 'RFC 8866 §5.10',
  parse(value, ctx): Repeat | undefined {
    const f = splitFields(value);
    if (!checkFieldCount(ctx, value, f, 'r=', 'at least 3 fields: interval, active duration, offsets', 3, Infinity)) return undefined;
    for (let i = 0; i < f.length; i++) {
      if (!TYPED_TIME.test(f[i]!)) {
        ctx.report('invalid-number', { field: 'a repeat time', expected: 'a number with an optional unit d, h, m or s', text: f[i]! }, ...fieldRange(value, i));
        return undefined;
      }
    }
    return { interval: f[0]!, duration: f[1]!, offsets: f.slice(2) };
  },
  write: (r) => `${r.interval} ${r.duration} ${r.offsets.join(' ')}`,
});

export const ZoneSchema = /* @__PURE__ */ lazySchema(() => z.object({
  adjustments: z.array(z.object({ time: z.string().check(z.regex(TIME)), offset: z.string().check(z.regex(/^-?[0-9]+[dhms]?$/)) })).check(z.minLength(1)),
}));
export type Zone = z.infer<typeof ZoneSchema>;

export const zone = defineLine({
  type: 'z',
  what: 'time zone adjustments',
  ref: 'RFC 8866 §5.11',
  parse(value, ctx): Zone | undefined {
    const f = splitFields(value);
    if (f.length === 0 || f.length % 2 !== 0) {
      ctx.report('field-count', { what: 'z=', expected: 'pairs of `<time> <offset>`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    const adjustments: { time: string; offset: string }[] = [];
    for (let i = 0; i < f.length; i += 2) {
      const time = f[i]!;
      const offset = f[i + 1]!;
      if (!TIME.test(time)) {
        ctx.report('invalid-number', { field: 'the adjustment time', expected: 'a number of seconds', text: time }, ...fieldRange(value, i));
        return undefined;
      }
      if (!/^-?[0-9]+[dhms]?$/.test(offset)) {
        ctx.report('invalid-number', { field: 'the offset', expected: 'a signed time such as `-1h`', text: offset }, ...fieldRange(value, i + 1));
        return undefined;
      }
      adjustments.push({ time, offset });
    }
    return { adjustments };
  },
  write: (z) => z.adjustments.map((a) => `${a.time} ${a.offset}`).join(' '),
});
