import type { SdpDocument } from '../parser/model/document.js';
import type { SdpLine } from '../parser/model/line.js';
import type { Media } from '../parser/model/media.js';
import { sectionName as nameOfSection } from '../parser/model/section-name.js';
import type { AttributeValues } from '../parser/model/attributes/index.js';
import type { Group } from '../parser/model/attributes/group.js';
import type { SsrcGroup } from '../parser/model/attributes/ssrc.js';
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
  /** Built on first use by the lookups below. */
  formatSet?: Set<string>;
  ssrcRoles?: Map<number, { group: SsrcGroup; index: number }[]>;
  simulcastRids?: Set<string>;
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
  /** Lookups built on first use (see the functions below), so no line scans the whole document. */
  memo: Memo;
}

interface Memo {
  /** mid → every section with that mid, in order. */
  sectionsByMid?: Map<string, SectionContext[]>;
  /** mid → the a=group values (any semantics) naming it, in order, each once. */
  groupsByMid?: Map<string, Group[]>;
  /** mid → the first BUNDLE group naming it. */
  bundleByMid?: Map<string, Group>;
  /** A group's mids as written in messages (`0 1 2`), joined once per group. */
  midsText: Map<Group, string>;
  /** The sections of each set of BUNDLE groups, keyed by the groups' positions. */
  peerSets: Map<string, PeerSet>;
  /** Each a=group value → its position among the session's groups. */
  groupIndex?: Map<Group, number>;
  /** Per attribute kind: how many sections have a value, and how many have each value. */
  iceValues?: Record<'ice-ufrag' | 'ice-pwd', { total: number; counts: Map<string, number> }>;
}

/** The sections named by one set of BUNDLE groups, in the order bundlePeers lists them. */
interface PeerSet {
  sections: SectionContext[];
  members: Set<SectionContext>;
  /** uri → the sections with an extmap for it (in order), with the ids each uses. */
  byUri?: Map<string, UriUse>;
}

