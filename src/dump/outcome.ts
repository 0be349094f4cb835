import type { TransportCheckList } from '../diff/check-lists.js';
import type { CandidatePairStats, CandidateStats, IceStats, TransportStats } from '../extract/types.js';
import type { Candidate } from '../parser/model/attributes/candidate.js';
import { statsAddressText } from '../ice/grid.js';
import { valueDuring } from './role.js';

/*
 * What ICE really did, laid over the check list sdpkit predicts: each
 * predicted pair gets the stats pair with the same local and remote transport
 * addresses (W3C webrtc-stats §6.15 RTCIceCandidatePairStats: state,
 * nominated, requests/responses, RTT, bytes); stats pairs that match no
 * predicted pair are listed apart (a peer-reflexive candidate learnt from a
 * check, RFC 8445 §7.2.5.3.1 / §7.3.1.3, or a candidate the dump never
 * logged); and the outcome is said in words.
 */

export interface ActualPair {
  stats: CandidatePairStats;
  local?: CandidateStats;
  remote?: CandidateStats;
}

export interface UnpredictedPair extends ActualPair {
  /** Why it is not in the predicted list, in words. */
  why: string;
}

export interface TransportOutcome {
  /** TransportCheckList.key of the predicted list. */
  key: string;
  /** Per predicted pair, in the list's order: what became of it (undefined: never checked, or not in the stats). */
  pairs: (ActualPair | undefined)[];
  unpredicted: UnpredictedPair[];
  /** The pair the transport had selected while the negotiation was current. */
  selected?: ActualPair & { predictedIndex?: number };
}

export type IceVerdictState = 'connected' | 'failed' | 'checking' | 'unknown';

export interface IceOutcome {
  transports: TransportOutcome[];
  /** The stats transport(s) during the negotiation: ICE and DTLS state and role. */
  iceState?: string;
  dtlsState?: string;
  dtlsRole?: string;
  iceRole?: string;
  verdict: { state: IceVerdictState; summary: string; reasons: string[] };
}

interface Key {
  protocol: string;
  address: string;
  port: number;
}

function statsKey(c: CandidateStats | undefined): Key | undefined {
  if (c?.port === undefined) return undefined;
  return { protocol: (c.protocol ?? '').toLowerCase(), address: c.address ?? '', port: c.port };
}

function sameAddress(c: Candidate, k: Key | undefined, s: CandidateStats | undefined): boolean {
  if (k === undefined || s === undefined) return false;
  if (c.port !== k.port || c.transport.toLowerCase() !== k.protocol) return false;
  if (c.address === k.address) return true;
  // A hidden or mDNS address on one side: the same port, type and priority still name one candidate.
  const hidden = k.address === '' || c.address.endsWith('.local') || k.address.endsWith('.local');
  return hidden && s.candidateType === c.type && (s.priority === undefined || s.priority === c.priority);
}

export function actualPairText(p: ActualPair): string {
  const end = (c: CandidateStats | undefined): string => `${c?.candidateType ?? '?'} ${statsAddressText(c)}`;
  const relay = [p.local, p.remote].find((c) => c?.candidateType === 'relay' && c.relayProtocol !== undefined);
  const rtt = p.stats.currentRoundTripTime !== undefined ? `, RTT ${Math.round(p.stats.currentRoundTripTime * 1000)} ms` : '';
  return `${end(p.local)} → ${end(p.remote)} (${p.local?.protocol ?? '?'}${relay !== undefined ? `, relay via TURN/${relay.relayProtocol!.toUpperCase()}` : ''})${rtt}`;
}

/** A candidate of the ICE generation `ufrag` names (or one that does not say). */
function sameGeneration(c: CandidateStats | undefined, ufrag: string | undefined): boolean {
  return ufrag === undefined || c?.usernameFragment === undefined || c.usernameFragment === ufrag;
}

function transportsDuring(stats: IceStats, pairs: readonly CandidatePairStats[]): TransportStats[] {
  const ids = new Set(pairs.map((p) => p.transportId).filter((x): x is string => x !== undefined));
  const used = stats.transports.filter((t) => ids.has(t.id));
  return used.length > 0 ? used : stats.transports;
}

/**
 * Lays the stats of one negotiation over its predicted check lists. `localUfrag`
 * keeps the pairs of this ICE generation (a restart makes new local
 * candidates with a new ufrag; the old pairs stay in the stats).
 */
