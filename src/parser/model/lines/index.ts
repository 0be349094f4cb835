import type { LineFamily } from '../family.js';
import { bandwidth } from './bandwidth.js';
import { connection } from './connection.js';
import { key } from './key.js';
import { mediaLine } from './media.js';
import { origin } from './origin.js';
import { email, information, phone, sessionName, uri } from './text.js';
import { repeat, timing, zone } from './timing.js';
import { version } from './version.js';

/** Every line type but `a=`, in RFC 8866 session order; the lookup table is derived from it. */
export const lineFamilies = [
  version, origin, sessionName, information, uri, email, phone, connection, bandwidth, timing, repeat, zone, key, mediaLine,
] as const;

type LineFamilyUnion = (typeof lineFamilies)[number];
export type LineValues = {
  [F in LineFamilyUnion as F['type']]: F extends LineFamily<infer T, string> ? T : never;
};
export type LineType = keyof LineValues;

const byType = new Map<string, LineFamily<unknown>>();
for (const f of lineFamilies) byType.set(f.type, f as LineFamily<unknown>);

export function lineFamily(type: string): LineFamily<unknown> | undefined {
  return byType.get(type);
}
