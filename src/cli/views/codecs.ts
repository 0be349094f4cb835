import { sectionLabel, type CodecRef, type OfferAnswerDiff, type SdpDocument } from '../../index.js';
import { row, table, type Row } from './rows.js';

/*
 * The codec table: offer against answer per m-section, from the diff's
 * codec matching (by name, clock and identifying parameters, not by payload
 * type number); or one description's codecs when there is no answer.
 */

function ref(c: CodecRef): string {
  return `${c.payloadType} ${c.label}`;
}

export function codecRows(diff: OfferAnswerDiff): Row[] {
  const rows: Row[] = [];
  for (const s of diff.sections) {
    const name = sectionLabel(s);
    if (rows.length > 0) rows.push(row(''));
    if (s.codecs === undefined) {
      rows.push(row(`${name}: ${s.status === 'accepted' ? 'no RTP codecs' : s.status}`, 'heading'));
      continue;
    }
    rows.push(row(name, 'heading', s.offerLine === undefined ? undefined : { side: 0, line: s.offerLine }));
    const cells: string[][] = [['  offer', 'answer', '', '']];
    const meta: Row[] = [row('', 'dim')];
    for (const a of s.codecs.accepted) {
      const notes = [a.offer.variant, a.remapped ? `payload type ${a.offer.payloadType} → ${a.answer.payloadType}` : undefined, ...a.notes];
      cells.push([`  ${ref(a.offer)}`, ref(a.answer), 'accepted', notes.filter((x) => x !== undefined && x !== '').join('; ')]);
      meta.push(row('', 'ok', a.answer.line === undefined ? undefined : { side: 1, line: a.answer.line }));
    }
    for (const d of s.codecs.dropped) {
      cells.push([`  ${ref(d.offer)}`, '-', 'dropped', d.reason]);
      meta.push(row('', 'dim', d.offer.line === undefined ? undefined : { side: 0, line: d.offer.line }));
    }
    for (const a of s.codecs.added) {
      cells.push(['  -', ref(a.answer), 'added', `not offered${a.answer.variant === undefined ? '' : ` (${a.answer.variant})`}`]);
      meta.push(row('', 'error', a.answer.line === undefined ? undefined : { side: 1, line: a.answer.line }));
    }
    table(cells).forEach((text, i) => rows.push({ ...meta[i]!, text }));
  }
  return rows;
}

/** One description's codecs per m-section (no answer to compare with). */
export function documentCodecRows(document: SdpDocument, side = 0): Row[] {
  const rows: Row[] = [];
  for (const m of document.media) {
    if (rows.length > 0) rows.push(row(''));
    const first = m.lines[0]?.source?.line;
    rows.push(row(`${sectionLabel(m)}: ${m.codecs.length} codecs`, 'heading', first === undefined ? undefined : { side, line: first }));
    const cells = m.codecs.map((c) => [
      `  ${c.payloadType}`,
      `${c.name}/${c.clockRate}${c.channels === undefined ? '' : `/${c.channels}`}`,
      Object.entries(c.parameters).map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join(';'),
      c.feedback.map((f) => [f.type, f.subtype].filter((x) => x !== undefined).join(' ')).join(', '),
    ]);
    for (const text of table(cells)) rows.push(row(text));
  }
  return rows;
}
