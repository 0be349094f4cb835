import { EXTMAP_ONE_BYTE_MAX, extmapIdRange } from '../parser/model/attributes/extmap.js';
import type { AttributeValues } from '../parser/model/attributes/index.js';
import { bundlePeers, sectionName, type ExplainContext, type SectionContext } from './context.js';
import { headerExtensionInfo } from './knowledge/extmap.js';
import type { Explained } from './types.js';
import { explained, field, paragraph } from './words.js';

const EXTMAP_REF = 'RFC 8285 §5';

/** What an extension id allows (RFC 8285 §4.2, §4.3, §5). */
function idWords(id: number): string {
  switch (extmapIdRange(id)) {
    case 'one-byte': return 'fits the one-byte header form (ids 1–14)';
    case 'reserved': return '15 is reserved in the one-byte form';
    case 'two-byte': return 'needs the two-byte header form (ids 16–255): both sides must allow it, e.g. with a=extmap-allow-mixed';
    case 'offer-only': return 'an offer-only id (4096–4351): the answer must pick a real id (RFC 8285 §7)';
    case 'invalid': return 'outside the ids RFC 8285 allows';
  }
}

/** Explains `a=extmap`: the URI table, the id range and the direction. */
export function explainExtmap(e: AttributeValues['extmap'], ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const info = headerExtensionInfo(e.uri);
  const fields = [field('id', String(e.id), `the id written in each RTP packet for this extension; ${idWords(e.id)}`)];
  if (e.direction !== undefined) fields.push(field('direction', e.direction, `the extension is used ${e.direction === 'sendrecv' ? 'both ways' : e.direction === 'sendonly' ? 'only by this side when sending' : e.direction === 'recvonly' ? 'only on what this side receives' : 'neither way'}`));
  fields.push(field('uri', e.uri, info === undefined ? 'an extension URI sdpkit does not know' : `${info.name}: ${info.description}`));
  const notes: string[] = [];
  if (e.attributes !== undefined) {
    const inner = e.uri === 'urn:ietf:params:rtp-hdrext:encrypt' ? headerExtensionInfo(e.attributes.split(' ')[0] ?? '') : undefined;
    fields.push(field('attributes', e.attributes, inner !== undefined ? `the encrypted extension: ${inner.name}` : e.uri === 'urn:ietf:params:rtp-hdrext:ssrc-audio-level' && /vad=/.test(e.attributes) ? 'whether the voice activity flag is used (RFC 6464 §4)' : 'extension attributes, kept as written'));
  }
  const kind = section?.media.kind;
  if (info !== undefined && info.kind !== 'any' && kind !== undefined && (kind === 'audio' || kind === 'video') && kind !== info.kind) {
    notes.push(`It is a ${info.kind} extension in a ${kind} section, where it has no use`);
  }
  if (section !== undefined && e.id > EXTMAP_ONE_BYTE_MAX && !section.media.extmapAllowMixed) notes.push('No a=extmap-allow-mixed is present, so the two-byte form this id needs may not be accepted');
  const bundled = section === undefined ? [] : bundlePeers(ctx, section);
  const sameUri = bundled.filter((s) => s.media.extmaps.some((o) => o.uri === e.uri && o.id !== e.id));
  if (sameUri.length > 0) {
    notes.push(`${sameUri.map(sectionName).join(', ')} of the same BUNDLE group use${sameUri.length === 1 ? 's' : ''} another id for this URI, but within one BUNDLE group an extension must have one id (RFC 9143)`);
  }
  if (info === undefined) {
    return explained({
      label: `Header extension ${e.id}: unknown URI`,
      summary: `Unknown header extension URI ${e.uri}: sdpkit does not know it and keeps it as is.`,
      details: paragraph(
        'An answerer leaves out extensions it does not know, and a receiver ignores ids it did not negotiate (RFC 8285 §7)',
        'Extension URIs are compared exactly: a different case or draft number is a different extension',
        ...notes,
      ),
      ref: EXTMAP_REF,
      fields,
      unknown: true,
    });
  }
  return explained({
    label: `Header extension ${e.id}: ${info.name}`,
    summary: `Header extension id ${e.id} carries ${info.description}.`,
    details: paragraph(info.details, ...notes, info.link !== undefined ? `Specification: ${info.link}` : undefined, 'In offer/answer the answer keeps or drops each extension; browsers answer with the offered id (RFC 8285 §7)'),
    ref: info.ref,
    fields,
  });
}
