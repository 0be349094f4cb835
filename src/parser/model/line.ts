import * as z from 'zod/mini';
import type { AttributeValues } from './attributes/index.js';
import type { LineValues } from './lines/index.js';
import { lazySchema } from './lazy-schema.js';

/** Where a parsed line came from: its exact text, its end-of-line bytes and its position. */
export const LineSourceSchema = /* @__PURE__ */ lazySchema(() => z.object({
  /** The line as written, without its end-of-line. */
  text: z.string(),
  /** '\r\n', '\n', '\r', or '' for a last line without one. */
  eol: z.string(),
  /** 1-based line number. */
  line: z.int().check(z.minimum(1)),
  /** Offset (UTF-16 code units) of the line's first character in the input. */
  offset: z.int().check(z.minimum(0)),
}));
export type LineSource = z.infer<typeof LineSourceSchema>;

export type LineValue = AttributeValues[keyof AttributeValues] | LineValues[keyof LineValues];

/**
 * One line of a description: the lossless layer every view is built on.
 * - `type`: the type letter ('v', 'o', …, 'a', 'm'), or '' for a blank line
 *   or a line that is not `<type>=<value>`.
 * - `name`: for `a=` lines, the attribute name.
 * - `raw`: the value text after `<type>=` (after `<name>:` for attributes;
 *   absent for a property attribute like `a=rtcp-mux`); the whole text for a
 *   line without type.
 * - `value`: the typed value for known line types and attributes that parsed.
 * - `source`: present on parsed lines; `print` writes it back byte for byte.
 */
export const SdpLineSchema = /* @__PURE__ */ lazySchema(() => z.object({
  type: z.string().check(z.regex(/^[A-Za-z]?$/, 'one letter, or empty for a line without type')),
  name: z.optional(z.string().check(z.regex(/^[^:\r\n]*$/, 'no colon or line break'))),
  raw: z.optional(z.string().check(z.regex(/^[^\r\n]*$/, 'no line break'))),
  value: z.optional(z.custom<LineValue>()),
  source: z.optional(LineSourceSchema),
}));
export type SdpLine = z.infer<typeof SdpLineSchema>;

/** The typed value of an attribute line, when the line is that attribute and it parsed. */
export function attributeValue<N extends keyof AttributeValues>(line: SdpLine, name: N): AttributeValues[N] | undefined {
  return line.type === 'a' && line.name === name ? (line.value as AttributeValues[N] | undefined) : undefined;
}

/** The typed value of a non-attribute line of the given type, when it parsed. */
export function lineValue<T extends keyof LineValues>(line: SdpLine, type: T): LineValues[T] | undefined {
  return line.type === type ? (line.value as LineValues[T] | undefined) : undefined;
}
