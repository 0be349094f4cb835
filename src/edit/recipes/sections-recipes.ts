import type { Group } from '../../parser/model/attributes/group.js';
import type { Rid } from '../../parser/model/attributes/rid.js';
import type { SdpDocument } from '../../parser/model/document.js';
import type { MediaLine } from '../../parser/model/lines/media.js';
import { edit, type EditOp, type EditResult } from '../edit.js';
import { linesWhere, selectMedia, type SectionSelector } from '../sections.js';

/**
 * Rejects the selected media descriptions (RFC 3264 §6: port 0). A rejected
 * section leaves its BUNDLE group and loses a=bundle-only (RFC 8843 §7.3.3,
 * §6.1); its a=mid stays (RFC 9429 §5.3.1 keeps the mid of a rejected
 * section in an answer).
 */
export function rejectSection(document: SdpDocument, section: SectionSelector): EditResult {
  const chosen = selectMedia(document, section).filter((s) => s.media.port !== 0);
  const mids = new Set(chosen.flatMap((s) => (s.media.mid === undefined ? [] : [s.media.mid])));
  const ops: EditOp[] = [];
  for (const s of chosen) {
    const m = document.lines[s.start]!.value as MediaLine | undefined;
    if (m === undefined) continue;
    const { portCount: _count, ...rest } = m;
    ops.push({ op: 'replace', line: s.start, with: { type: 'm', value: { ...rest, port: 0 } } });
    for (const i of linesWhere(s, (l) => l.type === 'a' && l.name === 'bundle-only')) ops.push({ op: 'remove', line: i });
  }
  document.session.lines.forEach((l, i) => {
    const g = l.type === 'a' && l.name === 'group' ? (l.value as Group | undefined) : undefined;
    if (g === undefined || g.semantics.toUpperCase() !== 'BUNDLE' || !g.mids.some((mid) => mids.has(mid))) return;
    const left = g.mids.filter((mid) => !mids.has(mid));
    ops.push(left.length === 0 ? { op: 'remove', line: i } : { op: 'replace', line: i, with: { type: 'a', name: 'group', value: { ...g, mids: left } } });
  });
  return edit(document, ops);
}

const RID_URI = 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id';
const REPAIRED_RID_URI = 'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id';

/**
 * Simulcast in the send direction (RFC 8853): an a=rid:<id> send per layer
 * and `a=simulcast:send id1;id2;…`, plus the RID header extensions (RFC 8852)
 * when the section has not got them, with ids unused in the description.
 * Replaces any simulcast and rid lines the section had.
 */
export function addSimulcast(document: SdpDocument, section: SectionSelector, rids: readonly string[]): EditResult {
  const ops: EditOp[] = [];
  const used = new Set(document.lines.flatMap((l) => (l.type === 'a' && l.name === 'extmap' ? [(l.value as { id: number } | undefined)?.id] : [])));
  const freeId = (): number => {
    let id = 1;
    while (used.has(id)) id++;
    used.add(id);
    return id;
  };
  for (const s of selectMedia(document, section).filter((x) => x.media.port !== 0)) {
    for (const i of linesWhere(s, (l) => l.type === 'a' && (l.name === 'rid' || l.name === 'simulcast'))) ops.push({ op: 'remove', line: i });
    for (const uri of [RID_URI, REPAIRED_RID_URI]) {
      if (!s.media.extmaps.some((e) => e.uri === uri)) ops.push({ op: 'insert', in: { media: s.index }, line: { type: 'a', name: 'extmap', value: { id: freeId(), uri } } });
    }
    for (const id of rids) {
      const rid: Rid = { id, direction: 'send', restrictions: [] };
      ops.push({ op: 'insert', in: { media: s.index }, line: { type: 'a', name: 'rid', value: rid } });
    }
    ops.push({
      op: 'insert',
      in: { media: s.index },
      line: { type: 'a', name: 'simulcast', value: { directions: [{ direction: 'send', streams: rids.map((rid) => [{ rid, paused: false }]) }] } },
    });
  }
  return edit(document, ops);
}

/** Removes simulcast (a=simulcast and a=rid lines) from the selected sections. */
export function removeSimulcast(document: SdpDocument, section: SectionSelector): EditResult {
  const ops = selectMedia(document, section).flatMap((s) =>
    linesWhere(s, (l) => l.type === 'a' && (l.name === 'rid' || l.name === 'simulcast')).map((line): EditOp => ({ op: 'remove', line })),
  );
  return edit(document, ops);
}
