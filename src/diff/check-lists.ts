import { checkList, type CheckList } from '../ice/check-list.js';
import type { IceRole } from '../ice/pair-priority.js';
import { parse } from '../parser/index.js';
import type { SdpDocument } from '../parser/model/document.js';
import type { Candidate } from '../parser/model/attributes/candidate.js';
import { diffOfferAnswer, type OfferAnswerDiff } from './index.js';

/** A candidate with the line it was written on (1-based), for faces that link to it. */
export interface CandidateAt {
  candidate: Candidate;
  line?: number;
  /** Set when it was not in the SDP but trickled: 0-based index into the dump's `candidates`. */
  trickled?: number;
}

/** A candidate given outside the SDP (trickle ICE, RFC 8838), with the m-section it was given for. */
export interface TrickledInput {
  candidate: Candidate;
  sdpMid?: string;
  sdpMLineIndex?: number;
  /** Kept on the CandidateAt: the dump's index for it. */
  trickled?: number;
}

/** One transport's check list, as one of the two agents builds it (RFC 8445 §6.1.2). */
export interface TransportCheckList {
  /** Stable key: offered and answered section positions. */
  key: string;
  /** e.g. "mid 0 (BUNDLE: 0, 1, 2)". */
  label: string;
  /** The mid whose transport is used: the BUNDLE tag, or the section's own. */
  mid?: string;
  mids: string[];
  bundled: boolean;
  /** Offered and answered m-section whose candidates the transport uses. */
  offerIndex: number;
  answerIndex: number;
  /** Whose agent builds this list, and its role. */
  local: 'offer' | 'answer';
  role: IceRole;
  localCandidates: CandidateAt[];
  remoteCandidates: CandidateAt[];
  checkList: CheckList;
}

export interface CheckListOptions {
  /** Whose check list: the offerer's (default) or the answerer's. */
  local?: 'offer' | 'answer';
  /** Defaults to the negotiated role (RFC 8445 §6.1.1: the full agent controls a lite one, else the offerer). */
  role?: IceRole;
  /** Reuse a diff already computed for this pair. */
  diff?: OfferAnswerDiff;
  limit?: number;
  /** How many pruned pairs each list names (the rest are counted), checkList's `prunedSample`. */
  prunedSample?: number;
  /** Candidates each side trickled: added to the transport of the section they name (by mid, else by m-line index). */
  trickled?: { offer?: readonly TrickledInput[]; answer?: readonly TrickledInput[] };
}

/** The same transport address and type: a candidate the SDP repeats after it was trickled. */
function sameCandidate(a: Candidate, b: Candidate): boolean {
  return a.component === b.component && a.port === b.port && a.address === b.address && a.type === b.type && a.transport.toLowerCase() === b.transport.toLowerCase();
}

/**
 * `own`: the mid and section whose transport this is (the BUNDLE tag's once
 * the answer accepts the group: candidates gathered for the other sections
 * before that are not used, RFC 9143 §7.3.3); `first`: the first transport,
 * which takes candidates that name no section (Firefox's report lists them bare).
 */
function withTrickled(list: CandidateAt[], trickled: readonly TrickledInput[] | undefined, own: { mid?: string; section: number }, first: boolean): CandidateAt[] {
  if (trickled === undefined) return list;
  const out = [...list];
  for (const t of trickled) {
    const here = t.sdpMid !== undefined ? t.sdpMid === own.mid : t.sdpMLineIndex !== undefined ? t.sdpMLineIndex === own.section : first;
    if (!here || out.some((c) => sameCandidate(c.candidate, t.candidate))) continue;
    out.push(t.trickled !== undefined ? { candidate: t.candidate, trickled: t.trickled } : { candidate: t.candidate });
  }
  return out;
}

function candidatesOf(document: SdpDocument, index: number): CandidateAt[] {
  const section = document.media[index];
  if (section === undefined) return [];
  const out: CandidateAt[] = [];
  for (const line of section.lines) {
    if (line.type !== 'a' || line.name !== 'candidate' || line.value === undefined) continue;
    const at: CandidateAt = { candidate: line.value as Candidate };
    if (line.source !== undefined) at.line = line.source.line;
    out.push(at);
  }
  return out;
}

/**
 * The check lists of an offer/answer exchange: one per transport after
 * BUNDLE (RFC 9143: a group shares the tag section's candidates), each built
 * from the candidates of the section that carries that transport on each side.
 */
export function exchangeCheckLists(offer: SdpDocument | string, answer: SdpDocument | string, options: CheckListOptions = {}): TransportCheckList[] {
  const o = typeof offer === 'string' ? parse(offer).document : offer;
  const a = typeof answer === 'string' ? parse(answer).document : answer;
  const diff = options.diff ?? diffOfferAnswer(o, a);
  const local = options.local ?? 'offer';
  const localParty = local === 'offer' ? 'offerer' : 'answerer';
  const role: IceRole = options.role ?? (diff.ice.roles.controlling === localParty ? 'controlling' : 'controlled');
  const out: TransportCheckList[] = [];
  for (const t of diff.bundle.transports) {
    const offerIndex = t.sections.find((i) => o.media[i]?.mid === t.mid) ?? t.sections[0];
    if (offerIndex === undefined) continue;
    const answerIndex = diff.sections[offerIndex]?.answerIndex;
    if (answerIndex === undefined) continue;
    const first = out.length === 0;
    const own = { section: offerIndex, ...(o.media[offerIndex]?.mid !== undefined ? { mid: o.media[offerIndex]!.mid! } : {}) };
    const offerCandidates = withTrickled(candidatesOf(o, offerIndex), options.trickled?.offer, own, first);
    const answerCandidates = withTrickled(candidatesOf(a, answerIndex), options.trickled?.answer, own, first);
    const [mine, theirs] = local === 'offer' ? [offerCandidates, answerCandidates] : [answerCandidates, offerCandidates];
    const name = t.mid !== undefined ? `mid ${t.mid}` : `m-section #${offerIndex + 1}`;
    const entry: TransportCheckList = {
      key: `${offerIndex}:${answerIndex}`,
      label: t.bundled ? `${name} (BUNDLE: ${t.mids.join(', ')})` : name,
      mids: t.mids,
      bundled: t.bundled,
      offerIndex,
      answerIndex,
      local,
      role,
      localCandidates: mine,
      remoteCandidates: theirs,
      checkList: checkList(
        mine.map((c) => c.candidate),
        theirs.map((c) => c.candidate),
        { role, ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(options.prunedSample !== undefined ? { prunedSample: options.prunedSample } : {}) },
      ),
    };
    if (t.mid !== undefined) entry.mid = t.mid;
    out.push(entry);
  }
  return out;
}