interface UriUse {
  entries: { section: SectionContext; ids: Set<number> }[];
  /** The ids each section uses for the uri. */
  bySection: Map<SectionContext, Set<number>>;
  /** id → how many sections use that id and no other for the uri. */
  single: Map<number, number>;
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
  return { document, options, sectionOf, sections, midIndex, memo: { midsText: new Map(), peerSets: new Map() } };
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

/** Whether a section's formats (m= line) include `format`. */
export function hasFormat(section: SectionContext, format: string): boolean {
  section.formatSet ??= new Set(section.media.formats);
  return section.formatSet.has(format);
}

/** The SSRC groups of the section naming `ssrc`, in order, with its first position in each. */
export function ssrcGroupsOf(section: SectionContext, ssrc: number): readonly { group: SsrcGroup; index: number }[] {
  if (section.ssrcRoles === undefined) {
    const roles = new Map<number, { group: SsrcGroup; index: number }[]>();
    for (const group of section.media.ssrcGroups) {
      group.ssrcs.forEach((s, index) => {
        const list = roles.get(s);
        if (list === undefined) roles.set(s, [{ group, index }]);
        else if (list[list.length - 1]!.group !== group) list.push({ group, index });
      });
    }
    section.ssrcRoles = roles;
  }
  return section.ssrcRoles.get(ssrc) ?? [];
}

/** Whether the section's a=simulcast lists rid `id`. */
export function inSimulcast(section: SectionContext, id: string): boolean {
  if (section.simulcastRids === undefined) {
    section.simulcastRids = new Set();
    for (const d of section.media.simulcast?.directions ?? []) for (const alt of d.streams) for (const r of alt) section.simulcastRids.add(r.rid);
  }
  return section.simulcastRids.has(id);
}

/** Every section with that mid, in order. */
export function sectionsWithMid(ctx: ExplainContext, mid: string): readonly SectionContext[] {
  if (ctx.memo.sectionsByMid === undefined) {
    const byMid = new Map<string, SectionContext[]>();
    for (const s of ctx.sections) {
      if (s.media.mid === undefined) continue;
      const list = byMid.get(s.media.mid);
      if (list === undefined) byMid.set(s.media.mid, [s]);
      else list.push(s);
    }
    ctx.memo.sectionsByMid = byMid;
  }
  return ctx.memo.sectionsByMid.get(mid) ?? [];
}

/** The a=group values (any semantics) that name `mid`, in order. */
export function groupsOfMid(ctx: ExplainContext, mid: string): readonly Group[] {
  if (ctx.memo.groupsByMid === undefined) {
    const byMid = new Map<string, Group[]>();
    for (const g of ctx.document.session.groups) {
      for (const m of g.mids) {
        const list = byMid.get(m);
        if (list === undefined) byMid.set(m, [g]);
        else if (list[list.length - 1] !== g) list.push(g);
      }
    }
    ctx.memo.groupsByMid = byMid;
  }
  return ctx.memo.groupsByMid.get(mid) ?? [];
}

/** The first BUNDLE group that names `mid`. */
export function bundleGroupOfMid(ctx: ExplainContext, mid: string): Group | undefined {
  if (ctx.memo.bundleByMid === undefined) {
    const byMid = new Map<string, Group>();
    for (const g of ctx.document.session.groups) {
      if (g.semantics !== 'BUNDLE') continue;
      for (const m of g.mids) if (!byMid.has(m)) byMid.set(m, g);
    }
    ctx.memo.bundleByMid = byMid;
  }
  return ctx.memo.bundleByMid.get(mid);
}

/**
 * A group's mids separated by spaces, joined once per group: explanations of
 * every section of a large BUNDLE group quote it, and joining it each time
 * made explain quadratic in time (the strings themselves are shared).
 */
export function midsText(ctx: ExplainContext, group: Group): string {
  let text = ctx.memo.midsText.get(group);
  if (text === undefined) {
    text = group.mids.join(' ');
    ctx.memo.midsText.set(group, text);
  }
  return text;
}

/** The sections named by the BUNDLE groups this section's mid is in (itself included when it is the first with its mid). */
function peerSet(ctx: ExplainContext, section: SectionContext): PeerSet | undefined {
  const mid = section.media.mid;
  if (mid === undefined) return undefined;
  const groups = groupsOfMid(ctx, mid).filter((g) => g.semantics === 'BUNDLE');
  if (groups.length === 0) return undefined;
  if (ctx.memo.groupIndex === undefined) {
    ctx.memo.groupIndex = new Map();
    ctx.document.session.groups.forEach((g, i) => ctx.memo.groupIndex!.set(g, i));
  }
  const index = ctx.memo.groupIndex;
  const key = groups.map((g) => index.get(g)).join(' ');
  let set = ctx.memo.peerSets.get(key);
  if (set === undefined) {
    set = { sections: [], members: new Set() };
    for (const g of groups) {
      for (const m of g.mids) {
        const i = ctx.midIndex.get(m);
        const s = i === undefined ? undefined : ctx.sections[i];
        if (s !== undefined && !set.members.has(s)) {
          set.members.add(s);
          set.sections.push(s);
        }
      }
    }
    ctx.memo.peerSets.set(key, set);
  }
  return set;
}

/** Whether other sections share a BUNDLE group with this one. */
export function hasBundlePeers(ctx: ExplainContext, section: SectionContext): boolean {
  const set = peerSet(ctx, section);
  return set !== undefined && set.sections.length - (set.members.has(section) ? 1 : 0) > 0;
}

/**
 * The other sections of this one's BUNDLE groups that map extension `uri` to
 * an id other than `id`, in group order. Counted before listed, so a line
 * whose peers all agree costs no walk over the group.
 */
export function bundlePeersWithOtherId(ctx: ExplainContext, section: SectionContext, uri: string, id: number): SectionContext[] {
  const set = peerSet(ctx, section);
  if (set === undefined) return [];
  if (set.byUri === undefined) {
    const byUri = new Map<string, UriUse>();
    for (const s of set.sections) {
      const ids = new Map<string, Set<number>>();
      for (const e of s.media.extmaps) {
        let own = ids.get(e.uri);
        if (own === undefined) {
          own = new Set();
          ids.set(e.uri, own);
          let u = byUri.get(e.uri);
          if (u === undefined) {
            u = { entries: [], bySection: new Map(), single: new Map() };
            byUri.set(e.uri, u);
          }
          u.entries.push({ section: s, ids: own });
          u.bySection.set(s, own);
        }
        own.add(e.id);
      }
    }
    // How many sections use exactly one id for the uri, per id.
    for (const u of byUri.values()) {
      for (const entry of u.entries) {
        if (entry.ids.size !== 1) continue;
        const only = entry.ids.values().next().value!;
        u.single.set(only, (u.single.get(only) ?? 0) + 1);
      }
    }
    set.byUri = byUri;
  }
  const u = set.byUri.get(uri);
  if (u === undefined) return [];
  // Sections using another id = all users − those using only `id` − this section if it is counted among them.
  const own = u.bySection.get(section);
  const selfDiffers = own !== undefined && !(own.size === 1 && own.has(id));
  const count = u.entries.length - (u.single.get(id) ?? 0) - (selfDiffers ? 1 : 0);
  if (count === 0) return [];
  return u.entries.filter((e) => e.section !== section && !(e.ids.size === 1 && e.ids.has(id))).map((e) => e.section);
}

/** How many sections carry an ICE ufrag (or password), and how many carry each value. */
export function iceValueCounts(ctx: ExplainContext, kind: 'ice-ufrag' | 'ice-pwd'): { total: number; counts: ReadonlyMap<string, number> } {
  if (ctx.memo.iceValues === undefined) {
    const make = (get: (s: SectionContext) => string | undefined): { total: number; counts: Map<string, number> } => {
      const counts = new Map<string, number>();
      let total = 0;
      for (const s of ctx.sections) {
        const v = get(s);
        if (v === undefined) continue;
        total++;
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return { total, counts };
    };
    ctx.memo.iceValues = { 'ice-ufrag': make((s) => s.media.ice.ufrag), 'ice-pwd': make((s) => s.media.ice.pwd) };
  }
  return ctx.memo.iceValues[kind];
}