export function overlayStats(
  checkLists: readonly TransportCheckList[],
  stats: IceStats,
  window: { from?: number; to?: number },
  localUfrag: string | undefined,
  remoteUfrag?: string,
): IceOutcome {
  const candidates = new Map(stats.candidates.map((c) => [c.id, c]));
  const actual: ActualPair[] = stats.pairs
    .map((p) => {
      const a: ActualPair = { stats: p };
      const l = p.localCandidateId === undefined ? undefined : candidates.get(p.localCandidateId);
      const r = p.remoteCandidateId === undefined ? undefined : candidates.get(p.remoteCandidateId);
      if (l !== undefined) a.local = l;
      if (r !== undefined) a.remote = r;
      return a;
    })
    .filter((a) => sameGeneration(a.local, localUfrag) && sameGeneration(a.remote, remoteUfrag));
  const transports = transportsDuring(
    stats,
    actual.map((a) => a.stats),
  );
  const selectedIds = new Set(transports.map((t) => valueDuring(t.selectedPairs, window)).filter((x): x is string => x !== undefined));
  // Without transport stats (Firefox), the pair that says it is selected.
  if (selectedIds.size === 0) for (const a of actual) if (a.stats.selected) selectedIds.add(a.stats.id);
  const claimed = new Set<ActualPair>();
  const outcomes: TransportOutcome[] = checkLists.map((list) => {
    const pairs = list.checkList.pairs.map((pair) => {
      const found = actual.find(
        (a) =>
          !claimed.has(a) &&
          sameAddress(pair.local, statsKey(a.local), a.local) &&
          sameAddress(pair.remote, statsKey(a.remote), a.remote),
      );
      if (found !== undefined) claimed.add(found);
      return found;
    });
    return { key: list.key, pairs, unpredicted: [] };
  });
  for (const a of actual) {
    if (claimed.has(a)) continue;
    const target = outcomes[0];
    if (target === undefined) continue;
    const why =
      a.remote?.candidateType === 'prflx'
        ? 'the remote candidate is peer-reflexive: learnt from a check that came from an address the other side never signalled'
        : a.local?.candidateType === 'prflx'
          ? 'the local candidate is peer-reflexive: the other side saw this side at an address it never signalled'
          : 'its candidates are not among those the descriptions and trickled candidates of this negotiation give';
    target.unpredicted.push({ ...a, why });
  }
  for (const o of outcomes) {
    const index = o.pairs.findIndex((a) => a !== undefined && selectedIds.has(a.stats.id));
    if (index >= 0) {
      o.selected = { ...o.pairs[index]!, predictedIndex: index };
      continue;
    }
    const extra = o.unpredicted.find((a) => selectedIds.has(a.stats.id));
    if (extra !== undefined) o.selected = { stats: extra.stats, ...(extra.local ? { local: extra.local } : {}), ...(extra.remote ? { remote: extra.remote } : {}) };
  }
  const out: IceOutcome = { transports: outcomes, verdict: verdictOf(actual, outcomes, transports, window) };
  const t = transports[0];
  if (t !== undefined) {
    const ice = valueDuring(t.iceStates, window) ?? t.iceState;
    const dtls = valueDuring(t.dtlsStates, window) ?? t.dtlsState;
    const role = valueDuring(t.iceRoles, window) ?? t.iceRole;
    if (ice !== undefined) out.iceState = ice;
    if (dtls !== undefined) out.dtlsState = dtls;
    if (t.dtlsRole !== undefined) out.dtlsRole = t.dtlsRole;
    if (role !== undefined) out.iceRole = role;
  }
  return out;
}

function verdictOf(actual: readonly ActualPair[], outcomes: readonly TransportOutcome[], transports: readonly TransportStats[], window: { from?: number; to?: number }): IceOutcome['verdict'] {
  const reasons: string[] = [];
  const selected = outcomes.map((o) => o.selected).filter((s): s is NonNullable<TransportOutcome['selected']> => s !== undefined);
  const dtlsFailed = transports.some((t) => t.dtlsStates.some((c) => c.value === 'failed'));
  const iceConnected = transports.some((t) => t.iceStates.some((c) => c.value === 'connected' || c.value === 'completed'));
  if (dtlsFailed && iceConnected) {
    reasons.push('DTLS failed after ICE connected: the certificate did not match a=fingerprint, or both sides took the same a=setup role');
  }
  if (actual.length === 0) {
    return { state: 'unknown', summary: 'the dump has no candidate pair statistics for this negotiation', reasons };
  }
  const succeeded = actual.filter((a) => a.stats.state === 'succeeded');
  if (selected.length > 0 && !dtlsFailed) {
    const s = selected[0]!;
    if (succeeded.length > 0 && succeeded.every((a) => a.local?.candidateType === 'relay' || a.remote?.candidateType === 'relay')) {
      reasons.push('only relay pairs succeeded: no direct path (host or server-reflexive) worked between the two sides');
    }
    return { state: 'connected', summary: `connected over ${actualPairText(s)}`, reasons };
  }
  if (succeeded.length === 0) {
    const stillChecking = actual.some((a) => a.stats.state === 'in-progress' || a.stats.state === 'waiting');
    const sent = actual.reduce((n, a) => n + (a.stats.requestsSent ?? 0), 0);
    const answered = actual.reduce((n, a) => n + (a.stats.responsesReceived ?? 0), 0);
    if (!actual.some((a) => a.remote !== undefined)) reasons.push('no remote candidate reached this side: the other side\'s candidates were not signalled or not added');
    if (sent > 0 && answered === 0) reasons.push(`${sent} connectivity checks sent, none answered: something between the two sides drops the packets (firewall, NAT, wrong address)`);
    const state: IceVerdictState = stillChecking && !transports.some((t) => valueDuring(t.iceStates, window) === 'failed') ? 'checking' : 'failed';
    return { state, summary: `${state === 'failed' ? 'ICE failed' : 'ICE still checking'}: none of the ${actual.length} candidate pairs succeeded`, reasons };
  }
  if (dtlsFailed) return { state: 'failed', summary: 'ICE connected but DTLS failed', reasons };
  return { state: 'checking', summary: `${succeeded.length} candidate pairs succeeded but no pair was selected while this negotiation was current`, reasons };
}
