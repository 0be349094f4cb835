import { attributeFamily, isFlagFamily } from '../model/attributes/index.js';
import { lineFamily } from '../model/lines/index.js';
import type { SdpLine } from '../model/line.js';

/**
 * The text of one line built from its typed value (or its raw value when it
 * has none), without end-of-line. Used by `format` and for built lines.
 */
export function lineText(line: SdpLine): string {
  if (line.type === '') return line.raw ?? '';
  if (line.type === 'a') {
    const name = line.name ?? '';
    const family = attributeFamily(name);
    if (family !== undefined && !isFlagFamily(family) && line.value !== undefined) {
      return `a=${name}:${family.write(line.value)}`;
    }
    return line.raw === undefined ? `a=${name}` : `a=${name}:${line.raw}`;
  }
  const family = lineFamily(line.type);
  if (family !== undefined && line.value !== undefined) return `${line.type}=${family.write(line.value)}`;
  return `${line.type}=${line.raw ?? ''}`;
}
