import { assembleDocument, type SdpDocument } from '../model/document.js';
import type { SdpLine } from '../model/line.js';
import { sectionsOfLines } from '../build/from-lines.js';
import { partSlots, type PartSlots } from '../grammar/slots.js';
import { lineText } from './line-text.js';

/*
 * The canonical writer: every line rebuilt from its typed value, CRLF
 * endings, and within each part the order of the grammar's rules (RFC 8866
 * §5; read from the grammar by partSlots):
 *   session: v o s i u e p c b t r z k a      media: m i c b k a
 * The sort is stable, so r= stays after its t=, attributes keep their order,
 * and a line of unknown type keeps its place after the line it followed.
 * Blank lines are dropped; lines without a type are kept (never silently lost).
 */
export function format(document: Pick<SdpDocument, 'lines'> & Partial<Pick<SdpDocument, 'session' | 'media'>>): string {
  let out = '';
  for (const [lines, kind] of parts(document)) {
    for (const line of sortPart(lines, partSlots(kind))) {
      if (line.type === '' && (line.raw ?? '') === '') continue;
      out += `${lineText(line)}\r\n`;
    }
  }
  return out;
}

/** The document's parts: its views when it has them, else the grammar's reading of its lines. */
function parts(document: Pick<SdpDocument, 'lines'> & Partial<Pick<SdpDocument, 'session' | 'media'>>): [readonly SdpLine[], 'session' | 'media'][] {
  if (document.session !== undefined && document.media !== undefined) {
    return [[document.session.lines, 'session'], ...document.media.map((m): [readonly SdpLine[], 'media'] => [m.lines, 'media'])];
  }
  // Lines alone (built by hand): the grammar's sections for them, as a parsed document would have.
  return parts(assembleDocument(document.lines, sectionsOfLines(document.lines)));
}

function sortPart(lines: readonly SdpLine[], { slots, index }: PartSlots): SdpLine[] {
  // A line without a slot (unknown type) takes the rank of the line before it.
  let current = 0;
  const keyed = lines.map((line, position) => {
    const slot = index.get(line.type);
    if (slot !== undefined) current = slots[slot]!.rank;
    return { line, position, rank: current };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.position - b.position);
  return keyed.map((k) => k.line);
}
