import type { Codec, Media } from '../../parser/model/media.js';
import type { SdpDocument } from '../../parser/model/document.js';
import type { MediaLine } from '../../parser/model/lines/media.js';
import type { Rid } from '../../parser/model/attributes/rid.js';
import { edit, formatOfLine, type EditOp, type EditResult } from '../edit.js';
import { linesWhere, selectMedia, type SectionSelector } from '../sections.js';

/*
 * Codec recipes. A codec is all of its payload type's lines: its format on
 * the m= line, a=rtpmap, a=fmtp, a=rtcp-fb. Removing a codec also removes
 * what exists only for it: its retransmission payload types (rtx with
 * `apt=` it, RFC 4588 §8.6), a RED payload type whose every redundant
 * encoding is it (RFC 2198 §5 fmtp `111/111`), and ulpfec/flexfec when no
 * media codec is left to protect.
 */

/**
 * A codec by name (case-insensitive, `opus`, `H264`), by name and fmtp
 * parameters that must all match (`{ name: 'H264', parameters: { 'profile-level-id': '42e01f' } }`;
 * values compared case-insensitively), or by payload type.
 */
export type CodecMatch = string | number | { name: string; parameters?: Readonly<Record<string, string>> };

const lower = (s: string): string => s.toLowerCase();
const REPAIR = new Set(['rtx', 'red', 'ulpfec', 'flexfec', 'flexfec-03']);

export function codecMatches(codec: Codec, match: CodecMatch): boolean {
  if (typeof match === 'number') return codec.payloadType === match;
  const name = typeof match === 'string' ? match : match.name;
  if (lower(codec.name) !== lower(name)) return false;
  if (typeof match === 'string' || match.parameters === undefined) return true;
  return Object.entries(match.parameters).every(([k, v]) => lower(codec.parameters[k] ?? '') === lower(v));
}

/** The payload types that exist only for the codecs in `removed` (rtx, RED of them alone, FEC with nothing to protect). */
function dependents(media: Media, removed: ReadonlySet<number>): Set<number> {
  const out = new Set(removed);
  for (const c of media.codecs) {
    const n = lower(c.name);
    if (n === 'red') {
      const protectedTypes = Object.keys(c.parameters).flatMap((k) => k.split('/')).map(Number).filter((pt) => Number.isInteger(pt));
      if (protectedTypes.length > 0 && protectedTypes.every((pt) => out.has(pt))) out.add(c.payloadType);
    }
  }
  const mediaLeft = media.codecs.some((c) => !out.has(c.payloadType) && !REPAIR.has(lower(c.name)));
  for (const c of media.codecs) {
    const n = lower(c.name);
    if ((n === 'ulpfec' || n.startsWith('flexfec')) && !mediaLeft) out.add(c.payloadType);
  }
  for (const c of media.codecs) {
    if (lower(c.name) === 'rtx' && out.has(Number(c.parameters['apt']))) out.add(c.payloadType);
  }
  return out;
}

/** The operations that remove payload types `types` from one media description. */
function removalOps(document: SdpDocument, selected: ReturnType<typeof selectMedia>[number], types: ReadonlySet<number>): EditOp[] {
  if (types.size === 0) return [];
  const { media, start } = selected;
  const formats = media.formats.filter((f) => !types.has(Number(f)));
  if (formats.length === 0) {
    throw new RangeError(`removing ${[...types].join(', ')} would leave m-section ${selected.index + 1} (${media.kind}${media.mid === undefined ? '' : `, mid ${media.mid}`}) without a format; reject the section instead`);
  }
  const mLine = document.lines[start]!.value as MediaLine | undefined;
  if (mLine === undefined) return []; // an m= line that did not parse: its formats are unknown
  const ops: EditOp[] = [{ op: 'replace', line: start, with: { type: 'm', value: { ...mLine, formats } } }];
  for (const i of linesWhere(selected, (l) => {
    const format = formatOfLine(l);
    return format !== undefined && /^\d+$/.test(format) && types.has(Number(format));
  })) {
    ops.push({ op: 'remove', line: i });
  }
  // a=rid restricted to payload types (RFC 8851 §4: `pt=`): the removed ones leave the list, and an
  // emptied list leaves the rid unrestricted by payload type rather than naming a type that is gone.
  for (const i of linesWhere(selected, (l) => l.type === 'a' && l.name === 'rid' && (l.value as Rid | undefined)?.payloadTypes !== undefined)) {
    const rid = document.lines[i]!.value as Rid;
    const left = rid.payloadTypes!.filter((pt) => !types.has(Number(pt)));
    if (left.length === rid.payloadTypes!.length) continue;
    const { payloadTypes: _gone, ...rest } = rid;
    ops.push({ op: 'replace', line: i, with: { type: 'a', name: 'rid', value: left.length > 0 ? { ...rest, payloadTypes: left } : rest } });
  }
  return ops;
}

