import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * fmtp-value = fmt SP format-specific-params                (RFC 8866 §6.15)
 * The parameters are codec-defined. Nearly all use `key=value` separated by
 * `;` (RFC 7587, RFC 6184, …), some do not (telephone-event `0-15`, red
 * `111/111`): such a piece is kept as a key without value.
 */
export const FmtpParameterSchema = /* @__PURE__ */ lazySchema(() => z.object({ key: z.string(), value: z.optional(z.string()) }));
export type FmtpParameter = z.infer<typeof FmtpParameterSchema>;

export const FmtpSchema = /* @__PURE__ */ lazySchema(() => z.object({
  format: z.string().check(z.regex(/^[^ ]+$/, 'no space')),
  parameters: z.array(FmtpParameterSchema),
}));
export type Fmtp = z.infer<typeof FmtpSchema>;

export function parseFmtpParameters(text: string): FmtpParameter[] {
  const out: FmtpParameter[] = [];
  const n = text.length;
  let start = 0;
  while (start < n) {
    let end = text.indexOf(';', start);
    if (end < 0) end = n;
    const eq = text.indexOf('=', start);
    if (eq < 0 || eq > end) {
      const key = text.slice(start, end).trim();
      if (key !== '') out.push({ key });
    } else {
      out.push({ key: text.slice(start, eq).trim(), value: text.slice(eq + 1, end).trim() });
    }
    start = end + 1;
  }
  return out;
}

export const fmtp = defineAttribute({
  names: ['fmtp'],
  ref: 'RFC 8866 §6.15',
  levels: ['media'],
  syntax: '<format> <parameters>',
  parse(value, ctx): Fmtp | undefined {
    const sp = value.indexOf(' ');
    const format = sp < 0 ? value : value.slice(0, sp);
    if (format === '') {
      ctx.report('invalid-syntax', { what: 'a=fmtp', expected: '`<format> <parameters>`', text: value }, 0, value.length);
      return undefined;
    }
    return { format, parameters: sp < 0 ? [] : parseFmtpParameters(value.slice(sp + 1)) };
  },
  write: (f) => {
    const params = f.parameters.map((p) => (p.value === undefined ? p.key : `${p.key}=${p.value}`)).join(';');
    return params === '' ? f.format : `${f.format} ${params}`;
  },
});
