import * as z from 'zod/mini';
import english from 'zod/v4/locales/en.js';
import { DiagnosticCollector } from './diagnostics/collector.js';
import { attributeFamily, isFlagFamily } from './model/attributes/index.js';
import { assembleDocument, type SdpDocument } from './model/document.js';
import { sectionsOfLines } from './build/from-lines.js';
import { sameValue } from './model/equal.js';
import { SdpLineSchema, type SdpLine } from './model/line.js';
import { lineFamily } from './model/lines/index.js';
import { attributeSchema, lineSchema } from './model/schemas.js';
import { lazySchema } from './model/lazy-schema.js';

/*
 * Building a document from plain objects: the one path that validates with
 * zod. It is its own module so that a bundle which only parses and prints
 * leaves it, the schemas and zod out.
 */

/*
 * zod/mini ships no messages ("Invalid input" for every built-in check);
 * classic zod installed English ones globally. English is passed per call
 * instead, so createDocument's messages stay readable ("Too small: expected
 * number to be >=1") without changing the caller's own zod configuration.
 */
const PARSE_OPTIONS = /* @__PURE__ */ lazySchema(() => ({ error: english().localeError }));

/** Input accepted by createDocument: the lines, each with a typed value or raw text. */
export const SdpDocumentInputSchema = /* @__PURE__ */ lazySchema(() => z.object({ lines: z.array(SdpLineSchema) }).check(z.superRefine((doc, ctx) => {
  doc.lines.forEach((line, i) => {
    for (const issue of lineValueIssues(line, ['lines', i])) ctx.addIssue(issue as never);
  });
})));

/** One problem with a line's typed value, with its path (zod's issue shape). */
export interface LineValueIssue {
  readonly code: string;
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * What is wrong with a line's typed value, each with its path under `at`:
 * the family's zod schema, then whether the writer's text reads back as the
 * same value. The one check for building (createDocument) and editing.
 */
export function lineValueIssues(line: Pick<SdpLine, 'type' | 'name' | 'value'>, at: readonly (string | number)[]): LineValueIssue[] {
  if (line.value === undefined) return [];
  const family = line.type === 'a' ? attributeFamily(line.name ?? '') : lineFamily(line.type);
  const schema = line.type === 'a' ? attributeSchema(line.name ?? '') : lineSchema(line.type);
  if (family === undefined || schema === undefined || ('flag' in family && isFlagFamily(family))) {
    return [{ code: 'custom', path: [...at, 'value'], message: `no typed value exists for ${line.type === 'a' ? `a=${line.name ?? ''}` : `${line.type}=`}` }];
  }
  const result = schema.safeParse(line.value, PARSE_OPTIONS);
  if (!result.success) return result.error.issues.map((issue) => ({ ...issue, path: [...at, 'value', ...issue.path] }) as LineValueIssue);
  const problem = roundTripProblem(family, result.data);
  return problem === undefined ? [] : [{ code: 'custom', path: [...at, 'value'], message: problem }];
}

/**
 * A typed value is only accepted when the writer can spell it and the parser
 * reads the same value back: no line break smuggled into a string (it would
 * write extra lines), no number the grammar cannot express, no shape the
 * writer cannot represent. Returns what goes wrong, in words.
 */
function roundTripProblem(family: { parse(v: string, ctx: DiagnosticCollector): unknown; write(v: never): string }, value: unknown): string | undefined {
  const text = family.write(value as never);
  if (/[\r\n]/.test(text)) return 'the value contains a line break, which would write extra SDP lines';
  const collector = new DiagnosticCollector();
  const back = family.parse(text, collector.at(1, 1));
  if (sameValue(back, value)) return undefined;
  // The parser may keep a value it also reported (a c= with an unknown network type):
  // such a value is accepted, as parse would produce it; anything else is not.
  const problem = collector.diagnostics.find((d) => d.severity !== 'info');
  return problem !== undefined
    ? `written as \`${text}\`, which does not read back: ${problem.message}`
    : `written as \`${text}\`, which reads back as a different value`;
}
export type SdpDocumentInput = z.input<typeof SdpDocumentInputSchema>;

/**
 * Builds a document from plain objects (for example, edited lines or JSON),
 * validating every line and typed value. Throws a zod error (`z.core.$ZodError`
 * from `zod/mini`) whose issues name the path (`lines.3.value.clockRate`) when
 * the input is not valid.
 */
export function createDocument(input: unknown): SdpDocument {
  const { lines } = SdpDocumentInputSchema.parse(input, PARSE_OPTIONS);
  return assembleDocument(lines as SdpLine[], sectionsOfLines(lines as SdpLine[]));
}

/** Like createDocument, but returns the zod result instead of throwing. */
export function safeCreateDocument(input: unknown): { success: true; document: SdpDocument } | { success: false; error: z.core.$ZodError } {
  const r = SdpDocumentInputSchema.safeParse(input, PARSE_OPTIONS);
  return r.success ? { success: true, document: assembleDocument(r.data.lines as SdpLine[], sectionsOfLines(r.data.lines as SdpLine[])) } : { success: false, error: r.error };
}