function isRtp(media: Media): boolean {
  return media.protocol.toUpperCase().includes('RTP');
}

/** Removes the matching codecs (and what exists only for them) from the selected sections. */
export function removeCodecs(document: SdpDocument, section: SectionSelector, match: CodecMatch): EditResult {
  const ops = selectMedia(document, section).filter((s) => isRtp(s.media)).flatMap((s) => {
    const direct = new Set(s.media.codecs.filter((c) => codecMatches(c, match)).map((c) => c.payloadType));
    return direct.size === 0 ? [] : removalOps(document, s, dependents(s.media, direct));
  });
  return edit(document, ops);
}

/** Keeps only the matching codecs (with their rtx, RED and FEC) in the selected sections. */
export function keepCodecs(document: SdpDocument, section: SectionSelector, match: CodecMatch): EditResult {
  const ops = selectMedia(document, section).filter((s) => isRtp(s.media)).flatMap((s) => {
    const kept = s.media.codecs.filter((c) => codecMatches(c, match));
    if (kept.length === 0) return [];
    const others = new Set(s.media.codecs.filter((c) => !REPAIR.has(lower(c.name)) && !kept.includes(c)).map((c) => c.payloadType));
    return removalOps(document, s, dependents(s.media, others));
  });
  return edit(document, ops);
}

/** Moves the matching codecs' payload types to the front of the m= line (the answerer's preference order, RFC 3264 §6.1). */
export function preferCodecs(document: SdpDocument, section: SectionSelector, match: CodecMatch): EditResult {
  const ops = selectMedia(document, section).filter((s) => isRtp(s.media)).flatMap((s): EditOp[] => {
    const first = new Set(s.media.codecs.filter((c) => codecMatches(c, match)).map((c) => String(c.payloadType)));
    if (first.size === 0) return [];
    const formats = [...s.media.formats.filter((f) => first.has(f)), ...s.media.formats.filter((f) => !first.has(f))];
    if (formats.every((f, i) => f === s.media.formats[i])) return [];
    const mLine = document.lines[s.start]!.value as MediaLine | undefined;
    return mLine === undefined ? [] : [{ op: 'replace', line: s.start, with: { type: 'm', value: { ...mLine, formats } } }];
  });
  return edit(document, ops);
}

/**
 * Adds a codec to the selected sections (as the `codecs` view describes one):
 * its payload type at the end of the m= line, its a=rtpmap, its a=fmtp when it
 * has parameters, and its a=rtcp-fb lines, placed after the other codecs'
 * lines. A section that already has the payload type is left alone.
 */
export function addCodec(document: SdpDocument, section: SectionSelector, codec: Codec): EditResult {
  const ops: EditOp[] = [];
  for (const s of selectMedia(document, section).filter((x) => isRtp(x.media))) {
    const pt = String(codec.payloadType);
    const mLine = document.lines[s.start]!.value as MediaLine | undefined;
    if (mLine === undefined || s.media.formats.includes(pt)) continue;
    ops.push({ op: 'replace', line: s.start, with: { type: 'm', value: { ...mLine, formats: [...mLine.formats, pt] } } });
    const at = { media: s.index };
    if (!codec.static) {
      const rtpmap = codec.channels === undefined ? { payloadType: codec.payloadType, encodingName: codec.name, clockRate: codec.clockRate } : { payloadType: codec.payloadType, encodingName: codec.name, clockRate: codec.clockRate, channels: codec.channels };
      ops.push({ op: 'insert', in: at, line: { type: 'a', name: 'rtpmap', value: rtpmap } });
    }
    // Feedback the section gives every codec (`a=rtcp-fb:*`, RFC 4585 §4.2) is in the view but needs no line of its own.
    const wildcard = linesWhere(s, (l) => l.name === 'rtcp-fb' && formatOfLine(l) === '*')
      .map((i) => document.lines[i]!.value as { type: string; subtype?: string; parameters?: string });
    const same = (a: Codec['feedback'][number], b: Codec['feedback'][number]): boolean => a.type === b.type && a.subtype === b.subtype && a.parameters === b.parameters;
    for (const fb of codec.feedback) {
      if (wildcard.some((w) => same(w, fb))) continue;
      ops.push({ op: 'insert', in: at, line: { type: 'a', name: 'rtcp-fb', value: { payloadType: codec.payloadType, ...fb } } });
    }
    const parameters = Object.entries(codec.parameters).map(([key, value]) => (value === '' ? { key } : { key, value }));
    if (parameters.length > 0) ops.push({ op: 'insert', in: at, line: { type: 'a', name: 'fmtp', value: { format: pt, parameters } } });
  }
  return edit(document, ops);
}
