import type { Diagnostic } from './diagnostics/diagnostic.js';
import { DiagnosticCollector } from './diagnostics/collector.js';
import { buildModel } from './build/to-model.js';
import { sectionsOfLines } from './build/from-lines.js';
import { assembleDocument, SdpDocumentSchema, type SdpDocument } from './model/document.js';
import { candidate as candidateFamily, type Candidate } from './model/attributes/candidate.js';
import { SdpLineSchema, type SdpLine } from './model/line.js';
import { attributeFamily, isFlagFamily } from './model/attributes/index.js';
import { lineFamily } from './model/lines/index.js';
import { z } from 'zod';
import { sameValue } from './model/equal.js';

export interface ParseResult {
  document: SdpDocument;
  diagnostics: Diagnostic[];
}

/**
 * Parses any string into a document and its diagnostics. Never throws: bad
 * input gives diagnostics, and `print(document)` gives the input back.
 */
export function parse(text: string): ParseResult {
  try {
    const { lines, sections, diagnostics } = buildModel(String(text));
    return { document: assembleDocument(lines, sections), diagnostics: diagnostics.finish() };
  } catch (error) {
    // A bug of ours must not become the caller's crash: keep the text as one
    // untyped line per input line and say what happened.
    return fallback(String(text), error);
  }
}

function fallback(text: string, error: unknown): ParseResult {
  const lines: SdpLine[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text)) !== null && m.index < text.length) {
    lines.push({ type: '', raw: m[1]!, source: { text: m[1]!, eol: m[2]!, line: ++n, offset: m.index } });
    if (m[0] === '') re.lastIndex++;
  }
  const diags = new DiagnosticCollector();
  diags.add('internal-error', { message: error instanceof Error ? error.message : String(error) }, 1, 1, 1, 1);
  return { document: assembleDocument(lines, sectionsOfLines(lines)), diagnostics: diags.diagnostics };
}

/**
 * Parses one ICE candidate: `a=candidate:…`, `candidate:…` (as in
 * RTCIceCandidate.candidate) or the bare value.
 */
export function parseCandidate(text: string): { candidate?: Candidate; diagnostics: Diagnostic[] } {
  const diags = new DiagnosticCollector();
  const input = String(text);
  let skip = 0;
  if (input.startsWith('a=candidate:')) skip = 12;
  else if (input.startsWith('candidate:')) skip = 10;
  let value = input.slice(skip);
  const trimmedEnd = value.replace(/[\r\n]+$/, '');
  value = trimmedEnd;
  const candidate = candidateFamily.parse(value, diags.at(1, skip + 1));
  return candidate === undefined ? { diagnostics: diags.diagnostics } : { candidate, diagnostics: diags.diagnostics };
}

/** Input accepted by createDocument: the lines, each with a typed value or raw text. */
export const SdpDocumentInputSchema = z.object({ lines: z.array(SdpLineSchema) }).superRefine((doc, ctx) => {
  doc.lines.forEach((line, i) => {
    if (line.value === undefined) return;
    const family = line.type === 'a' ? attributeFamily(line.name ?? '') : lineFamily(line.type);
    if (family === undefined || ('flag' in family && isFlagFamily(family))) {
      ctx.addIssue({ code: 'custom', path: ['lines', i, 'value'], message: `no typed value exists for ${line.type === 'a' ? `a=${line.name ?? ''}` : `${line.type}=`}` });
      return;
    }
    const result = family.schema.safeParse(line.value);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['lines', i, 'value', ...issue.path] } as never);
      return;
    }
    const problem = roundTripProblem(family, result.data);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['lines', i, 'value'], message: problem });
  });
});

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
 * validating every line and typed value. Throws a ZodError whose issues name
 * the path (`lines.3.value.clockRate`) when the input is not valid.
 */
export function createDocument(input: unknown): SdpDocument {
  const { lines } = SdpDocumentInputSchema.parse(input);
  return assembleDocument(lines as SdpLine[], sectionsOfLines(lines as SdpLine[]));
}

/** Like createDocument, but returns the zod result instead of throwing. */
export function safeCreateDocument(input: unknown): { success: true; document: SdpDocument } | { success: false; error: z.ZodError } {
  const r = SdpDocumentInputSchema.safeParse(input);
  return r.success ? { success: true, document: assembleDocument(r.data.lines as SdpLine[], sectionsOfLines(r.data.lines as SdpLine[])) } : { success: false, error: r.error };
}

export { SdpDocumentSchema };
