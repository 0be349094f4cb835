import * as z from 'zod/mini';
import { defineAttribute, type FieldContext } from '../family.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * ptime-value = non-zero-int-or-real   (RFC 8866 §6.4, milliseconds of media per packet)
 * maxptime-value = non-zero-int-or-real (RFC 8866 §6.5)
 * framerate-value = non-zero-int-or-real (RFC 8866 §6.13, frames per second)
 */
const REAL = /^[0-9]+(\.[0-9]+)?$/;
/** Bounded so `String(n)` never switches to exponent form (which the grammar does not allow). */
export const PositiveRealSchema = /* @__PURE__ */ lazySchema(() => z.number().check(z.minimum(0.000001), z.maximum(1e9)));

function parsePositiveReal(what: string) {
  return (value: string, ctx: FieldContext): number | undefined => {
    const n = Number(value);
    if (!REAL.test(value) || n < 0.000001 || n > 1e9) {
      ctx.report('invalid-number', { field: what, expected: 'a positive number (at most 1e9)', text: value }, 0, value.length);
      return undefined;
    }
    return n;
  };
}

export const ptime = defineAttribute({
  names: ['ptime'],
  ref: 'RFC 8866 §6.4',
  levels: ['media'],
  syntax: '<milliseconds>',
  parse: parsePositiveReal('a=ptime'),
  write: (n) => String(n),
});

export const maxptime = defineAttribute({
  names: ['maxptime'],
  ref: 'RFC 8866 §6.5',
  levels: ['media'],
  syntax: '<milliseconds>',
  parse: parsePositiveReal('a=maxptime'),
  write: (n) => String(n),
});

export const framerate = defineAttribute({
  names: ['framerate'],
  ref: 'RFC 8866 §6.13',
  levels: ['media'],
  syntax: '<frames per second>',
  parse: parsePositiveReal('a=framerate'),
  write: (n) => String(n),
});
