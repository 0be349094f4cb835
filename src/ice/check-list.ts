import type { Candidate } from '../parser/model/attributes/candidate.js';
import { addressKey, classifyAddress, parseIPv4, parseIPv6, type AddressFamily } from './address.js';
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
 *  §6.1.2.6 initial states: per pair foundation (local foundation, remote
 *           foundation), the pair with the lowest component and then the
 *           highest priority is Waiting; every other pair Frozen.
 *
 * Choices where the RFC leaves room, documented here and in the tests:
 *  - A replaced pair keeps the priority it was formed with (from the reflexive
 *    candidate's priority): §6.1.2.4 replaces the candidate in the already
 *    sorted list and prunes in that order, so the order is the one of the
 *    formed pairs. Its foundation becomes (base foundation, remote foundation),
 *    so that redundant pairs share one foundation.
 *  - The base of a local srflx/prflx is the first usable local host candidate
 *    with the same component, transport (and TCP type) whose address/port equal
 *    its raddr/rport (RFC 8445 §5.1.1.1). When it is hidden (raddr 0.0.0.0 or
 *    ::, as browsers send so the host address does not leak), absent or not
 *    listed, the agent still sends the checks from that base, never from the
 *    reflexive address: the pairs are pruned with the reason `no-base`. Real
 *    agents do the same: libwebrtc creates connections only on the port's
 *    host candidate (p2p/base/stun_port.cc UDPPort::CreateConnection uses the
 *    port's first candidate, its host one) and nICEr skips local
 *    SERVER_REFLEXIVE and PEER_REFLEXIVE candidates when pairing
 *    (nICEr src/ice/ice_component.c nr_ice_component_pair_candidate).
 *  - An mDNS name or FQDN (remote or local) hides the family: the candidate is
 *    paired with both families, and the list's findings say so once per side
 *    (draft-ietf-mmusic-mdns-ice-candidates §3.2.2 resolves the name first;
 *    a static analysis cannot).
 *  - §6.1.2.5 says to discard "until the total number of candidate pairs is
 *    smaller than the limit value"; sdpkit reads the limit as a maximum and
 *    keeps up to `limit` pairs (100 by default), for one data stream.
 *  - Ties in pair priority are ordered by local then remote position, so the
 *    order is total and the same for the same input.
 *
 * Cost. A list of n local and m remote candidates may form n·m pairs, far
 * more than the `limit` it keeps, so the pairs are never all formed:
 *  - Candidates fall into classes (component, transport, TCP type, address
 *    family); two candidates pair exactly when their classes do, so the formed
 *    pairs are a union of class × class products.
 *  - Pair priority 2^32·MIN(G,D) + 2·MAX(G,D) + (G>D?1:0) is strictly
 *    increasing in G and in D (raising the smaller one adds 2^32 minus at most
 *    1, raising the larger one adds 2, or 1 when it passes the other). So in a
 *    product of two lists sorted by priority (ties by position), pair (i, j)
 *    comes before (i+1, j) and (i, j+1), and a heap over the products' frontiers
 *    yields the pairs in list order, one pop each.
 *  - A pair survives the redundancy rule exactly when its local candidate is
 *    the best one of its base among those that pair with the remote's class,
 *    and its remote the best of its transport address: the kept pairs are again
 *    products (best local per base × best remote per address, for each remote
 *    class), walked the same way for the first `limit` pairs.
 *  - Pruned pairs are counted from the class sizes; only the first
 *    `prunedSample` of them (in list order) are built, for display.
 * Time O((n+m)·log(n+m) + (limit + prunedSample)·log), memory O(n + m + limit
 * + prunedSample).
 */

export type PairState = 'Waiting' | 'Frozen';

export interface CheckListOptions {
  /** The local agent's role (RFC 8445 §6.1.1). */
  role: IceRole;
  /** Maximum number of pairs kept after pruning (RFC 8445 §6.1.2.5); default 100. */
  limit?: number;
  /** How many pruned pairs are listed (the first ones in list order; the rest are counted); default 100. */
  prunedSample?: number;
}

/** RFC 8445 §6.1.2.6: a pair's foundation is the pair of its candidates' foundations, not their concatenation. */
export interface PairFoundation {
  local: string;
  remote: string;
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
  /** (local foundation, remote foundation), RFC 8445 §6.1.2.6; shown as `local/remote` by {@link pairFoundationText}. */
  foundation: PairFoundation;
  component: number;
  /** Facts about this pair alone (a base replacement); facts about the whole list are in CheckList.findings. */
  notes: IceFinding[];
}

export interface CandidatePair extends FormedPair {
  state: PairState;
}

/** `no-base`: a reflexive local candidate whose base is hidden or not among the local candidates. */
export type PruneReason = 'redundant' | 'limit' | 'no-base';

export interface PrunedPair extends FormedPair {
  reason: PruneReason;
  /** The reason in words. */
  message: string;
}

export interface CheckList {
  /** Ordered by pair priority, highest first. */
  pairs: CandidatePair[];
  /**
   * The first pruned pairs in list order (at most `prunedSample`), whatever
   * removed them. Complete when it holds `prunedCount.total` pairs.
   */
  pruned: PrunedPair[];
  /** Every pair formed (§6.1.2.2): pairs.length + prunedCount.total. */
  formedCount: number;
  /** How many formed pairs were pruned, per reason, and in all. */
  prunedCount: Record<PruneReason, number> & { total: number };
  /** Problems with the inputs (skipped candidates, TCP without tcptype, bad limit) and facts about the whole list (hidden families, hidden bases). */
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
export const DEFAULT_PRUNED_SAMPLE = 100;

/** `1/23`: the two foundations of a pair foundation, local first. */
export function pairFoundationText(f: PairFoundation): string {
  return `${f.local}/${f.remote}`;
}

/** Pairing family: IPv6 link-local pairs only with link-local (§6.1.2.2); `any` is a name that hides the family. */
type PairFamily = 'ipv4' | 'ipv6' | 'ipv6-link-local' | 'any';

function pairFamily(address: string): PairFamily {
  if (parseIPv4(address) !== undefined) return 'ipv4';
  const v6 = parseIPv6(address);
  if (v6 !== undefined) return (v6[0]! & 0xffc0) === 0xfe80 ? 'ipv6-link-local' : 'ipv6';
  return 'any';
}

const familyWords = (f: PairFamily): string => (f === 'ipv6-link-local' ? 'ipv6' : f);

function describeRaw(raw: AddressFamily): string {
  return raw === 'mdns' ? 'an mDNS name' : raw === 'fqdn' ? 'a DNS name' : 'not an IP address';
}

/** TCP types that may pair (RFC 6544 §6.2). */
const TCP_PARTNER: Readonly<Record<string, string>> = { active: 'passive', passive: 'active', so: 'so' };

function familyNote(side: string, c: Candidate): IceFinding {
  return iceFinding(
    'address-family-unknown',
    `the ${side} address ${c.address} is ${describeRaw(classifyAddress(c.address).family)}: its family is unknown, so the pair is formed whatever the other family is`,
  );
}

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
  const lf = pairFamily(local.address);
  const rf = pairFamily(remote.address);
  if (lf !== 'any' && rf !== 'any') {
    if (familyWords(lf) !== familyWords(rf)) return { ok: false, reason: `address families differ (${familyWords(lf)} and ${familyWords(rf)})`, notes: [] };
    if (lf !== rf) return { ok: false, reason: 'an IPv6 link-local address pairs only with link-local (RFC 8445 §6.1.2.2)', notes: [] };
    return { ok: true, notes: [] };
  }
  const notes: IceFinding[] = [];
  if (lf === 'any') notes.push(familyNote('local', local));
  if (rf === 'any') notes.push(familyNote('remote', remote));
  return { ok: true, notes };
}

function isReflexive(c: Candidate): boolean {
  const t = c.type.toLowerCase();
  return t === 'srflx' || t === 'prflx';
}

/** Identity of a transport address for the redundancy rule ("same base", "identical remote") and the base lookup. */
function transportKey(component: number, transport: string, tcpType: string | undefined, address: string, port: number): string {
  const t = transport.toLowerCase();
  const addr = addressKey(address);
  // The TCP type is part of a TCP transport address only (RFC 6544 §4.5); UDP ignores it, as pairing does.
  return `${component}|${t}|${t === 'tcp' ? (tcpType?.toLowerCase() ?? '') : ''}|${addr}|${port}`;
}

const keyOf = (c: Candidate): string => transportKey(c.component, c.transport, c.tcpType, c.address, c.port);

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

/** A usable candidate with what pairing needs. */
interface Entry {
  c: Candidate;
  i: number;
  /** Redundancy identity: its own transport address, or its base's for a replaced reflexive candidate. */
  key: string;
  /** The base that replaces a reflexive local candidate. */
  base?: Candidate;
  /** A reflexive local candidate without a known base: its pairs are pruned. */
  noBase?: string;
}

/** Candidates that pair with the same candidates: same component, transport, TCP type, pairing family. */
interface PairClass {
  component: number;
  transport: string;
  tcpType: string;
  family: PairFamily;
  /** Sorted by priority, highest first, then by position. */
  members: Entry[];
}

const byRank = (a: Entry, b: Entry): number => b.c.priority - a.c.priority || a.i - b.i;

function classesOf(entries: readonly Entry[]): Map<string, PairClass> {
  const classes = new Map<string, PairClass>();
  for (const e of entries) {
    const transport = e.c.transport.toLowerCase();
    const tcpType = transport === 'tcp' ? (e.c.tcpType?.toLowerCase() ?? '') : '';
    const family = pairFamily(e.c.address);
    const id = `${e.c.component}|${transport}|${tcpType}|${family}`;
    let k = classes.get(id);
    if (k === undefined) classes.set(id, (k = { component: e.c.component, transport, tcpType, family, members: [] }));
    k.members.push(e);
  }
  for (const k of classes.values()) k.members.sort(byRank);
  return classes;
}

function classesPair(l: PairClass, r: PairClass): boolean {
  if (l.component !== r.component || l.transport !== r.transport) return false;
  if (l.transport === 'tcp' && TCP_PARTNER[l.tcpType] !== r.tcpType) return false;
  return l.family === 'any' || r.family === 'any' || l.family === r.family;
}

/** One product of two sorted lists, walked from its best pair. */
interface Product {
  locals: readonly Entry[];
  remotes: readonly Entry[];
}

interface Node {
  p: Product;
  li: number;
  ri: number;
  priority: bigint;
  l: Entry;
  r: Entry;
}

/** Pair order: priority descending, then local, then remote position. */
function before(a: Node, b: Node): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.l.i !== b.l.i ? a.l.i < b.l.i : a.r.i < b.r.i;
}

/**
 * Yields the pairs of a union of products in pair order. Each (i, j) is
 * reached once: from (i, j-1), or from (i-1, 0) when j = 0. Both come before
 * it, since priority is strictly increasing in each candidate's priority.
 */
function* walk(products: readonly Product[], role: IceRole): Generator<Node> {
  const heap: Node[] = [];
  const node = (p: Product, li: number, ri: number): Node | undefined => {
    const l = p.locals[li];
    const r = p.remotes[ri];
    if (l === undefined || r === undefined) return undefined;
    return { p, li, ri, l, r, priority: pairPriorityForRole(l.c.priority, r.c.priority, role) };
  };
  const push = (n: Node | undefined): void => {
    if (n === undefined) return;
    heap.push(n);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): Node | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const a = 2 * i + 1;
      const b = a + 1;
      let best = i;
      if (a < heap.length && before(heap[a]!, heap[best]!)) best = a;
      if (b < heap.length && before(heap[b]!, heap[best]!)) best = b;
      if (best === i) break;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
    return top;
  };
  for (const p of products) push(node(p, 0, 0));
  for (let n = pop(); n !== undefined; n = pop()) {
    yield n;
    if (n.ri === 0) push(node(n.p, n.li + 1, 0));
    push(node(n.p, n.li, n.ri + 1));
  }
}

