import type { DescriptionSide, ExtractedPeerConnection, ExtractResult, Negotiation } from '../extract/types.js';

/*
 * The previous exchange of a negotiation of a dump, as diffOfferAnswer's
 * `previous` option wants it: per party, not per role. The party that offers
 * in negotiation K may have answered in K-1 (a re-offer from the other side),
 * and an ICE restart is a change of that party's own credentials
 * (RFC 8839 §4.4.1.1.1), so each side is compared with its own last description.
 */

export interface PreviousExchange {
  /** The earlier negotiation's number (the K of `--pick P:K`). */
  negotiation: number;
  /** The previous description of the party that offers in negotiation K. */
  offer: string;
  /** The previous description of the party that answers in negotiation K. */
  answer: string;
}

function own(n: Negotiation, side: DescriptionSide): number | undefined {
  return n.initiator === side ? n.offer : n.answer;
}

/** The last applied exchange before negotiation `k`, or undefined when K is the first (or unknown). */
export function previousExchange(result: ExtractResult, pc: ExtractedPeerConnection, k: number): PreviousExchange | undefined {
  const current = pc.negotiations.find((n) => n.number === k);
  if (current === undefined) return undefined;
  const answering: DescriptionSide = current.initiator === 'local' ? 'remote' : 'local';
  for (let i = pc.negotiations.length - 1; i >= 0; i--) {
    const n = pc.negotiations[i]!;
    if (n.number >= k || n.rolledBack === true || n.offer === undefined || n.answer === undefined) continue;
    const offer = result.descriptions[own(n, current.initiator)!]?.sdp;
    const answer = result.descriptions[own(n, answering)!]?.sdp;
    if (offer === undefined || answer === undefined) continue;
    return { negotiation: n.number, offer, answer };
  }
  return undefined;
}
