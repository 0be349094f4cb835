import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A finding with a 1-based, end-exclusive range (endColumn points one past the last character). */
export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  hint: z.string().optional(),
  ref: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
