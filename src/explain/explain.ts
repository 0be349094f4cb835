import { parse } from '../parser/index.js';
import type { SdpDocument } from '../parser/model/document.js';
import { explainAttribute } from './attributes.js';
import { buildContext, sectionOfLine, type ExplainContext } from './context.js';
import { explainLineType } from './line-types.js';
import { explainUntyped } from './problems.js';
import type { Explained, ExplainOptions, LineExplanation } from './types.js';
import { explained } from './words.js';

/*
 * Walks the lines of a document and explains each one with what the rest of
 * the description tells about it. Knowledge lives in knowledge/*.ts as data;
 * the per-family modules assemble typed values into words.
 */

function toDocument(input: SdpDocument | string): SdpDocument {
  return typeof input === 'string' ? parse(input).document : input;
}

function explainBody(ctx: ExplainContext, index: number): Explained {
  const line = ctx.document.lines[index];
  if (line === undefined) return explained({ label: 'No line', summary: 'There is no such line', fields: [] });
  const section = sectionOfLine(ctx, index);
  if (line.type === '') return explainUntyped(line);
  if (line.type === 'a') return explainAttribute(line, ctx, section);
  return explainLineType(line, ctx, section);
}

function explainAt(ctx: ExplainContext, index: number): LineExplanation {
  const line = ctx.document.lines[index];
  let body: Explained;
  try {
    body = explainBody(ctx, index);
  } catch (error) {
    // A bug of ours must not take the whole explanation down: say so on this line.
    body = explained({
      label: 'Not explained',
      summary: `sdpkit failed to explain this line (${error instanceof Error ? error.message : String(error)}); please report it with the input`,
      fields: [],
      unknown: true,
    });
  }
  const sectionIndex = ctx.sectionOf[index] ?? -1;
  const out: LineExplanation = {
    line: line?.source?.line ?? index + 1,
    text: line?.source?.text ?? lineText(line),
    kind: sectionIndex < 0 ? 'session' : 'media',
    label: body.label,
    summary: body.summary,
    details: body.details,
    fields: body.fields,
  };
  if (sectionIndex >= 0) out.mediaIndex = sectionIndex;
  if (body.ref !== undefined) out.ref = body.ref;
  if (body.unknown === true) out.unknown = true;
  return out;
}

/** The text of a line built from plain objects (no source): `<type>=<name>:<raw>`. */
function lineText(line: SdpDocument['lines'][number] | undefined): string {
  if (line === undefined) return '';
  if (line.type === '') return line.raw ?? '';
  if (line.type === 'a') return `a=${line.name ?? ''}${line.raw !== undefined ? `:${line.raw}` : ''}`;
  return `${line.type}=${line.raw ?? ''}`;
}

/**
 * Explains every line of a description, in order: one entry per line, blank
 * and malformed lines included. Accepts a parsed document or SDP text (parsed
 * with `parse`). Never throws for a document `parse` returned.
 */
export function explain(document: SdpDocument | string, options: ExplainOptions = {}): LineExplanation[] {
  const ctx = buildContext(toDocument(document), options);
  const out: LineExplanation[] = [];
  for (let i = 0; i < ctx.document.lines.length; i++) out.push(explainAt(ctx, i));
  return out;
}

/**
 * Explains one line, by its 1-based line number, with the same context as
 * `explain`. Returns undefined when no line has that number.
 */
export function explainLine(document: SdpDocument | string, lineNumber: number, options: ExplainOptions = {}): LineExplanation | undefined {
  const doc = toDocument(document);
  let index = doc.lines.findIndex((l) => l.source?.line === lineNumber);
  if (index < 0 && Number.isInteger(lineNumber) && lineNumber >= 1 && lineNumber <= doc.lines.length && doc.lines[lineNumber - 1]?.source === undefined) index = lineNumber - 1;
  if (index < 0) return undefined;
  return explainAt(buildContext(doc, options), index);
}

/**
 * explainLine for many lines of one document (a view explaining the line under
 * the pointer): the context and the line-number index are built once, so each
 * call costs one line, not a pass over the document. The document must not be
 * edited while the function is in use.
 */
export function lineExplainer(document: SdpDocument | string, options: ExplainOptions = {}): (lineNumber: number) => LineExplanation | undefined {
  const doc = toDocument(document);
  let ctx: ReturnType<typeof buildContext> | undefined;
  let byNumber: Map<number, number> | undefined;
  return (lineNumber) => {
    if (byNumber === undefined) {
      byNumber = new Map();
      doc.lines.forEach((l, i) => {
        if (l.source !== undefined && !byNumber!.has(l.source.line)) byNumber!.set(l.source.line, i);
      });
    }
    let index = byNumber.get(lineNumber) ?? -1;
    if (index < 0 && Number.isInteger(lineNumber) && lineNumber >= 1 && lineNumber <= doc.lines.length && doc.lines[lineNumber - 1]?.source === undefined) index = lineNumber - 1;
    if (index < 0) return undefined;
    ctx ??= buildContext(doc, options);
    return explainAt(ctx, index);
  };
}
