import * as z from 'zod/mini';
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
}));
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
