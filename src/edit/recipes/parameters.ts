import type { Fmtp } from '../../parser/model/attributes/fmtp.js';
import type { SdpDocument } from '../../parser/model/document.js';
import { edit, type EditOp, type EditResult } from '../edit.js';
import { codecMatches, type CodecMatch } from './codecs.js';
import { linesWhere, selectMedia, type SectionSelector } from '../sections.js';

/**
 * Sets fmtp parameters (RFC 8866 §6.15) of the matching codecs: opus's
 * `maxaveragebitrate`, `stereo`, `sprop-stereo`, `useinbandfec`, `usedtx`
 * (RFC 7587 §6.1), libwebrtc's `x-google-min-bitrate` / `x-google-max-bitrate`
 * / `x-google-start-bitrate` (kbps), or any other. A value of `undefined`
 * removes the parameter. The codec's a=fmtp line is rewritten, or added
 * after its other lines; the order of the parameters already there is kept.
 */
export function setFmtpParameters(
  document: SdpDocument,
  section: SectionSelector,
  codec: CodecMatch,
  parameters: Readonly<Record<string, string | number | undefined>>,
): EditResult {
  const ops: EditOp[] = [];
  for (const s of selectMedia(document, section)) {
    for (const c of s.media.codecs.filter((x) => codecMatches(x, codec))) {
      const format = String(c.payloadType);
      const at = linesWhere(s, (l) => l.type === 'a' && l.name === 'fmtp' && (l.value as Fmtp | undefined)?.format === format)[0];
      const current = at === undefined ? [] : (document.lines[at]!.value as Fmtp).parameters;
      // In place where the parameter is already (dropped for undefined), new ones at the end.
      const next = current.flatMap((p) => {
        if (!Object.hasOwn(parameters, p.key)) return [{ ...p }];
        const value = parameters[p.key];
        return value === undefined ? [] : [{ key: p.key, value: String(value) }];
      });
      for (const [key, value] of Object.entries(parameters)) {
        if (value !== undefined && !current.some((p) => p.key === key)) next.push({ key, value: String(value) });
      }
      if (next.length === 0) {
        if (at !== undefined) ops.push({ op: 'remove', line: at });
        continue;
      }
      const line = { type: 'a' as const, name: 'fmtp' as const, value: { format, parameters: next } };
      ops.push(at === undefined ? { op: 'insert', in: { media: s.index }, line } : { op: 'replace', line: at, with: line });
    }
  }
  return edit(document, ops);
}
