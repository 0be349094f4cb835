import type { SdpDocument } from '../parser/model/document.js';
import type { SdpLine } from '../parser/model/line.js';
import type { Media } from '../parser/model/media.js';
import { sectionName as nameOfSection } from '../parser/model/section-name.js';
import type { AttributeValues } from '../parser/model/attributes/index.js';
import { staticPayloadTypes } from '../parser/model/static-payloads.js';
import type { ExplainOptions } from './types.js';

/** A codec as named by an m-section: from its a=rtpmap, or from RFC 3551's static table. */
export interface NamedCodec {
  name: string;
  clockRate: number;
  channels?: number;
  static: boolean;
}

export interface SectionContext {
  index: number;
  media: Media;
  /** The first a=rtpmap of each payload type in the section (RFC 8866 §6.6). */
  rtpmaps: Map<number, AttributeValues['rtpmap']>;
  /** The first a=fmtp of each format in the section. */
  fmtps: Map<string, AttributeValues['fmtp']>;
}

/**
 * What an explainer may know beyond its own line: the section a line is in,
 * the codecs of that section, the mids and the BUNDLE groups.
 */
export interface ExplainContext {
  document: SdpDocument;
  options: ExplainOptions;
  /** Section index of each line (by position in document.lines), -1 for session lines. */
  sectionOf: number[];
  sections: SectionContext[];
  /** mid → section index (the first section with that mid). */
  midIndex: Map<string, number>;
}

export function buildContext(document: SdpDocument, options: ExplainOptions): ExplainContext {
  // The parser's sections, in line order: the session part, then each media description.
  const sectionOf: number[] = new Array<number>(document.session.lines.length).fill(-1);
  document.media.forEach((media, index) => {
    for (let i = 0; i < media.lines.length; i++) sectionOf.push(index);
  });
  const sections: SectionContext[] = document.media.map((media, index) => {
    const rtpmaps = new Map<number, AttributeValues['rtpmap']>();
    const fmtps = new Map<string, AttributeValues['fmtp']>();
    for (const line of media.lines) {
      if (line.type !== 'a' || line.value === undefined) continue;
      if (line.name === 'rtpmap') {
        const r = line.value as AttributeValues['rtpmap'];
        if (!rtpmaps.has(r.payloadType)) rtpmaps.set(r.payloadType, r);
      } else if (line.name === 'fmtp') {
        const f = line.value as AttributeValues['fmtp'];
        if (!fmtps.has(f.format)) fmtps.set(f.format, f);
      }
    }
    return { index, media, rtpmaps, fmtps };
  });
  const midIndex = new Map<string, number>();
  for (const s of sections) if (s.media.mid !== undefined && !midIndex.has(s.media.mid)) midIndex.set(s.media.mid, s.index);
  return { document, options, sectionOf, sections, midIndex };
}

/** Reads a payload type written as a format or rtcp-fb field ("96"), or undefined. */
export function payloadTypeNumber(text: string): number | undefined {
  if (!/^[0-9]{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 127 ? n : undefined;
}

/** The codec a payload type names in a section: its a=rtpmap, else the static table (RFC 3551 §6). */
export function codecOf(section: SectionContext | undefined, payloadType: string | number): NamedCodec | undefined {
  const pt = typeof payloadType === 'number' ? payloadType : payloadTypeNumber(payloadType);
  if (pt === undefined) return undefined;
  const r = section?.rtpmaps.get(pt);
  if (r !== undefined) {
    const c: NamedCodec = { name: r.encodingName, clockRate: r.clockRate, static: false };
    if (r.channels !== undefined) c.channels = r.channels;
    return c;
  }
  const fixed = staticPayloadTypes[pt];
  if (fixed === undefined) return undefined;
  const c: NamedCodec = { name: fixed.name, clockRate: fixed.clockRate, static: true };
  if (fixed.channels !== undefined) c.channels = fixed.channels;
  return c;
}

/** "m-section 2 (video, mid 1)": the name every face uses (1-based). */
export function sectionName(section: SectionContext): string {
  return nameOfSection(section.media);
}

export function sectionOfLine(ctx: ExplainContext, index: number): SectionContext | undefined {
  const s = ctx.sectionOf[index] ?? -1;
  return s < 0 ? undefined : ctx.sections[s];
}

/** Every line of the document with the given attribute name, in order. */
export function attributeLines(lines: readonly SdpLine[], name: string): SdpLine[] {
  return lines.filter((l) => l.type === 'a' && l.name === name);
}

/** The other sections in a BUNDLE group with this one. */
export function bundlePeers(ctx: ExplainContext, section: SectionContext): SectionContext[] {
  const mid = section.media.mid;
  if (mid === undefined) return [];
  const out: SectionContext[] = [];
  for (const g of ctx.document.session.groups) {
    if (g.semantics !== 'BUNDLE' || !g.mids.includes(mid)) continue;
    for (const m of g.mids) {
      const i = ctx.midIndex.get(m);
      const s = i === undefined ? undefined : ctx.sections[i];
      if (s !== undefined && s !== section && !out.includes(s)) out.push(s);
    }
  }
  return out;
}