/** The first entry per key of a list sorted by rank: the best candidate of each transport address. */
function bestPerKey(entries: readonly Entry[]): Map<string, Entry> {
  const best = new Map<string, Entry>();
  for (const e of entries) if (!best.has(e.key)) best.set(e.key, e);
  return best;
}

function formedPair(l: Entry, r: Entry, priority: bigint): FormedPair {
  const notes: IceFinding[] = [];
  const local = l.base ?? l.c;
  if (l.base !== undefined) {
    notes.push(
      iceFinding(
        'local-replaced-by-base',
        `the ${l.c.type} candidate ${l.c.address} ${l.c.port} is replaced by its base ${l.base.address} ${l.base.port}; the pair keeps the priority it was formed with`,
      ),
    );
  }
  const pair: FormedPair = {
    local,
    remote: r.c,
    localIndex: l.i,
    remoteIndex: r.i,
    priority,
    foundation: { local: local.foundation, remote: r.c.foundation },
    component: l.c.component,
    notes,
  };
  if (l.base !== undefined) pair.replaced = l.c;
  return pair;
}

function isUnspecified(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4 !== undefined) return v4.every((x) => x === 0);
  const v6 = parseIPv6(address);
  return v6 !== undefined && v6.every((x) => x === 0);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nonNegativeInteger(value: number | undefined, fallback: number, name: string, findings: IceFinding[]): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && value >= 0) return value;
  findings.push(iceFinding('invalid-limit', `${name} ${String(value)} is not a non-negative integer: using ${fallback}`));
  return fallback;
}

