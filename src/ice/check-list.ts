import type { Candidate } from '../parser/model/attributes/candidate.js';
import { classifyAddress, isLinkLocalIPv6, parseIPv6, type AddressFamily } from './address.js';
import { iceFinding, type IceFinding } from './findings.js';
import { pairPriorityForRole, type IceRole } from './pair-priority.js';

/*
 * The RFC 8445 §6.1.2 check list for one data stream, as the local agent
 * would build it:
 *  §6.1.2.2 form pairs: same component, same IP address family; IPv6
 *           link-local only with link-local. RFC 6544 §6.2 for TCP: active
 *           with passive, passive with active, so with so; never TCP with UDP.
 *  §6.1.2.3 pair priority from the role (controlling: G = local).
 *  §6.1.2.4 replace a reflexive local candidate by its base, then prune pairs
 *           redundant with a higher-priority pair (same local base, same remote).
 *  §6.1.2.5 keep at most `limit` pairs (default 100).
 *  §6.1.2.6 initial states: per foundation, the pair with the lowest component
 *           and then the highest priority is Waiting; every other pair Frozen.
 *
 * Choices where the RFC leaves room, documented here and in the tests:
 *  - A replaced pair keeps the priority it was formed with (from the reflexive
 *    candidate's priority): §6.1.2.4 replaces the candidate in the already
 *    sorted list and prunes in that order, so the order is the one of the
 *    formed pairs. Its foundation becomes base foundation + remote foundation,
 *    so that redundant pairs share one foundation.
 *  - The base of a local srflx/prflx is the local host candidate of the same
 *    component and transport whose address/port equal its raddr/rport. When
 *    none exists, the reflexive candidate stays and the pair says so.
 *  - An mDNS name or FQDN (remote or local) hides the family: the pair is
 *    formed with both families and carries an `address-family-unknown` note
 *    (draft-ietf-mmusic-mdns-ice-candidates §3.2.2 resolves the name first;
 *    a static analysis cannot).
 *  - §6.1.2.5 says to discard "until the total number of candidate pairs is
 *    smaller than the limit value"; sdpkit reads the limit as a maximum and
 *    keeps up to `limit` pairs (100 by default), for one data stream.
 *  - Ties in pair priority are ordered by local then remote position, so the
 *    order is total and the same for the same input.
 */

export type PairState = 'Waiting' | 'Frozen';

export interface CheckListOptions {
  /** The local agent's role (RFC 8445 §6.1.1). */
  role: IceRole;
  /** Maximum number of pairs kept after pruning (RFC 8445 §6.1.2.5); default 100. */
  limit?: number;
}

export interface FormedPair {
  /** The candidate checks are sent from: the base when a reflexive candidate was replaced. */
  local: Candidate;
  remote: Candidate;
  /** Position in the local list of the candidate as signalled (the srflx, not its base). */
  localIndex: number;
  /** Position in the remote list. */
  remoteIndex: number;
  /** The reflexive local candidate that `local` (its base) replaced, RFC 8445 §6.1.2.4. */
  replaced?: Candidate;
  /** RFC 8445 §6.1.2.3, as formed. */
  priority: bigint;
  /** Local foundation + remote foundation (RFC 8445 §6.1.2.6). */
  foundation: string;
  component: number;
  /** Facts about this pair (family hidden by a name, base replacement, base not found). */
  notes: IceFinding[];
}

export interface CandidatePair extends FormedPair {
  state: PairState;
}

export type PruneReason = 'redundant' | 'limit';

export interface PrunedPair extends FormedPair {
  reason: PruneReason;
  /** The reason in words. */
  message: string;
}

export interface CheckList {
  /** Ordered by pair priority, highest first. */
  pairs: CandidatePair[];
  /** Formed but removed pairs, in the same order. pairs ∪ pruned = every formed pair. */
  pruned: PrunedPair[];
  /** Problems with the inputs (skipped candidates, TCP without tcptype, bad limit). */
  findings: IceFinding[];
}

export interface Pairability {
  ok: boolean;
  /** Why not, when `ok` is false. */
  reason?: string;
  /** Notes the pair carries when `ok` (a hidden address family). */
  notes: IceFinding[];
}

export const DEFAULT_CHECK_LIST_LIMIT = 100;

type Family = 'ipv4' | 'ipv6' | 'unknown';

function family(address: string): { family: Family; raw: AddressFamily } {
  const raw = classifyAddress(address).family;
  return { family: raw === 'ipv4' || raw === 'ipv6' ? raw : 'unknown', raw };
}

function describeRaw(raw: AddressFamily): string {
  return raw === 'mdns' ? 'an mDNS name' : raw === 'fqdn' ? 'a DNS name' : 'not an IP address';
}

/** TCP types that may pair (RFC 6544 §6.2). */
const TCP_PARTNER: Readonly<Record<string, string>> = { active: 'passive', passive: 'active', so: 'so' };

