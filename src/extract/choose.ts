import type { ExtractResult, ExtractedDescription, ExtractedPeerConnection } from './types.js';

/**
 * What an input holds when it needs no choice: the only negotiation with an
 * offer and an answer, the only description, or exactly an offer followed
 * by an answer. Indexes point into `result.descriptions` and
 * `result.peerConnections`. The CLI and the web page both start from this.
 */
export type DefaultSelection =
  | { kind: 'negotiation'; peerConnection: number; negotiation: number; offer: number; answer: number }
  | { kind: 'pair'; offer: number; answer: number }
  | { kind: 'description'; description: number };

export function defaultSelection(result: ExtractResult): DefaultSelection | undefined {
  const complete: DefaultSelection[] = [];
  (result.peerConnections ?? []).forEach((pc, p) => {
    pc.negotiations.forEach((n, k) => {
      if (n.offer !== undefined && n.answer !== undefined) {
        complete.push({ kind: 'negotiation', peerConnection: p, negotiation: k, offer: n.offer, answer: n.answer });
      }
    });
  });
  if (complete.length === 1) return complete[0];
  const ds = result.descriptions;
  if (ds.length === 1) return { kind: 'description', description: 0 };
  // A provisional answer answers too (RFC 3264 §4 / JSEP pranswer).
  if (ds.length === 2 && ds[0]!.type === 'offer' && (ds[1]!.type === 'answer' || ds[1]!.type === 'pranswer')) {
    return { kind: 'pair', offer: 0, answer: 1 };
  }
  return undefined;
}

/** A description's label without its peer connection's prefix, for lists grouped by peer connection. */
export function labelWithin(d: ExtractedDescription, pc: ExtractedPeerConnection | undefined): string {
  const prefix = pc === undefined ? '' : `${pc.label} · `;
  return prefix !== '' && d.label.startsWith(prefix) ? d.label.slice(prefix.length) : d.label;
}
