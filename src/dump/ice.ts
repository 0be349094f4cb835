import { exchangeCheckLists, type TransportCheckList, type TrickledInput } from '../diff/check-lists.js';
import type { DescriptionSide, ExtractedPeerConnection, ExtractResult, Negotiation, TrickledCandidate } from '../extract/types.js';
import { descriptionUfrag } from '../extract/events.js';
import { parseCandidate } from '../parser/index.js';
import { overlayStats, type IceOutcome } from './outcome.js';
import { iceRoleOf, negotiationWindow, type RoleFact } from './role.js';

/*
 * ICE of one negotiation of a dump, as it really was: the candidates each
 * side had (those in the descriptions plus those trickled with the same ICE
 * username fragment, RFC 8838 §4: trickled candidates belong to the ICE
 * generation their ufrag names; a restart starts a new set), the role the
 * connection had (role.ts), the check list that gives, and, when the dump has
 * getStats history, what became of each pair (outcome.ts).
 */

export interface DumpIce {
  /** ExtractedPeerConnection.id */
  peerConnection: string;
  negotiation: number;
  /** Indexes into `descriptions`. */
  offer: number;
  answer: number;
  /** Which description is this peer connection's own. */
  local: 'offer' | 'answer';
  role: RoleFact;
  /** The ICE username fragments of the two sides in this negotiation. */
  ufrag: { local?: string; remote?: string };
  /** Indexes into the peer connection's `candidates` used here, per side. */
  trickled: { local: number[]; remote: number[] };
  /** Candidate events logged while this negotiation was current, per side (end-of-candidates not counted). */
  arrived: { local: number; remote: number };
  /** The side signalled the end of its candidates for this generation. */
  endOfCandidates: { local: boolean; remote: boolean };
  /** Trickled candidates that could not be read, with the parser's message. */
  unreadable: { index: number; message: string }[];
  checkLists: TransportCheckList[];
  /** What really happened, when the dump has getStats history. */
  actual?: IceOutcome;
}

function ufragOf(result: ExtractResult, index: number | undefined): string | undefined {
  return index === undefined ? undefined : descriptionUfrag(result.descriptions[index]?.sdp ?? '');
}

function ownDescription(n: Negotiation, side: DescriptionSide): number | undefined {
  return (n.initiator === side ? n.offer : n.answer) ?? undefined;
}

/** The ufrag a side used in negotiation k (the last one before it when this one does not say). */
function ufragAt(result: ExtractResult, pc: ExtractedPeerConnection, k: number | undefined, side: DescriptionSide): string | undefined {
  if (k === undefined) return undefined;
  for (let i = pc.negotiations.findIndex((n) => n.number === k); i >= 0; i--) {
    const n = pc.negotiations[i]!;
    if (n.rolledBack === true) continue;
    const u = ufragOf(result, ownDescription(n, side));
    if (u !== undefined) return u;
  }
  return undefined;
}

/** The trickled candidates of one side that belong to an ICE generation. */
function generation(result: ExtractResult, pc: ExtractedPeerConnection, side: DescriptionSide, ufrag: string | undefined, k: number): TrickledCandidate[] {
  return pc.candidates.filter((c) => {
    if (c.side !== side || c.failed !== undefined) return false;
    const u = c.usernameFragment ?? ufragAt(result, pc, c.negotiation, side);
    return ufrag === undefined ? c.negotiation === k : u === ufrag;
  });
}

/**
 * ICE of negotiation `k` of a peer connection in a dump. Undefined when the
 * negotiation has no offer and answer (rolled back, incomplete).
 */
export function dumpIce(result: ExtractResult, pc: ExtractedPeerConnection, k: number): DumpIce | undefined {
  const n = pc.negotiations.find((x) => x.number === k);
  if (n === undefined || n.offer === undefined || n.answer === undefined || n.rolledBack === true) return undefined;
  const role = iceRoleOf(result, pc, k)!;
  const local: 'offer' | 'answer' = n.initiator === 'local' ? 'offer' : 'answer';
  const ufrag: DumpIce['ufrag'] = {};
  const lu = ufragOf(result, ownDescription(n, 'local'));
  const ru = ufragOf(result, ownDescription(n, 'remote'));
  if (lu !== undefined) ufrag.local = lu;
  if (ru !== undefined) ufrag.remote = ru;
  const mine = generation(result, pc, 'local', lu, k);
  const theirs = generation(result, pc, 'remote', ru, k);
  const unreadable: DumpIce['unreadable'] = [];
  const inputs = (list: readonly TrickledCandidate[]): TrickledInput[] =>
    list.flatMap((c) => {
      if (c.endOfCandidates) return [];
      const parsed = parseCandidate(c.candidate);
      if (parsed.candidate === undefined) {
        unreadable.push({ index: c.index, message: parsed.diagnostics[0]?.message ?? 'not a candidate' });
        return [];
      }
      const t: TrickledInput = { candidate: parsed.candidate, trickled: c.index };
      if (c.sdpMid !== undefined) t.sdpMid = c.sdpMid;
      if (c.sdpMLineIndex !== undefined) t.sdpMLineIndex = c.sdpMLineIndex;
      return [t];
    });
  const [offerSide, answerSide] = local === 'offer' ? [inputs(mine), inputs(theirs)] : [inputs(theirs), inputs(mine)];
  const checkLists = exchangeCheckLists(result.descriptions[n.offer]!.sdp, result.descriptions[n.answer]!.sdp, {
    local,
    role: role.role,
    trickled: { offer: offerSide, answer: answerSide },
  });
  const arrived = { local: 0, remote: 0 };
  for (const c of pc.candidates) if (c.negotiation === k && !c.endOfCandidates) arrived[c.side]++;
  const out: DumpIce = {
    peerConnection: pc.id,
    negotiation: k,
    offer: n.offer,
    answer: n.answer,
    local,
    role,
    ufrag,
    trickled: { local: mine.filter((c) => !c.endOfCandidates).map((c) => c.index), remote: theirs.filter((c) => !c.endOfCandidates).map((c) => c.index) },
    arrived,
    endOfCandidates: { local: mine.some((c) => c.endOfCandidates), remote: theirs.some((c) => c.endOfCandidates) },
    unreadable,
    checkLists,
  };
  if (pc.stats !== undefined) out.actual = overlayStats(checkLists, pc.stats, negotiationWindow(result, pc, k), lu, ru);
  return out;
}
