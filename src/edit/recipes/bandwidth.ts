import type { SdpDocument } from '../../parser/model/document.js';
import type { Bandwidth } from '../../parser/model/lines/bandwidth.js';
import { edit, type EditOp, type EditResult } from '../edit.js';
import { selectMedia, type SectionSelector } from '../sections.js';

/**
 * Sets the `b=<type>:<value>` line (RFC 8866 §5.8: `AS` in kbps; RFC 3890
 * `TIAS` in bps) of the selected media descriptions, or of the session part:
 * an existing line of that type is rewritten, else one is added in its
 * place (after `c=`). `value: undefined` removes it.
 */
export function setBandwidth(document: SdpDocument, section: SectionSelector | 'session', type: 'AS' | 'TIAS' | 'CT', value: number | undefined): EditResult {
  const ops: EditOp[] = [];
  const apply = (lines: SdpDocument['lines'], start: number, part: 'session' | { media: number }): void => {
    const existing = lines.map((l, j) => [l, j] as const).filter(([l]) => l.type === 'b' && (l.value as Bandwidth | undefined)?.type.toUpperCase() === type);
    const line = value === undefined ? undefined : { type: 'b' as const, value: { type, bandwidth: value } };
    existing.forEach(([, j], k) => ops.push(k === 0 && line !== undefined ? { op: 'replace', line: start + j, with: line } : { op: 'remove', line: start + j }));
    if (existing.length === 0 && line !== undefined) ops.push({ op: 'insert', in: part, line });
  };
  if (section === 'session') apply(document.session.lines, 0, 'session');
  else for (const s of selectMedia(document, section)) apply(s.media.lines, s.start, { media: s.index });
  return edit(document, ops);
}
