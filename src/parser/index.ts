import type { Diagnostic } from './diagnostics/diagnostic.js';
import { DiagnosticCollector } from './diagnostics/collector.js';
import { buildModel } from './build/to-model.js';
import { sectionsOfLines } from './build/from-lines.js';
import { assembleDocument, SdpDocumentSchema, type SdpDocument } from './model/document.js';
import { candidate as candidateFamily, type Candidate } from './model/attributes/candidate.js';
import type { SdpLine } from './model/line.js';

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

export { createDocument, safeCreateDocument, SdpDocumentInputSchema } from './create.js';
export type { SdpDocumentInput } from './create.js';
export { SdpDocumentSchema };
