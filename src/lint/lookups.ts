import type { ValueAttributeName } from '../parser/model/attributes/index.js';
import type { Group } from '../parser/model/attributes/group.js';
import type { SdpDocument } from '../parser/model/document.js';
import { attributeValue, type SdpLine } from '../parser/model/line.js';
import type { Media } from '../parser/model/media.js';
import type { Attr } from './helpers.js';

/*
 * Per-document lookups the rules share, built once per document instead of
 * scanned for inside loops (a scan per section or per format makes lint
 * quadratic on large descriptions). Memoised on the document object; run.ts
 * drops them before each lint, so a document changed in place between two
 * calls is read afresh.
 */

interface DocumentLookups {
  /** The a=group lines with BUNDLE semantics, in order. */
  bundleGroups?: Attr<'group'>[];
  /** mid → the first BUNDLE group that names it. */
  bundleGroupByMid?: Map<string, Group>;
  /** mid → the first section with that mid (in document order). */
  mediaByMid?: Map<string, Media>;
  /** group → its sections, in the group's order, each once. */
  members?: Map<Group, Media[]>;
  /** attribute name → its session-level lines with values. */
  sessionAttrs?: Map<string, Attr<ValueAttributeName>[]>;
  hasSessionIceLine?: boolean;
}

interface MediaLookups {
  /** attribute name → its lines with values in the section. */
  attrs: Map<string, Attr<ValueAttributeName>[]>;
  /** payload type → the first a=rtpmap for it. */
  rtpmapByPt?: Map<number, Attr<'rtpmap'>>;
}

const documents = new WeakMap<SdpDocument, DocumentLookups>();
const sections = new WeakMap<Media, MediaLookups>();

function of(document: SdpDocument): DocumentLookups {
  let l = documents.get(document);
  if (l === undefined) {
    l = {};
    documents.set(document, l);
  }
  return l;
}

/** Forgets what was memoised for a document (run.ts calls it before linting). */
export function forgetLookups(document: SdpDocument): void {
  documents.delete(document);
  for (const media of document.media) sections.delete(media);
}

function collect<N extends ValueAttributeName>(lines: readonly SdpLine[], name: N): Attr<N>[] {
  const out: Attr<N>[] = [];
  for (const line of lines) {
    const value = attributeValue(line, name);
    if (value !== undefined) out.push({ line, value });
  }
  return out;
}

/** The section's lines of attribute `name` with their values, collected once per section and name. */
export function mediaAttrs<N extends ValueAttributeName>(media: Media, name: N): readonly Attr<N>[] {
  let l = sections.get(media);
  if (l === undefined) {
    l = { attrs: new Map() };
    sections.set(media, l);
  }
  let list = l.attrs.get(name);
  if (list === undefined) {
    list = collect(media.lines, name) as Attr<ValueAttributeName>[];
    l.attrs.set(name, list);
  }
  return list as Attr<N>[];
}

/** The session-level lines of attribute `name` with their values, collected once per document. */
export function sessionAttrs<N extends ValueAttributeName>(document: SdpDocument, name: N): readonly Attr<N>[] {
  const l = of(document);
  l.sessionAttrs ??= new Map();
  let list = l.sessionAttrs.get(name);
  if (list === undefined) {
    list = collect(document.session.lines, name) as Attr<ValueAttributeName>[];
    l.sessionAttrs.set(name, list);
  }
  return list as Attr<N>[];
}

/** The first a=rtpmap of each payload type in a section. */
export function rtpmapByPayloadType(media: Media): ReadonlyMap<number, Attr<'rtpmap'>> {
  mediaAttrs(media, 'rtpmap');
  const l = sections.get(media)!;
  if (l.rtpmapByPt === undefined) {
    l.rtpmapByPt = new Map();
    for (const r of mediaAttrs(media, 'rtpmap')) if (!l.rtpmapByPt.has(r.value.payloadType)) l.rtpmapByPt.set(r.value.payloadType, r);
  }
  return l.rtpmapByPt;
}

/** The a=group lines with BUNDLE semantics (RFC 8843 §7), in order. */
export function bundleGroupLines(document: SdpDocument): readonly Attr<'group'>[] {
  const l = of(document);
  l.bundleGroups ??= sessionAttrs(document, 'group').filter((g) => g.value.semantics.toUpperCase() === 'BUNDLE');
  return l.bundleGroups;
}

/** The first BUNDLE group naming `mid`. */
export function bundleGroupByMid(document: SdpDocument): ReadonlyMap<string, Group> {
  const l = of(document);
  if (l.bundleGroupByMid === undefined) {
    l.bundleGroupByMid = new Map();
    for (const { value } of bundleGroupLines(document)) for (const mid of value.mids) if (!l.bundleGroupByMid.has(mid)) l.bundleGroupByMid.set(mid, value);
  }
  return l.bundleGroupByMid;
}

/** The first section with each mid. */
export function mediaByMid(document: SdpDocument): ReadonlyMap<string, Media> {
  const l = of(document);
  if (l.mediaByMid === undefined) {
    l.mediaByMid = new Map();
    for (const m of document.media) if (m.mid !== undefined && !l.mediaByMid.has(m.mid)) l.mediaByMid.set(m.mid, m);
  }
  return l.mediaByMid;
}

/** The sections a group names, in the group's order, each once (missing mids are skipped). */
export function groupMedia(document: SdpDocument, group: Group): readonly Media[] {
  const l = of(document);
  l.members ??= new Map();
  let out = l.members.get(group);
  if (out === undefined) {
    const byMid = mediaByMid(document);
    const seen = new Set<Media>();
    out = [];
    for (const mid of group.mids) {
      const media = byMid.get(mid);
      if (media !== undefined && !seen.has(media)) {
        seen.add(media);
        out.push(media);
      }
    }
    l.members.set(group, out);
  }
  return out;
}

const ICE_NAMES: ReadonlySet<string> = new Set(['ice-ufrag', 'ice-pwd', 'ice-options', 'ice-lite', 'candidate', 'end-of-candidates']);

/** Whether lines hold an ICE attribute (credentials, options, ice-lite or candidates). */
export function hasIceLine(lines: readonly SdpLine[]): boolean {
  return lines.some((l) => l.type === 'a' && ICE_NAMES.has(l.name ?? ''));
}

/** Whether the session level holds an ICE attribute, looked at once per document. */
export function sessionHasIceLine(document: SdpDocument): boolean {
  const l = of(document);
  l.hasSessionIceLine ??= hasIceLine(document.session.lines);
  return l.hasSessionIceLine;
}
