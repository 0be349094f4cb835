/**
 * Text that came into a box whole (a paste, a dropped or opened file) goes
 * through the library's extractDescriptions. This module only decides what
 * the page does with the result: use the text as it is, load what was found
 * into the boxes, or let the user choose. Every fact (formats, types, labels,
 * pairs, munging, repairs) is the library's.
 */
import { defaultSelection, detectDescriptionType, extractDescriptions, labelWithin } from '../index.js';
import type { Diagnostic, ExtractedDescription, ExtractedPeerConnection, ExtractResult, Negotiation } from '../index.js';
import type { Side } from './analysis.js';

/** A description's label without its peer connection's prefix (the library's labelWithin). */
export const shortLabel = labelWithin;

/** What came in, and where. */
export interface Received {
  text: string;
  /** For people: "the pasted text", a file name. */
  from: string;
  /** The box it was pasted or dropped into. */
  side: Side;
  result: ExtractResult;
  /** One raw description: the box takes the text byte for byte, as before extraction existed. */
  plain: boolean;
}

export function receive(text: string, from: string, side: Side): Received {
  return receivedOf(text, from, side, extractDescriptions(text));
}

/** What came in, with extractDescriptions' result for it (computed here or by the page's worker). */
export function receivedOf(text: string, from: string, side: Side, result: ExtractResult): Received {
  const plain = result.format === 'raw' && result.descriptions.length === 1;
  return { text, from, side, result, plain };
}

/** What one choice loads into the boxes. */
export type Pick =
  | { kind: 'negotiation'; pc: ExtractedPeerConnection; negotiation: Negotiation; offer: ExtractedDescription; answer?: ExtractedDescription }
  | { kind: 'pair'; offer: ExtractedDescription; answer: ExtractedDescription }
  | { kind: 'description'; description: ExtractedDescription };

export function negotiationPick(result: ExtractResult, pc: ExtractedPeerConnection, negotiation: Negotiation): Pick | undefined {
  const offer = negotiation.offer === undefined ? undefined : result.descriptions[negotiation.offer];
  // A negotiation whose offer the dump did not record has nothing to load.
  if (offer === undefined) return undefined;
  const answer = negotiation.answer === undefined ? undefined : result.descriptions[negotiation.answer];
  return { kind: 'negotiation', pc, negotiation, offer, ...(answer !== undefined ? { answer } : {}) };
}

/**
 * What loads without asking (the same default as the CLI): the only
 * negotiation with an offer and an answer, the only description, or exactly
 * an offer followed by an answer. Otherwise undefined: the user chooses.
 */
export function defaultPick(result: ExtractResult): Pick | undefined {
  const sel = defaultSelection(result);
  const ds = result.descriptions;
  switch (sel?.kind) {
    case 'negotiation': {
      const pc = result.peerConnections?.[sel.peerConnection];
      const n = pc?.negotiations[sel.negotiation];
      return pc === undefined || n === undefined ? undefined : negotiationPick(result, pc, n);
    }
    case 'pair':
      return { kind: 'pair', offer: ds[sel.offer]!, answer: ds[sel.answer]! };
    case 'description':
      return { kind: 'description', description: ds[sel.description]! };
    default:
      return undefined;
  }
}

/**
 * The box a description goes into: its type as the source gave it (a
 * provisional answer is an answer), else the type its text shows (a=setup),
 * else the box it was pasted into.
 */
export function sideOf(d: ExtractedDescription, fallback: Side): Side {
  if (d.type === 'offer') return 'offer';
  if (d.type === 'answer' || d.type === 'pranswer') return 'answer';
  return detectDescriptionType(d.sdp).type ?? fallback;
}

/** The boxes' new texts after a pick (a box a single description does not go into keeps its text). */
export function applyPick(pick: Pick, current: { offer: string; answer: string }, fallback: Side): { offer: string; answer: string } {
  switch (pick.kind) {
    case 'negotiation':
    case 'pair':
      return { offer: pick.offer.sdp, answer: pick.answer?.sdp ?? '' };
    case 'description':
      return sideOf(pick.description, fallback) === 'offer' ? { offer: pick.description.sdp, answer: current.answer } : { offer: current.offer, answer: pick.description.sdp };
  }
}

