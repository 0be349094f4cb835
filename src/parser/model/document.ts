import * as z from 'zod/mini';
import { SdpLineSchema, type SdpLine } from './line.js';
import { MediaSchema, buildMedia, type Media } from './media.js';
import { SessionSchema, buildSession, type Session } from './session.js';

/**
 * A parsed (or built) session description.
 * - `lines`: every line in order, the lossless layer (`print` writes it back).
 * - `session`, `media`: typed views derived from `lines`, for consumers.
 *   They are snapshots: after editing `lines`, call `createDocument` again.
 */
export const SdpDocumentSchema = /* @__PURE__ */ (() => z.object({
  lines: z.array(SdpLineSchema),
  session: SessionSchema,
  media: z.array(MediaSchema),
}))();
export type SdpDocument = z.infer<typeof SdpDocumentSchema>;

/** Splits lines into the session part and one part per m= line, then builds the views. */
export function assembleDocument(lines: SdpLine[]): SdpDocument {
  let firstMedia = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.type === 'm') {
      firstMedia = i;
      break;
    }
  }
  const session = buildSession(lines.slice(0, firstMedia));
  const media: Media[] = [];
  let start = firstMedia;
  for (let i = firstMedia + 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.type === 'm') {
      media.push(buildMedia(lines.slice(start, i), media.length, session));
      start = i;
    }
  }
  return { lines, session, media };
}

export type { Session, Media };