/** Builds the RFC 8445 §6.1.2 check list of one data stream. Pure; never throws. */
export function checkList(local: readonly Candidate[], remote: readonly Candidate[], options: CheckListOptions): CheckList {
  const findings: IceFinding[] = [];
  const limit = nonNegativeInteger(options.limit, DEFAULT_CHECK_LIST_LIMIT, 'limit', findings);
  const sample = nonNegativeInteger(options.prunedSample, DEFAULT_PRUNED_SAMPLE, 'prunedSample', findings);
  const role = options.role;

  const locals: Entry[] = [];
  local.forEach((c, i) => {
    if (usable(c, 'local', i, findings)) locals.push({ c, i, key: keyOf(c) });
  });
  const remotes: Entry[] = [];
  remote.forEach((c, i) => {
    if (usable(c, 'remote', i, findings)) remotes.push({ c, i, key: keyOf(c) });
  });

  // §6.1.2.4: the base of each reflexive local candidate, from one lookup table of usable hosts.
  const hosts = new Map<string, Candidate>();
  for (const e of locals) if (e.c.type.toLowerCase() === 'host' && !hosts.has(e.key)) hosts.set(e.key, e.c);
  const hidden: Entry[] = [];
  const missing: Entry[] = [];
  for (const e of locals) {
    if (!isReflexive(e.c)) continue;
    const { relatedAddress: raddr, relatedPort: rport } = e.c;
    if (raddr === undefined || rport === undefined || isUnspecified(raddr)) {
      e.noBase =
        raddr === undefined || rport === undefined
          ? `the ${e.c.type} candidate ${e.c.address} ${e.c.port} names no base (no raddr/rport): checks are sent from a base, never from a reflexive address (RFC 8445 §6.1.2.4)`
          : `the ${e.c.type} candidate ${e.c.address} ${e.c.port} hides its base (raddr ${raddr} ${rport}): checks are sent from the base, a host candidate whose own pairs are in the list, never from the reflexive address (RFC 8445 §6.1.2.4)`;
      hidden.push(e);
      continue;
    }
    const base = hosts.get(transportKey(e.c.component, e.c.transport, e.c.tcpType, raddr, rport));
    if (base === undefined) {
      e.noBase = `no local host candidate at ${raddr} ${rport}, the base of the ${e.c.type} candidate ${e.c.address} ${e.c.port}: checks are sent from the base, never from the reflexive address (RFC 8445 §6.1.2.4)`;
      missing.push(e);
    } else {
      e.base = base;
      e.key = keyOf(base);
    }
  }

  // §6.1.2.2: pairing classes, and which pair with which.
  const localClasses = [...classesOf(locals).values()];
  const remoteClasses = [...classesOf(remotes).values()];
  const byTransport = new Map<string, PairClass[]>();
  for (const k of localClasses) {
    const id = `${k.component}|${k.transport}|${k.tcpType}`;
    byTransport.set(id, [...(byTransport.get(id) ?? []), k]);
  }
  const formedProducts: Product[] = [];
  const keptProducts: Product[] = [];
  let formedCount = 0;
  let noBaseCount = 0;
  let keptCount = 0;
  const pairedLocal = new Set<PairClass>();
  const pairedRemote = new Set<PairClass>();
  /** Per remote class: the best local candidate of each base that pairs with it, and the best remote per address. */
  const bestLocal = new Map<PairClass, Map<string, Entry>>();
  const bestRemote = new Map<PairClass, Map<string, Entry>>();
  for (const r of remoteClasses) {
    const partner = r.transport === 'tcp' ? (TCP_PARTNER[r.tcpType] ?? '') : r.tcpType;
    const partners = (byTransport.get(`${r.component}|${r.transport}|${partner}`) ?? []).filter((l) => classesPair(l, r));
    if (partners.length === 0) continue;
    pairedRemote.add(r);
    const withBase: Entry[] = [];
    for (const l of partners) {
      pairedLocal.add(l);
      formedProducts.push({ locals: l.members, remotes: r.members });
      formedCount += l.members.length * r.members.length;
      for (const e of l.members) {
        if (e.noBase === undefined) withBase.push(e);
        else noBaseCount += r.members.length;
      }
    }
    withBase.sort(byRank);
    const bl = bestPerKey(withBase);
    const br = bestPerKey(r.members);
    bestLocal.set(r, bl);
    bestRemote.set(r, br);
    keptProducts.push({ locals: [...bl.values()], remotes: [...br.values()] });
    keptCount += bl.size * br.size;
  }

  // §6.1.2.5: the first `limit` pairs that survive §6.1.2.4.
  const kept: FormedPair[] = [];
  if (limit > 0) {
    for (const n of walk(keptProducts, role)) {
      kept.push(formedPair(n.l, n.r, n.priority));
      if (kept.length >= limit) break;
    }
  }

  // §6.1.2.6: per pair foundation, the lowest component, then the highest priority, is Waiting.
  const waiting = new Map<string, FormedPair>();
  const foundationKey = (f: PairFoundation) => `${f.local.length}:${f.local}${f.remote}`;
  for (const p of kept) {
    const key = foundationKey(p.foundation);
    const w = waiting.get(key);
    // `kept` is sorted by priority, so the first pair of the lowest component wins.
    if (w === undefined || p.component < w.component) waiting.set(key, p);
  }
  const pairs: CandidatePair[] = kept.map((p) => ({ ...p, state: waiting.get(foundationKey(p.foundation)) === p ? 'Waiting' : 'Frozen' }));

  // The first `sample` pruned pairs, walking every formed pair in order: each pop is a
  // pruned pair or one of the `limit` kept ones, so this stops after limit + sample pops.
  const pruned: PrunedPair[] = [];
  const classOf = new Map<readonly Entry[], PairClass>(remoteClasses.map((r) => [r.members, r]));
  let keptSeen = 0;
  if (sample > 0) {
    for (const n of walk(formedProducts, role)) {
      if (n.l.noBase !== undefined) {
        pruned.push({ ...formedPair(n.l, n.r, n.priority), reason: 'no-base', message: n.l.noBase });
      } else {
        const rc = classOf.get(n.p.remotes)!;
        const bl = bestLocal.get(rc)!.get(n.l.key)!;
        const br = bestRemote.get(rc)!.get(n.r.key)!;
        if (bl !== n.l || br !== n.r) {
          const p = formedPair(n.l, n.r, n.priority);
          const higher = pairPriorityForRole(bl.c.priority, br.c.priority, role);
          pruned.push({
            ...p,
            reason: 'redundant',
            message: `redundant with the pair of priority ${higher} from the same local base ${p.local.address} ${p.local.port} to the same remote ${p.remote.address} ${p.remote.port} (RFC 8445 §6.1.2.4)`,
          });
        } else if (keptSeen++ >= limit) {
          pruned.push({ ...formedPair(n.l, n.r, n.priority), reason: 'limit', message: `beyond the limit of ${limit} pairs (RFC 8445 §6.1.2.5)` });
        }
      }
      if (pruned.length >= sample) break;
    }
  }

  // Facts about the whole list, once: hidden families and hidden or missing bases.
  for (const [side, classes] of [
    ['local', pairedLocal],
    ['remote', pairedRemote],
  ] as const) {
    const named = [...classes].filter((k) => k.family === 'any').flatMap((k) => k.members);
    if (named.length === 0) continue;
    named.sort((a, b) => a.i - b.i);
    const first = named[0]!.c;
    findings.push(
      iceFinding(
        'address-family-unknown',
        named.length === 1
          ? `the ${side} address ${first.address} is ${describeRaw(classifyAddress(first.address).family)}: its family is unknown, so it is paired with candidates of every family`
          : `${plural(named.length, `${side} candidate`)} have a name for an address (the first: ${first.address}, ${describeRaw(classifyAddress(first.address).family)}): their family is unknown, so they are paired with candidates of every family`,
      ),
    );
  }
  const baseFinding = (entries: Entry[], code: 'reflexive-base-hidden' | 'reflexive-base-not-found') => {
    if (entries.length === 0) return;
    const first = entries[0]!.c;
    const which = entries.length === 1 ? `the local ${first.type} candidate ${first.address} ${first.port}` : `${plural(entries.length, 'local reflexive candidate')} (the first: ${first.type} ${first.address} ${first.port})`;
    findings.push(
      iceFinding(
        code,
        code === 'reflexive-base-hidden'
          ? `${which} ${entries.length === 1 ? 'hides its base' : 'hide their base'} (raddr ${first.relatedAddress ?? '(none)'} ${first.relatedPort ?? '(none)'}): checks go from the base, a host candidate, so ${entries.length === 1 ? 'its' : 'their'} pairs are pruned`
          : `${which}: no local host candidate at ${entries.length === 1 ? 'its' : 'their'} raddr/rport (${first.relatedAddress ?? ''} ${first.relatedPort ?? ''}), so ${entries.length === 1 ? 'its' : 'their'} pairs are pruned; checks go from a base, never from a reflexive address`,
      ),
    );
  };
  baseFinding(hidden, 'reflexive-base-hidden');
  baseFinding(missing, 'reflexive-base-not-found');

  const prunedCount = {
    'no-base': noBaseCount,
    redundant: formedCount - noBaseCount - keptCount,
    limit: Math.max(0, keptCount - limit),
    total: formedCount - kept.length,
  };
  return { pairs, pruned, formedCount, prunedCount, findings };
}