/**
 * Whether RFC 8445 §6.1.2.2 (and RFC 6544 §6.2 for TCP) lets these two
 * candidates form a pair. Component, transport, TCP type and address family
 * (with the link-local rule) are checked; a hidden family pairs with a note.
 */
export function canPair(local: Candidate, remote: Candidate): Pairability {
  if (local.component !== remote.component) return { ok: false, reason: `components differ (${local.component} and ${remote.component})`, notes: [] };
  const lt = local.transport.toLowerCase();
  const rt = remote.transport.toLowerCase();
  if (lt !== rt) return { ok: false, reason: `transports differ (${local.transport} and ${remote.transport})`, notes: [] };
  if (lt === 'tcp') {
    const a = local.tcpType?.toLowerCase();
    const b = remote.tcpType?.toLowerCase();
    if (a === undefined || b === undefined) return { ok: false, reason: 'a TCP candidate has no tcptype (RFC 6544 §4.5)', notes: [] };
    if (TCP_PARTNER[a] !== b) return { ok: false, reason: `tcptype ${a} does not pair with ${b} (RFC 6544 §6.2)`, notes: [] };
  }
  const lf = family(local.address);
  const rf = family(remote.address);
  if (lf.family !== 'unknown' && rf.family !== 'unknown') {
    if (lf.family !== rf.family) return { ok: false, reason: `address families differ (${lf.family} and ${rf.family})`, notes: [] };
    if (lf.family === 'ipv6' && isLinkLocalIPv6(local.address) !== isLinkLocalIPv6(remote.address)) {
      return { ok: false, reason: 'an IPv6 link-local address pairs only with link-local (RFC 8445 §6.1.2.2)', notes: [] };
    }
    return { ok: true, notes: [] };
  }
  const notes: IceFinding[] = [];
  for (const [side, f, c] of [
    ['local', lf, local],
    ['remote', rf, remote],
  ] as const) {
    if (f.family === 'unknown') {
      notes.push(
        iceFinding(
          'address-family-unknown',
          `the ${side} address ${c.address} is ${describeRaw(f.raw)}: its family is unknown, so the pair is formed whatever the other family is`,
        ),
      );
    }
  }
  return { ok: true, notes };
}

function sameAddress(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const x = parseIPv6(a);
  const y = parseIPv6(b);
  return x !== undefined && y !== undefined && x.every((g, i) => g === y[i]);
}

function isReflexive(c: Candidate): boolean {
  const t = c.type.toLowerCase();
  return t === 'srflx' || t === 'prflx';
}

/** The local host candidate at the reflexive candidate's raddr/rport (its base, RFC 8445 §5.1.1.1). */
function findBase(reflexive: Candidate, local: readonly Candidate[]): number | undefined {
  if (reflexive.relatedAddress === undefined || reflexive.relatedPort === undefined) return undefined;
  const i = local.findIndex(
    (c) =>
      c.type.toLowerCase() === 'host' &&
      c.component === reflexive.component &&
      c.transport.toLowerCase() === reflexive.transport.toLowerCase() &&
      c.port === reflexive.relatedPort &&
      sameAddress(c.address, reflexive.relatedAddress!) &&
      (c.tcpType === undefined || reflexive.tcpType === undefined || c.tcpType.toLowerCase() === reflexive.tcpType.toLowerCase()),
  );
  return i < 0 ? undefined : i;
}

/** Identity of a transport address for the redundancy rule ("same base", "identical remote"). */
function transportKey(c: Candidate): string {
  const v6 = parseIPv6(c.address);
  const addr = v6 !== undefined ? v6.join(':') : c.address.toLowerCase();
  return `${c.component}|${c.transport.toLowerCase()}|${c.tcpType?.toLowerCase() ?? ''}|${addr}|${c.port}`;
}

function usable(c: Candidate, side: string, index: number, findings: IceFinding[]): boolean {
  if (!Number.isInteger(c.priority) || c.priority < 0 || c.priority > 2 ** 32 - 1) {
    findings.push(iceFinding('candidate-skipped', `${side} candidate ${index} has priority ${String(c.priority)}, not an integer from 0 to 2^32-1: it is left out`));
    return false;
  }
  if (!Number.isInteger(c.component) || c.component < 1 || c.component > 256) {
    findings.push(iceFinding('candidate-skipped', `${side} candidate ${index} has component ${String(c.component)}, not an integer from 1 to 256: it is left out`));
    return false;
  }
  if (c.transport.toLowerCase() === 'tcp' && c.tcpType === undefined) {
    findings.push(
      iceFinding('tcp-candidate-without-tcptype', `${side} candidate ${index} (${c.address} ${c.port}) is TCP without tcptype: it cannot be paired (RFC 6544 §6.2)`),
    );
    return false;
  }
  return true;
}

