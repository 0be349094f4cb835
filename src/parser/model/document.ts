import * as z from 'zod/mini';
import { SdpLineSchema, type SdpLine } from './line.js';
import { MediaSchema, buildMedia, type Media } from './media.js';
import { SessionSchema, buildSession, type Session } from './session.js';
import type { Sections } from './sections.js';
import { lazySchema } from './lazy-schema.js';

/**
 * A parsed (or built) session description.
 * - `lines`: every line in order, the lossless layer (`print` writes it back).
 * - `session`, `media`: typed views derived from `lines`, for consumers.
 *   They are snapshots: after editing `lines`, call `createDocument` again.
 */
export const SdpDocumentSchema = /* @__PURE__ */ lazySchema(() => z.object({
  lines: z.array(SdpLineSchema),
  session: SessionSchema,
  media: z.array(MediaSchema),
}));
export type SdpDocument = z.infer<typeof SdpDocumentSchema>;

/** Builds the views from the lines and the sections the grammar found in them. */
export function assembleDocument(lines: SdpLine[], sections: Sections): SdpDocument {
  const { sessionEnd, mediaStarts } = sections;
  const session = buildSession(lines.slice(0, sessionEnd));
  const media: Media[] = [];
  for (let k = 0; k < mediaStarts.length; k++) {
    media.push(buildMedia(lines.slice(mediaStarts[k], mediaStarts[k + 1] ?? lines.length), k, session));
  }
  return { lines, session, media };
}

export type { Session, Media };
