import type { DiagnosticCode, MessageParams } from '../diagnostics/codes.js';

/** Where an attribute may appear (RFC 8866 §6: "session-level", "media-level", or both). */
export type Level = 'session' | 'media';

/**
 * Reports problems found inside one value. Offsets are relative to the start
 * of the value string handed to `parse`; the caller maps them to line:column.
 */
export interface FieldContext {
  report(code: DiagnosticCode, params: MessageParams, start: number, end: number): void;
}

/**
 * One attribute family: the ABNF lives in the module's comment, `parse` and
 * `write` sit side by side so `write(parse(x))` can be checked for every family.
 * The family's zod schema lives in the same module but not in this object: the
 * parser reads these objects, and a schema reachable from them would put zod in
 * every bundle that parses. createDocument finds the schemas in `schemas.ts`.
 *
 * Schemas are built on first use, inside `/* @__PURE__ *\/ lazySchema(() => …)`
 * (lazy-schema.ts): importing the library builds none of them, and esbuild
 * drops the unused ones (it honours zod's `@__NO_SIDE_EFFECTS__` only within
 * zod's own files, evanw/esbuild#4369, hence the annotation).
 */
export interface AttributeFamily<T = unknown, N extends string = string> {
  readonly names: readonly N[];
  readonly ref: string;
  readonly levels: readonly Level[];
  /** The value syntax in words, quoted by "needs a value" diagnostics. */
  readonly syntax: string;
  parse(value: string, ctx: FieldContext): T | undefined;
  write(value: T): string;
}

/** A property attribute (`a=rtcp-mux`): no value at all. */
export interface FlagFamily<N extends string = string> {
  readonly names: readonly N[];
  readonly ref: string;
  readonly levels: readonly Level[];
  readonly flag: true;
}

/** A line type other than `a=` (v o s i u e p c b t r z k m). */
export interface LineFamily<T = unknown, L extends string = string> {
  readonly type: L;
  /** What the line is, in words ("origin"), for messages. */
  readonly what: string;
  readonly ref: string;
  parse(value: string, ctx: FieldContext): T | undefined;
  write(value: T): string;
}

export function defineAttribute<T, const N extends string>(family: AttributeFamily<T, N>): AttributeFamily<T, N> {
  return family;
}

export function defineFlag<const N extends string>(family: Omit<FlagFamily<N>, 'flag'>): FlagFamily<N> {
  return { ...family, flag: true };
}

export function defineLine<T, const L extends string>(family: LineFamily<T, L>): LineFamily<T, L> {
  return family;
}
