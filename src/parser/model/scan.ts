import type { FieldContext } from './family.js';

/*
 * Small helpers shared by the attribute families. The success path stays
 * cheap (split, one regex test per number); positions are only worked out
 * when something is reported.
 */

const DIGITS = /^[0-9]+$/;

/** Fields separated by one or more spaces or tabs (RFC 8866 uses single SP; runs are tolerated). */
export function splitFields(value: string): string[] {
  if (value === '') return [];
  if (
    value.indexOf('  ') < 0 &&
    value.indexOf('\t') < 0 &&
    value.charCodeAt(0) !== 32 &&
    value.charCodeAt(value.length - 1) !== 32
  ) {
    return value.split(' ');
  }
  return value.split(/[ \t]+/).filter((f) => f !== '');
}

/** [start, end) of the `index`-th field (as splitFields counts them) inside `value`. */
export function fieldRange(value: string, index: number): [number, number] {
  const re = /[^ \t]+/g;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(value)) !== null) {
    if (i === index) return [m.index, m.index + m[0].length];
    i++;
  }
  return [value.length, value.length];
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
 * Reads an unsigned integer field and checks its range. Returns undefined
 * (after reporting) when the text is not digits or out of range.
 */
export function readUint(
  ctx: FieldContext,
  text: string,
  range: [number, number],
  field: string,
  min: number,
  max: number,
): number | undefined {
  if (!DIGITS.test(text)) {
    ctx.report('invalid-number', { field, expected: `a whole number from ${min} to ${max}`, text }, range[0], range[1]);
    return undefined;
  }
  const n = Number(text);
  if (n < min || n > max) {
    ctx.report('number-out-of-range', { field, value: text, min, max }, range[0], range[1]);
    return undefined;
  }
  return n;
}

/** Reads field `index` of `fields` as an unsigned integer (see readUint). */
export function uintField(
  ctx: FieldContext,
  value: string,
  fields: readonly string[],
  index: number,
  field: string,
  min: number,
  max: number,
): number | undefined {
  const text = fields[index];
  if (text === undefined) return undefined;
  return readUint(ctx, text, fieldRange(value, index), field, min, max);
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