/** The descriptions a pick uses, each with the box it went into. */
export function pickedDescriptions(pick: Pick, fallback: Side): { side: Side; description: ExtractedDescription }[] {
  switch (pick.kind) {
    case 'negotiation':
    case 'pair':
      return [{ side: 'offer' as Side, description: pick.offer }, ...(pick.answer !== undefined ? [{ side: 'answer' as Side, description: pick.answer }] : [])];
    case 'description':
      return [{ side: sideOf(pick.description, fallback), description: pick.description }];
  }
}

/** How the page names the library's input formats. */
export function formatName(format: ExtractResult['format']): string {
  switch (format) {
    case 'raw':
      return 'SDP text';
    case 'json':
      return 'JSON';
    case 'escaped':
      return 'a JSON-escaped string';
    case 'webrtc-internals':
      return 'a webrtc-internals dump';
    case 'rtcstats':
      return 'an rtcstats dump';
    case 'about-webrtc':
      return 'an about:webrtc report';
    case 'log':
      return 'a log';
    case 'mixed':
      return 'mixed text (JSON and log lines)';
    case 'none':
      return 'text without SDP';
  }
}

/** A description's label without the peer connection's label in front (it is shown as the heading). */
/** "#7" as `sdp extract` numbers descriptions. */
export function numberOf(d: ExtractedDescription): string {
  return `#${d.number}`;
}

/** Diagnostics whose positions refer to the pasted input (not to a box). */
export interface InputNote {
  /** "#7", or undefined for the input as a whole. */
  where?: string;
  diagnostic: Diagnostic;
}

/** The input's own findings, then each used description's repairs. */
export function notesOf(result: ExtractResult, used: readonly ExtractedDescription[]): InputNote[] {
  return [...result.diagnostics.map((diagnostic) => ({ diagnostic })), ...used.flatMap((d) => d.diagnostics.map((diagnostic) => ({ where: numberOf(d), diagnostic })))];
}

/**
 * What clicking a description on the timeline loads: its negotiation (offer
 * and answer) when it is that negotiation's offer or answer; a created offer
 * or answer with the other side of its negotiation, when that negotiation was
 * completed; else the description alone, into its box (a refused or
 * rolled-back one, or one without a negotiation).
 */
export function descriptionPick(result: ExtractResult, pc: ExtractedPeerConnection, index: number): Pick | undefined {
  const d = result.descriptions[index];
  if (d === undefined || d.type === 'rollback') return undefined;
  const n = pc.negotiations.find((x) => x.offer === index || x.answer === index || x.pranswers.includes(index));
  if (n !== undefined && !n.pranswers.includes(index)) return negotiationPick(result, pc, n);
  const at = pc.events.find((e) => e.description === index)?.negotiation;
  const own = at === undefined ? undefined : pc.negotiations.find((x) => x.number === at);
  if (own?.complete === true && own.rolledBack !== true && d.stage === 'created' && d.failed === undefined) {
    const offer = own.offer === undefined ? undefined : result.descriptions[own.offer];
    const answer = own.answer === undefined ? undefined : result.descriptions[own.answer];
    if (d.type === 'offer' && answer !== undefined) return { kind: 'pair', offer: d, answer };
    if (d.type === 'answer' && offer !== undefined) return { kind: 'pair', offer, answer: d };
  }
  return { kind: 'description', description: d };
}

/** The dump negotiation whose offer and answer the boxes hold byte for byte, if any (what the ICE view lays getStats over). */
export function loadedNegotiation(pick: Pick | undefined, boxes: { offer: string; answer: string }): { pc: ExtractedPeerConnection; negotiation: Negotiation } | undefined {
  if (pick?.kind !== 'negotiation' || pick.answer === undefined) return undefined;
  if (boxes.offer !== pick.offer.sdp || boxes.answer !== pick.answer.sdp) return undefined;
  return { pc: pick.pc, negotiation: pick.negotiation };
}