/** Builds the RFC 8445 §6.1.2 check list of one data stream. Pure; never throws. */
export function checkList(local: readonly Candidate[], remote: readonly Candidate[], options: CheckListOptions): CheckList {
  const findings: IceFinding[] = [];
  let limit = DEFAULT_CHECK_LIST_LIMIT;
  if (options.limit !== undefined) {
    if (Number.isInteger(options.limit) && options.limit >= 0) limit = options.limit;
    else findings.push(iceFinding('invalid-limit', `limit ${String(options.limit)} is not a non-negative integer: using ${DEFAULT_CHECK_LIST_LIMIT}`));
  }
  const localOk = local.map((c, i) => usable(c, 'local', i, findings));
  const remoteOk = remote.map((c, i) => usable(c, 'remote', i, findings));

  // §6.1.2.2 and §6.1.2.3: form the pairs and their priorities.
  const formed: FormedPair[] = [];
  local.forEach((l, li) => {
    if (!localOk[li]) return;
    remote.forEach((r, ri) => {
      if (!remoteOk[ri]) return;
      const p = canPair(l, r);
      if (!p.ok) return;
      formed.push({
        local: l,
        remote: r,
        localIndex: li,
        remoteIndex: ri,
        priority: pairPriorityForRole(l.priority, r.priority, options.role),
        foundation: l.foundation + r.foundation,
        component: l.component,
        notes: p.notes,
      });
    });
  });
  // Sort: highest priority first; ties by local, then remote position (a total order).
  formed.sort((a, b) => (a.priority === b.priority ? a.localIndex - b.localIndex || a.remoteIndex - b.remoteIndex : a.priority > b.priority ? -1 : 1));

  // §6.1.2.4: replace reflexive locals by their base, then prune redundant pairs.
  const bases = new Map<number, number | undefined>();
  const kept: FormedPair[] = [];
  const pruned: PrunedPair[] = [];
  const seen = new Map<string, FormedPair>();
  for (const pair of formed) {
    let p = pair;
    if (isReflexive(pair.local)) {
      if (!bases.has(pair.localIndex)) bases.set(pair.localIndex, findBase(pair.local, local));
      const bi = bases.get(pair.localIndex);
      const base = bi === undefined ? undefined : local[bi];
      if (base === undefined) {
        p = {
          ...pair,
          notes: [
            ...pair.notes,
            iceFinding(
              'reflexive-base-not-found',
              `no local host candidate at ${pair.local.relatedAddress ?? '(no raddr)'} ${pair.local.relatedPort ?? '(no rport)'}: the ${pair.local.type} candidate ${pair.local.address} ${pair.local.port} is kept as the local candidate`,
            ),
          ],
        };
      } else {
        p = {
          ...pair,
          local: base,
          replaced: pair.local,
          foundation: base.foundation + pair.remote.foundation,
          notes: [
            ...pair.notes,
            iceFinding(
              'local-replaced-by-base',
              `the ${pair.local.type} candidate ${pair.local.address} ${pair.local.port} is replaced by its base ${base.address} ${base.port}; the pair keeps the priority it was formed with`,
            ),
          ],
        };
      }
    }
    const key = `${transportKey(p.local)}>${transportKey(p.remote)}`;
    const higher = seen.get(key);
    if (higher !== undefined) {
      pruned.push({
        ...p,
        reason: 'redundant',
        message: `redundant with the pair of priority ${higher.priority} from the same local base ${p.local.address} ${p.local.port} to the same remote ${p.remote.address} ${p.remote.port} (RFC 8445 §6.1.2.4)`,
      });
      continue;
    }
    seen.set(key, p);
    kept.push(p);
  }

  // §6.1.2.5: keep the `limit` highest pairs.
  for (const p of kept.slice(limit)) {
    pruned.push({ ...p, reason: 'limit', message: `beyond the limit of ${limit} pairs (RFC 8445 §6.1.2.5)` });
  }
  const final = kept.slice(0, limit);

  // §6.1.2.6: per foundation, the lowest component, then the highest priority, is Waiting.
  const waiting = new Map<string, FormedPair>();
  for (const p of final) {
    const w = waiting.get(p.foundation);
    // `final` is sorted by priority, so the first pair of the lowest component wins.
    if (w === undefined || p.component < w.component) waiting.set(p.foundation, p);
  }
  const pairs: CandidatePair[] = final.map((p) => ({ ...p, state: waiting.get(p.foundation) === p ? 'Waiting' : 'Frozen' }));

  // Pruned pairs in the order of the formed list, whatever removed them.
  const rank = new Map<string, number>();
  formed.forEach((p, i) => rank.set(`${p.localIndex}:${p.remoteIndex}`, i));
  const at = (p: FormedPair) => rank.get(`${p.localIndex}:${p.remoteIndex}`) ?? 0;
  pruned.sort((a, b) => at(a) - at(b));
  return { pairs, pruned, findings };
}
