import type { Direction } from '../../parser/model/attributes/extmap.js';
import type { Setup } from '../../parser/model/attributes/dtls.js';
import type { SdpDocument } from '../../parser/model/document.js';
import { edit, type EditOp, type EditResult, type NewLine } from '../edit.js';
import { linesWhere, selectMedia, type SectionSelector } from '../sections.js';

const DIRECTIONS = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);

/** Sets the direction attribute (RFC 8866 §6.7) of the selected media descriptions: rewrites the one there, or adds it. */
export function setDirection(document: SdpDocument, section: SectionSelector, direction: Direction): EditResult {
  const ops: EditOp[] = [];
  for (const s of selectMedia(document, section)) {
    const lines = linesWhere(s, (l) => l.type === 'a' && DIRECTIONS.has(l.name ?? ''));
    const line = { type: 'a' as const, name: direction };
    if (lines.length === 0) ops.push({ op: 'insert', in: { media: s.index }, line });
    lines.forEach((i, k) => {
      if (k > 0) ops.push({ op: 'remove', line: i });
      else if (document.lines[i]!.name !== direction) ops.push({ op: 'replace', line: i, with: line });
    });
  }
  return edit(document, ops);
}

/** Removes every a=extmap with this URI (RFC 8285 §8), at session and media level. */
export function removeExtmap(document: SdpDocument, uri: string): EditResult {
  const ops: EditOp[] = [];
  document.lines.forEach((l, i) => {
    if (l.type === 'a' && l.name === 'extmap' && (l.value as { uri?: string } | undefined)?.uri === uri) ops.push({ op: 'remove', line: i });
  });
  return edit(document, ops);
}

/** Rewrites every a=<name> line of the description as `line`. */
function rewriteAll(document: SdpDocument, name: string, line: NewLine): EditOp[] {
  const ops: EditOp[] = [];
  document.lines.forEach((l, i) => {
    if (l.type === 'a' && l.name === name) ops.push({ op: 'replace', line: i, with: line });
  });
  return ops;
}

/** New ICE credentials (an ICE restart, RFC 8839 §4.4.1.1.1) wherever the description has ufrag and pwd lines. */
export function setIceCredentials(document: SdpDocument, credentials: { ufrag: string; pwd: string }): EditResult {
  return edit(document, [
    ...rewriteAll(document, 'ice-ufrag', { type: 'a', name: 'ice-ufrag', value: credentials.ufrag }),
    ...rewriteAll(document, 'ice-pwd', { type: 'a', name: 'ice-pwd', value: credentials.pwd }),
  ]);
}

/** The DTLS role (RFC 4145 §4, RFC 8842 §5) wherever the description has an a=setup line. */
export function setSetup(document: SdpDocument, role: Setup): EditResult {
  return edit(document, rewriteAll(document, 'setup', { type: 'a', name: 'setup', value: role }));
}

/** Sets a=ice-options (RFC 8839 §5.6: `trickle`, `ice2`, …) wherever the description has it; with none, at session level. */
export function setIceOptions(document: SdpDocument, options: readonly string[]): EditResult {
  const ops = rewriteAll(document, 'ice-options', { type: 'a', name: 'ice-options', value: [...options] });
  if (ops.length === 0) ops.push({ op: 'insert', in: 'session', line: { type: 'a', name: 'ice-options', value: [...options] } });
  return edit(document, ops);
}

/**
 * Sets the stream id (and track id, when given) of the a=msid lines of the
 * selected sections (RFC 8830 §2: `a=msid:<stream> [<track>]`), or adds one;
 * the legacy `a=ssrc:<n> msid:` attributes are left as they are.
 */
export function setMsid(document: SdpDocument, section: SectionSelector, streamId: string, trackId?: string): EditResult {
  const ops: EditOp[] = [];
  for (const s of selectMedia(document, section)) {
    const lines = linesWhere(s, (l) => l.type === 'a' && l.name === 'msid');
    const value = (old?: { trackId?: string }): { streamId: string; trackId?: string } => {
      const track = trackId ?? old?.trackId;
      return track === undefined ? { streamId } : { streamId, trackId: track };
    };
    if (lines.length === 0) ops.push({ op: 'insert', in: { media: s.index }, line: { type: 'a', name: 'msid', value: value() } });
    for (const i of lines) ops.push({ op: 'replace', line: i, with: { type: 'a', name: 'msid', value: value(document.lines[i]!.value as { trackId?: string } | undefined) } });
  }
  return edit(document, ops);
}
