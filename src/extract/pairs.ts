import type { DescriptionSide, SdpType } from './types.js';

/*
 * Offer/answer pairs from the order in which descriptions were applied, per
 * peer connection, following the signaling state machine of JSEP (RFC 9429
 * §3.2, W3C webrtc-pc §4.3.1): in `stable` an offer (from either side) starts
 * a negotiation; an answer from the other side ends it (a pranswer keeps it
 * open); a rollback abandons it. A new offer while one is pending (the dump
 * missed an answer) closes the pending one as incomplete.
 */

export interface AppliedDescription<T> {
  /** What the description is (undefined when the source did not say: read from the state). */
  type?: SdpType;
  side: DescriptionSide;
  /** The description itself (undefined when the dump does not record the SDP). */
  ref?: T;
}

export interface Pairing<T> {
  index: number;
  initiator: DescriptionSide;
  offer?: T;
  answer?: T;
  pranswers: T[];
  complete: boolean;
  rolledBack?: boolean;
  /** The rollback entry that abandoned it. */
  rollback?: T;
  /** What the state machine had to assume (an answer without an offer, …). */
  notes: string[];
}

function other(side: DescriptionSide): DescriptionSide {
  return side === 'local' ? 'remote' : 'local';
}

/** What a description must be when the source does not say: the next step of the state machine. */
export function expectedType(pendingOfferSide: DescriptionSide | undefined, side: DescriptionSide): 'offer' | 'answer' {
  return pendingOfferSide !== undefined && pendingOfferSide !== side ? 'answer' : 'offer';
}

export function pairDescriptions<T>(applied: readonly AppliedDescription<T>[]): Pairing<T>[] {
  const out: Pairing<T>[] = [];
  let pending: Pairing<T> | undefined;
  const close = (p: Pairing<T>): void => {
    p.index = out.length + 1;
    out.push(p);
  };
  for (const d of applied) {
    const type = d.type ?? expectedType(pending?.initiator, d.side);
    if (type === 'offer') {
      if (pending !== undefined) {
        pending.notes.push(`the ${pending.initiator} offer got no answer before the next offer`);
        close(pending);
      }
      pending = { index: 0, initiator: d.side, pranswers: [], complete: false, notes: [], ...(d.ref !== undefined ? { offer: d.ref } : {}) };
    } else if (type === 'rollback') {
      if (pending !== undefined) {
        pending.rolledBack = true;
        if (d.ref !== undefined) pending.rollback = d.ref;
        pending.notes.push(`the ${pending.initiator} offer was rolled back`);
        close(pending);
        pending = undefined;
      }
    } else if (pending !== undefined && pending.initiator !== d.side) {
      if (type === 'pranswer') {
        if (d.ref !== undefined) pending.pranswers.push(d.ref);
      } else {
        if (d.ref !== undefined) pending.answer = d.ref;
        pending.complete = pending.offer !== undefined && d.ref !== undefined;
        close(pending);
        pending = undefined;
      }
    } else {
      // An answer with no offer pending from the other side: the dump starts
      // after the offer, or an offer was not recorded.
      const p: Pairing<T> = { index: 0, initiator: other(d.side), pranswers: [], complete: false, notes: [] };
      if (pending !== undefined) {
        pending.notes.push(`the ${pending.initiator} offer was followed by a ${d.side} ${type}`);
        close(pending);
        pending = undefined;
      }
      if (type === 'pranswer') {
        if (d.ref !== undefined) p.pranswers.push(d.ref);
        p.notes.push(`a ${d.side} pranswer without a ${other(d.side)} offer before it`);
        pending = p;
        continue;
      }
      if (d.ref !== undefined) p.answer = d.ref;
      p.notes.push(`a ${d.side} answer without a ${other(d.side)} offer before it`);
      close(p);
    }
  }
  if (pending !== undefined) {
    pending.notes.push(`the ${pending.initiator} offer has no answer in this dump`);
    close(pending);
  }
  return out;
}

/**
 * A rollback entry of a dump (setLocalDescription or setRemoteDescription
 * with `{type: 'rollback'}`): an event of the negotiation, with no
 * description to parse, lint or write.
 */
export function isRollback(d: { readonly type?: string | undefined; readonly sdp: string }): boolean {
  return d.type === 'rollback' && d.sdp.trim() === '';
}
