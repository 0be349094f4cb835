import type { SdpDocument } from '../model/document.js';
import type { SdpLine } from '../model/line.js';
import { lineText } from './line-text.js';

/*
 * The canonical writer: every line rebuilt from its typed value, CRLF
 * endings, and RFC 8866 order within each section (§5):
 *   session: v o s i u e p c b t r z k a      media: m i c b k a
 * The sort is stable, so r= stays after its t=, attributes keep their order,
 * and a line of unknown type keeps its place after the line it followed.
 * Blank lines are dropped; lines without a type are kept (never silently lost).
 */
const SESSION_RANK: Readonly<Record<string, number>> = { v: 0, o: 1, s: 2, i: 3, u: 4, e: 5, p: 6, c: 7, b: 8, t: 9, r: 9, z: 10, k: 11, a: 12 };
const MEDIA_RANK: Readonly<Record<string, number>> = { m: 0, i: 1, c: 2, b: 3, k: 4, a: 5 };

export function format(document: Pick<SdpDocument, 'lines'>): string {
  const sections: SdpLine[][] = [[]];
  for (const line of document.lines) {
    if (line.type === 'm') sections.push([line]);
    else if (!(line.type === '' && (line.raw ?? '') === '')) sections[sections.length - 1]!.push(line);
  }
  let out = '';
  sections.forEach((lines, i) => {
    for (const line of sortSection(lines, i === 0 ? SESSION_RANK : MEDIA_RANK)) out += `${lineText(line)}\r\n`;
  });
  return out;
}

function sortSection(lines: readonly SdpLine[], ranks: Readonly<Record<string, number>>): SdpLine[] {
  // t= and r= form groups: keep each t= with its r= lines by sorting on the group's rank.
  let current = 0;
  const keyed = lines.map((line, index) => {
    const rank = ranks[line.type];
    if (rank !== undefined) current = rank;
    return { line, index, rank: current };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return keyed.map((k) => k.line);
}
