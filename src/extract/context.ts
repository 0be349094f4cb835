import { decodeLiteral, decodeRun, type JsonString } from './json-value.js';
import { mappedView, sliceView, type PendingDiagnostic, type View } from './positions.js';
import type { AppliedDescription } from './pairs.js';
import type { Found } from './found.js';
import { stillEscaped } from './escaped.js';
import type { EventDraft } from './events.js';
import type { IceStats } from './types.js';

/** A peer connection of a dump while the extractor works. */
export interface PcDraft {
  id: string;
  number: number;
  label: string;
  source: 'webrtc-internals' | 'rtcstats' | 'about-webrtc';
  url?: string;
  configuration?: string;
  closed?: boolean;
  /** Its descriptions, in order. */
  found: Found[];
  /** What was applied, in order, for the offer/answer pairing. */
  applied: AppliedDescription<Found>[];
  /** Everything logged for it, in order (descriptions, candidates, state changes, failures). */
  events: EventDraft[];
  stats?: IceStats;
  diagnostics: PendingDiagnostic[];
  /** Input offsets of its id in the dump (where peer-connection findings point). */
  start: number;
  end: number;
}

/** What one reading of a text gives. */
export interface Outcome {
  found: Found[];
  pcs: PcDraft[];
  /** Findings about the text as a whole. */
  notes: PendingDiagnostic[];
  userAgent?: string;
  /** Lines of plain text that were not part of a description. */
  skipped: number;
}

export function emptyOutcome(): Outcome {
  return { found: [], pcs: [], notes: [], skipped: 0 };
}

/** Reads a text again (a decoded string, a page section) with the whole extractor. */
export type Recurse = (view: View) => Outcome;

/** The decoded value of a JSON string node, mapped back to the input. */
export function stringView(view: View, node: JsonString): View {
  const d = decodeLiteral(view.text, node.start);
  if (d === undefined) return sliceView(view, node.start + 1, Math.max(node.start + 1, node.end - 1));
  return mappedView(view, d.value, d.map);
}

/** Undoes JSON escapes while the text is still escaped SDP (no real line break, escaped ones): at most 3 levels. */
export function unescapeDeep(view: View): { view: View; levels: number } {
  let v = view;
  let levels = 0;
  while (levels < 3 && stillEscaped(v.text)) {
    const t = v.text;
    const quoted = t.length >= 2 && t.startsWith('"') && t.endsWith('"');
    const d = quoted ? decodeLiteral(t, 0) : undefined;
    const run = d !== undefined && d.end === t.length ? d : decodeRun(t, 0, t.length);
    v = mappedView(v, run.value, run.map);
    levels++;
  }
  return { view: v, levels };
}

export function levelsText(levels: number): string {
  return levels === 1 ? 'once' : levels === 2 ? 'twice' : `${levels} times`;
}
