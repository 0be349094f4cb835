import type { AttributeValues, ValueAttributeName } from '../parser/model/attributes/index.js';
import type { Group } from '../parser/model/attributes/group.js';
import type { SdpDocument } from '../parser/model/document.js';
import { attributeValue, type SdpLine } from '../parser/model/line.js';
import type { Media } from '../parser/model/media.js';
import { sectionName } from '../parser/model/section-name.js';
import { bundleGroupByMid, bundleGroupLines, groupMedia, hasIceLine, mediaAttrs, sessionAttrs, sessionHasIceLine } from './lookups.js';
import type { DescriptionType } from './rule.js';

/*
 * Questions several rules ask of a document. They read the typed views
 * (session, media) and go back to the lines only to point at them.
 */

export interface Attr<N extends ValueAttributeName> {
  readonly line: SdpLine;
  readonly value: AttributeValues[N];
}

/** Every line of attribute `name` among `lines` whose value parsed, with that value. */
export function attrs<N extends ValueAttributeName>(lines: readonly SdpLine[], name: N): Attr<N>[] {
  const out: Attr<N>[] = [];
  for (const line of lines) {
    const value = attributeValue(line, name);
    if (value !== undefined) out.push({ line, value });
  }
  return out;
}

/** Every `a=<name>` line among `lines`, parsed or not (flags have no value). */
export function attrLines(lines: readonly SdpLine[], name: string): SdpLine[] {
  return lines.filter((l) => l.type === 'a' && l.name === name);
}

/**
 * The lines of attribute `name` that apply to `media`: its own lines if it
 * has some, else the session-level ones (RFC 8866 §5: a media-level value
 * overrides the session-level one).
 */
export function effectiveAttrs<N extends ValueAttributeName>(document: SdpDocument, media: Media, name: N): readonly Attr<N>[] {
  const own = mediaAttrs(media, name);
  return own.length > 0 ? own : sessionAttrs(document, name);
}

/** The m= line of a section. */
export function mLine(media: Media): SdpLine | undefined {
  return media.lines[0];
}

/** Port 0 without a=bundle-only: the section is rejected or disabled (RFC 3264 §6, RFC 8843 §6). */
export function isRejected(media: Media): boolean {
  return media.port === 0 && !media.bundleOnly;
}

/** `m-section 2 (video, mid 1)`, for messages: the name every face uses (1-based). */
export function describeMedia(media: Media): string {
  return sectionName(media);
}

/** RTP-based profiles: RTP/AVP, RTP/SAVPF, UDP/TLS/RTP/SAVPF, … (RFC 8866 §5.14). */
export function isRtpProtocol(protocol: string): boolean {
  return /(^|\/)RTP\//i.test(protocol);
}

/**
 * DTLS transports: UDP/TLS/RTP/SAVP(F) and TCP/TLS/RTP/SAVP(F) (RFC 5764 §8,
 * RFC 7850), UDP/DTLS/SCTP, TCP/DTLS/SCTP and the legacy DTLS/SCTP (RFC 8841 §4.1).
 */
export function isDtlsProtocol(protocol: string): boolean {
  return /(^|\/)DTLS(\/|$)/i.test(protocol) || /^(UDP|TCP)\/TLS\/RTP\//i.test(protocol);
}

/** An audio or video section over RTP: where payload types and codecs mean something. */
export function isRtpMedia(media: Media): boolean {
  return isRtpProtocol(media.protocol);
}

/** The payload type a format names (0–127), or -1 for formats that are not numbers. */
export function payloadTypeOf(format: string): number {
  if (!/^[0-9]{1,3}$/.test(format)) return -1;
  const n = Number(format);
  return n <= 127 ? n : -1;
}

/** The a=group lines with BUNDLE semantics (RFC 8843 §7), with their values. */
export function bundleGroups(document: SdpDocument): readonly Attr<'group'>[] {
  return bundleGroupLines(document);
}

/** The (first) BUNDLE group naming `mid`, if any. */
export function bundleGroupOf(document: SdpDocument, mid: string | undefined): Group | undefined {
  return mid === undefined ? undefined : bundleGroupByMid(document).get(mid);
}

/** The sections a BUNDLE group names, in the group's order, each once (missing mids are skipped). */
export function groupMembers(document: SdpDocument, group: Group): readonly Media[] {
  return groupMedia(document, group);
}

/**
 * Whether the section carries its own transport parameters (ICE
 * credentials, fingerprint, setup). A section bundled behind another one
 * does not: only the BUNDLE-tag section (the first mid of the group) does in
 * an answer, and bundle-only sections never do (RFC 8843 §7.3, §6). In an
 * offer every other bundled section still carries them, because the answerer
 * may refuse BUNDLE (libwebrtc and Firefox check the same way). When the type
 * is unknown, only what holds in both cases is required.
 */
export function ownsTransport(document: SdpDocument, media: Media, type: DescriptionType | undefined): boolean {
  if (isRejected(media)) return false;
  const group = bundleGroupOf(document, media.mid);
  if (group === undefined) return true;
  if (group.mids[0] === media.mid) return true;
  if (media.bundleOnly) return false;
  return type === 'offer';
}

/**
 * Whether a section runs over ICE: it has a DTLS transport (JSEP, RFC 8829
 * §5.1.1, always uses ICE), ICE attributes or candidates of its own, or ICE
 * attributes at session level. Plain RTP/AVP sections of SIP descriptions
 * without any of these are left alone.
 */
export function usesIce(document: SdpDocument, media: Media): boolean {
  return isDtlsProtocol(media.protocol) || hasIceLine(media.lines) || sessionHasIceLine(document);
}

/** Every mid of the document, with the line that declares it. */
export function midLines(document: SdpDocument): Attr<'mid'>[] {
  return document.media.flatMap((m) => attrs(m.lines, 'mid'));
}

/** The ssrc-level `msid` value split as libwebrtc does: `<stream> [<track>]`. */
export function ssrcMsid(value: string | undefined): { stream: string; track: string } | undefined {
  if (value === undefined) return undefined;
  const fields = value.split(' ').filter((f) => f !== '');
  if (fields.length === 0) return undefined;
  return { stream: fields[0]!, track: fields[1] ?? '' };
}

/** An offer m-section and the answer's at the same position (RFC 3264 §6: sections are matched by position), with its 0-based index. */
export interface SectionPair {
  index: number;
  offer: Media;
  answer: Media;
}

/** The offer and answer m-sections that share a position; sections only one side has are left to answer-media-count. */
export function sectionPairs(offer: SdpDocument, answer: SdpDocument): SectionPair[] {
  const pairs: SectionPair[] = [];
  const n = Math.min(offer.media.length, answer.media.length);
  for (let index = 0; index < n; index++) pairs.push({ index, offer: offer.media[index]!, answer: answer.media[index]! });
  return pairs;
}
