import type { PendingDiagnostic, View } from './positions.js';
import type { DescriptionSide, DescriptionStage, SdpType, ExtractSource } from './types.js';

/**
 * A description while the extractor works: input offsets instead of line and
 * column (those are computed once, at the end), and the context the label is
 * built from.
 */
export interface Found {
  sdp: string;
  source: ExtractSource;
  /** Input offsets of the description (or of the string that held it). */
  start: number;
  end: number;
  /** Input offset where each line of `sdp` starts. */
  lineOrigins: number[];
  type?: SdpType;
  side?: DescriptionSide;
  stage?: DescriptionStage;
  event?: string;
  peerConnection?: string;
  timestamp?: string;
  time?: number;
  failed?: string;
  /** Where it was inside a JSON document, e.g. `$.messages[2].sdp`. */
  path?: string;
  /** A finished label (dumps build their own); otherwise one is made from the source and line. */
  label?: string;
  /** How many times JSON string escapes were undone to reach it. */
  escapeLevels: number;
  /** For an applied local description: the description createOffer/createAnswer returned before it. */
  created?: Found;
  diagnostics: PendingDiagnostic[];
}

/** Offsets (in `text`) where each line starts: 0, then after every CRLF, LF or lone CR that is not at the end. */
export function lineStartOffsets(text: string): number[] {
  const out: number[] = text.length > 0 ? [0] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if ((c === 10 || c === 13) && i + 1 < text.length) out.push(i + 1);
  }
  return out;
}

/** A description that is the text `[start, end)` of a view, byte for byte. */
export function foundInView(view: View, start: number, end: number, source: ExtractSource): Found {
  const sdp = view.text.slice(start, end);
  return {
    sdp,
    source,
    start: view.at(start),
    end: view.at(end),
    lineOrigins: lineStartOffsets(sdp).map((o) => view.at(start + o)),
    escapeLevels: 0,
    diagnostics: [],
  };
}

const TYPES: readonly string[] = ['offer', 'answer', 'pranswer', 'rollback'];

export function isDescriptionType(value: string): value is SdpType {
  return TYPES.includes(value);
}

/** Copies the optional fields that are defined (exactOptionalPropertyTypes forbids writing undefined). */
export function defined<T extends object>(fields: { [K in keyof T]: T[K] | undefined }): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const v = fields[key];
    if (v !== undefined) out[key] = v as T[keyof T];
  }
  return out;
}
