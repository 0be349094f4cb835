import type { SdpDocument } from '../model/document.js';
import { lineText } from './line-text.js';

/**
 * The lossless writer: a parsed document comes back byte for byte (line
 * endings, blank lines, garbage and all). Lines built without a source are
 * written from their values, ending with CRLF.
 */
export function print(document: Pick<SdpDocument, 'lines'>): string {
  let out = '';
  for (const line of document.lines) {
    const src = line.source;
    out += src === undefined ? `${lineText(line)}\r\n` : src.text + src.eol;
  }
  return out;
}
