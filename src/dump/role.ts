import type { ExtractedPeerConnection, ExtractResult, IceStats, Negotiation, StatsChange } from '../extract/types.js';
import type { IceRole } from '../ice/pair-priority.js';

/*
 * The ICE role a peer connection really had in a negotiation.
 *
 * - An agent takes its role when ICE starts (RFC 8445 §6.1.1: the full agent
 *   controls a lite one, otherwise the initiating agent, the first offerer,
 *   controls) and keeps it for the ICE session. A subsequent offer that does
 *   not restart ICE carries the same ICE information as before (RFC 8839
 *   §4.4.1.2.1), so whoever sends it, nobody's role changes: the original
 *   answerer re-offering is still controlled. libwebrtc sets the role once,
 *   from whether the first local description was an offer
 *   (pc/jsep_transport_controller.cc, `initial_offerer_`), and keeps it across
 *   restarts; a conflict both agents discover in checks is repaired with a
 *   487 Role Conflict (RFC 8445 §7.3.1.1), which getStats then shows as the
 *   transport's new `iceRole`.
 * - So the truth is the stats' RTCTransportStats.iceRole while the
 *   negotiation was current; without stats the role of the first negotiation
 *   in the dump is kept, and a restart that turned a side into ICE lite (or
 *   back) is the only reason to work it out again (RFC 8839 §4.4.1.1.1).
 */

export type RoleSource = 'stats' | 'first-negotiation' | 'restart-with-lite-change' | 'description';

export interface RoleFact {
  role: IceRole;
  source: RoleSource;
  /** In words, with where it came from. */
  reason: string;
}

const LITE = /^a=ice-lite\s*$/m;

function liteOf(result: ExtractResult, index: number | undefined): boolean {
  return index !== undefined && LITE.test(result.descriptions[index]?.sdp ?? '');
}

/** Whether this side and the other side were ICE lite in a negotiation. */
function sidesLite(result: ExtractResult, n: Negotiation): string {
  const [local, remote] = n.initiator === 'local' ? [n.offer, n.answer] : [n.answer, n.offer];
  return `${liteOf(result, local)}/${liteOf(result, remote)}`;
}

/** The role RFC 8445 §6.1.1 gives this peer connection for one offer/answer. */
function negotiatedRole(result: ExtractResult, n: Negotiation): IceRole {
  const offerLite = liteOf(result, n.offer);
  const answerLite = liteOf(result, n.answer);
  const offererControls = !(offerLite && !answerLite);
  const weOffer = n.initiator === 'local';
  return weOffer === offererControls ? 'controlling' : 'controlled';
}

/** The time window of a negotiation: from its first description to the next negotiation's first. */
export function negotiationWindow(result: ExtractResult, pc: ExtractedPeerConnection, k: number): { from?: number; to?: number } {
  const timeOf = (n: Negotiation | undefined): number | undefined => {
    if (n === undefined) return undefined;
    const times = [n.offer, n.answer, ...n.pranswers].map((i) => (i === undefined ? undefined : result.descriptions[i]?.time)).filter((t): t is number => t !== undefined);
    return times.length === 0 ? undefined : Math.min(...times);
  };
  const at = pc.negotiations.findIndex((n) => n.number === k);
  const from = timeOf(pc.negotiations[at]);
  let to: number | undefined;
  for (let i = at + 1; i < pc.negotiations.length && to === undefined; i++) to = timeOf(pc.negotiations[i]);
  const out: { from?: number; to?: number } = {};
  if (from !== undefined) out.from = from;
  if (to !== undefined) out.to = to;
  return out;
}

/** The value a series had at the end of a window (the last change before `to`), or its first value after `from`. */
export function valueDuring<T>(changes: readonly StatsChange<T>[], window: { from?: number; to?: number }): T | undefined {
  if (changes.length === 0) return undefined;
  if (changes.some((c) => c.time === undefined) || (window.from === undefined && window.to === undefined)) return changes.at(-1)!.value;
  const before = changes.filter((c) => window.to === undefined || c.time! <= window.to);
  if (before.length > 0) return before.at(-1)!.value;
  return undefined;
}

function statsRole(stats: IceStats | undefined, window: { from?: number; to?: number }): IceRole | undefined {
  for (const t of stats?.transports ?? []) {
    const roles = t.iceRoles.filter((c) => c.value === 'controlling' || c.value === 'controlled');
    const v = valueDuring(roles, window);
    if (v === 'controlling' || v === 'controlled') return v;
  }
  return undefined;
}

export function iceRoleOf(result: ExtractResult, pc: ExtractedPeerConnection, k: number): RoleFact | undefined {
  const at = pc.negotiations.findIndex((n) => n.number === k);
  const n = pc.negotiations[at];
  if (n === undefined) return undefined;
  const fromStats = statsRole(pc.stats, negotiationWindow(result, pc, k));
  if (fromStats !== undefined) {
    return { role: fromStats, source: 'stats', reason: `getStats: the transport's iceRole was ${fromStats} during negotiation ${k}` };
  }
  // The first negotiation that was not rolled back and had an offer decides.
  const first = pc.negotiations.find((x) => x.rolledBack !== true && x.offer !== undefined) ?? n;
  if (first === n) {
    const role = negotiatedRole(result, n);
    return { role, source: 'description', reason: `${n.initiator === 'local' ? 'this side made the offer' : 'the other side made the offer'}: ${role} (RFC 8445 §6.1.1)` };
  }
  let role = negotiatedRole(result, first);
  let source: RoleSource = 'first-negotiation';
  let reason = `kept from negotiation ${first.number}, where ${first.initiator === 'local' ? 'this side' : 'the other side'} made the first offer: a subsequent offer does not change ICE roles (RFC 8839 §4.4.1.2.1, RFC 8445 §6.1.1)`;
  // A restart may change a side's lite mode (RFC 8839 §4.4.1.1.1): then the roles are worked out again.
  let previous = first;
  for (const x of pc.negotiations.slice(pc.negotiations.indexOf(first) + 1, at + 1)) {
    if (x.rolledBack === true || x.offer === undefined || x.answer === undefined) continue;
    const changed = sidesLite(result, x) !== sidesLite(result, previous);
    previous = x;
    if (changed) {
      role = negotiatedRole(result, x);
      source = 'restart-with-lite-change';
      reason = `negotiation ${x.number} changed a side's ICE lite mode, so the roles were worked out again: ${role} (RFC 8839 §4.4.1.1.1, RFC 8445 §6.1.1)`;
    }
  }
  return { role, source, reason };
}

/** Which party of negotiation k (offerer or answerer) was really controlling, for views of the offer/answer pair. */
export function controllingParty(result: ExtractResult, pc: ExtractedPeerConnection, k: number): { controlling: 'offerer' | 'answerer'; reason: string } | undefined {
  const n = pc.negotiations.find((x) => x.number === k);
  const fact = iceRoleOf(result, pc, k);
  if (n === undefined || fact === undefined) return undefined;
  const weOffer = n.initiator === 'local';
  const offererControls = weOffer === (fact.role === 'controlling');
  const who = weOffer ? 'this peer connection (the offerer)' : 'this peer connection (the answerer)';
  return { controlling: offererControls ? 'offerer' : 'answerer', reason: `${who} was ${fact.role}: ${fact.reason}` };
}
