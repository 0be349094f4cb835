import * as z from 'zod/mini';
import { ENGINES, SET_CALLS } from '../../lint/engines.js';
import { lazySchema } from '../model/lazy-schema.js';

/** The severities, most severe first; the schema's enum is derived from this list. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = /* @__PURE__ */ lazySchema(() => z.enum(SEVERITIES));
export type Severity = z.infer<typeof SeveritySchema>;

/** A finding with a 1-based, end-exclusive range (endColumn points one past the last character). */
export const DiagnosticSchema = /* @__PURE__ */ lazySchema(() => z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  line: z.int().check(z.minimum(1)),
  column: z.int().check(z.minimum(1)),
  endLine: z.int().check(z.minimum(1)),
  endColumn: z.int().check(z.minimum(1)),
  hint: z.optional(z.string()),
  ref: z.optional(z.string()),
  /**
   * Lint only: the target engines that reject the description for this
   * reason (src/lint/engines.ts), with the call that fails, the engine's own
   * error text and where in its source the check lives. Absent when no
   * target rejects it (or the target is `rfc`).
   */
  rejectedBy: z.optional(z.array(z.object({
    engine: z.enum(ENGINES),
    call: z.enum(SET_CALLS),
    error: z.optional(z.string()),
    source: z.optional(z.string()),
  }))),
  /** Lint only: what a target engine's verdict depends on beyond the text (the local offer, earlier negotiations). */
  depends: z.optional(z.string()),
  /** Lines that show the finding, e.g. the line diff of a munged description (`-a=…`, `+a=…`). */
  details: z.optional(z.array(z.string())),
}));
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
