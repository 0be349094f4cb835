import type { FieldContext } from './family.js';

/*
 * Small helpers shared by the attribute families. The success path stays
 * cheap (split, one regex test per number); positions are only worked out
 * when something is reported.
 */

const DIGITS = /^[0-9]+$/;

/**
 * Fields separated by one or more spaces (RFC 8866 uses single SP; runs are
 * tolerated). A tab is not a separator: it stays inside its field, where the
 * field's own check rejects it.
 */
export function splitFields(value: string): string[] {
  // indexOf + slice measured 1.4x (long lines) to 6x (two fields) faster than String.prototype.split here.
  const out: string[] = [];
  const n = value.length;
  let start = 0;
  for (;;) {
    const sp = value.indexOf(' ', start);
    if (sp < 0) {
      if (start < n) out.push(value.slice(start));
      return out;
    }
    if (sp > start) out.push(value.slice(start, sp));
    start = sp + 1;
  }
}

/** [start, end) of the `index`-th field (as splitFields counts them) inside `value`. */
export function fieldRange(value: string, index: number): [number, number] {
  const re = /[^ ]+/g;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(value)) !== null) {
    if (i === index) return [m.index, m.index + m[0].length];
    i++;
  }
  return [value.length, value.length];
}

/**
 * Start of field `index` (as splitFields gave `fields`) inside `value`. When
 * the fields before it are separated by single spaces, as in nearly all real
 * input, this is a sum of lengths; otherwise it falls back to a scan.
 */
export function fieldStart(value: string, fields: readonly string[], index: number): number {
  let at = 0;
  for (let i = 0; i < index; i++) {
    at += fields[i]!.length;
    if (value.charCodeAt(at) !== 32 || value.charCodeAt(at + 1) === 32) return fieldRange(value, index)[0];
    at++;
  }
  return value.charCodeAt(0) === 32 ? fieldRange(value, index)[0] : at;
}

/** [start, end) of the first occurrence of `needle` at or after `from`, or the whole value. */
export function textRange(value: string, needle: string, from = 0): [number, number] {
  const at = needle === '' ? -1 : value.indexOf(needle, from);
  return at < 0 ? [0, value.length] : [at, at + needle.length];
}

export function isUint(text: string): boolean {
  return DIGITS.test(text);
}

/**
 * The value of a digits-only string within [min, max], or -1 when it is not
 * digits, or -2 when out of range. No regex, no allocation: this runs for
 * nearly every field of every line.
 */
function uintValue(text: string, min: number, max: number): number {
  const n = text.length;
  if (n === 0) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  if (n > 15) v = Number(text); // past 2^53 the loop may round; Number is exact enough for a range check
  return v < min || v > max ? -2 : v;
}

function reportUint(ctx: FieldContext, problem: number, text: string, range: [number, number], field: string, min: number, max: number): undefined {
  if (problem === -1) ctx.report('invalid-number', { field, expected: `a whole number from ${min} to ${max}`, text }, range[0], range[1]);
  else ctx.report('number-out-of-range', { field, value: text, min, max }, range[0], range[1]);
  return undefined;
}

/**
 * Reads an unsigned integer and checks its range; on failure reports at
 * `start` (value-relative) and returns undefined.
 */
export function readUint(ctx: FieldContext, text: string, start: number, field: string, min: number, max: number): number | undefined {
  const v = uintValue(text, min, max);
  return v >= 0 ? v : reportUint(ctx, v, text, [start, start + text.length], field, min, max);
}

/** Like readUint for field `index` of `value`; the field's position is only worked out on failure. */
export function fieldUint(ctx: FieldContext, value: string, text: string, index: number, field: string, min: number, max: number): number | undefined {
  const v = uintValue(text, min, max);
  return v >= 0 ? v : reportUint(ctx, v, text, fieldRange(value, index), field, min, max);
}

/** Reports a wrong field count; returns false when the count is outside [min, max]. */
export function checkFieldCount(
  ctx: FieldContext,
  value: string,
  fields: readonly string[],
  what: string,
  expected: string,
  min: number,
  max: number,
): boolean {
  if (fields.length < min) {
    ctx.report('field-count', { what, expected, found: describeCount(fields.length) }, 0, value.length);
    return false;
  }
  if (fields.length > max) {
    const [start] = fieldRange(value, max);
    ctx.report('extra-field', { text: value.slice(start), what }, start, value.length);
    return false;
  }
  return true;
}

function describeCount(n: number): string {
  return n === 0 ? 'nothing' : n === 1 ? '1 field' : `${n} fields`;
}

/** RFC 8866 token (att-field, bwtype, …): visible ASCII minus a few separators. */
const TOKEN = /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/;
export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

/** IPv6 text form (RFC 4291 §2.2), with an optional zone (`%eth0`) and embedded IPv4 tail. */
export function isIPv6(text: string): boolean {
  const zone = text.indexOf('%');
  const addr = zone >= 0 ? text.slice(0, zone) : text;
  if (addr.length < 2 || !/^[0-9A-Fa-f:.]+$/.test(addr)) return false;
  let groups = addr.split(':');
  const last = groups[groups.length - 1] ?? '';
  let extra = 0;
  if (last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups = groups.slice(0, -1);
    groups.push('0');
    extra = 1; // an IPv4 tail stands for two groups
  }
  const double = addr.indexOf('::');
  if (double !== addr.lastIndexOf('::')) return false;
  if (double >= 0) {
    const filled = groups.filter((g) => g !== '').length + extra;
    if (filled > 7) return false;
    return groups.every((g, i) => g === '' ? true : /^[0-9A-Fa-f]{1,4}$/.test(g) || (extra === 1 && i === groups.length - 1));
  }
  return groups.length + extra === 8 && groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g));
}
