import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canPair, checkList, pairFoundationText, pairPriorityForRole, parseIPv6, type CheckList, type IceRole } from '../../src/ice/index.js';
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';
import { arbCandidate, candidateAddresses as addresses } from '../arbitraries/candidates.js';
import { corpusCandidates, hasCorpus, make, noCorpusMessage } from './helpers.js';

/** [localIndex, remoteIndex] of each pair, in order. */
const ids = (pairs: { localIndex: number; remoteIndex: number }[]) => pairs.map((p) => [p.localIndex, p.remoteIndex]);

describe('checkList with the README vectors (RFC 8445 §6.1.2.3 ordering by role)', () => {
  // Priorities from libwebrtc's TestConnectionPriority: 2113937029 (host) and 50339561 (relay).
  const local = [
    make({ foundation: 'H', address: '10.0.0.1', port: 1000, type: 'host', priority: 2113937029 }),
    make({ foundation: 'H', address: '10.0.0.2', port: 1000, type: 'host', priority: 50339561 }),
  ];
  const remote = [
    make({ foundation: 'R', address: '10.0.1.1', port: 2000, type: 'host', priority: 50339561 }),
    make({ foundation: 'R', address: '10.0.1.2', port: 2000, type: 'host', priority: 2113937029 }),
  ];

  it('controlling: G is the local priority', () => {
    const r = checkList(local, remote, { role: 'controlling' });
    expect(ids(r.pairs)).toEqual([
      [0, 1],
      [0, 0],
      [1, 1],
      [1, 0],
    ]);
    expect(r.pairs.map((p) => p.priority)).toEqual([9079290409586277642n, 216206772417871115n, 216206772417871114n, 216206768290676178n]);
    expect(r.pairs.map((p) => p.state)).toEqual(['Waiting', 'Frozen', 'Frozen', 'Frozen']);
    expect(r.pairs.every((p) => pairFoundationText(p.foundation) === 'H/R')).toBe(true);
    expect(r.pruned).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it('controlled: G is the remote priority, so the two middle pairs swap', () => {
    const r = checkList(local, remote, { role: 'controlled' });
    expect(ids(r.pairs)).toEqual([
      [0, 1],
      [1, 1],
      [0, 0],
      [1, 0],
    ]);
    expect(r.pairs.map((p) => p.priority)).toEqual([9079290409586277642n, 216206772417871115n, 216206772417871114n, 216206768290676178n]);
  });

  it('host-host with the RFC 8445 value 9151314442783293438 in both roles', () => {
    const l = [make({ address: '10.0.0.1', port: 1, type: 'host', priority: 2130706431 })];
    const r = [make({ address: '10.0.0.2', port: 1, type: 'host', priority: 2130706431 })];
    for (const role of ['controlling', 'controlled'] as const) {
      expect(checkList(l, r, { role }).pairs.map((p) => [p.priority, p.state])).toEqual([[9151314442783293438n, 'Waiting']]);
    }
  });
});

describe('checkList: two components, host + srflx + relay on each side', () => {
  const local: Candidate[] = [
    make({ foundation: '1', component: 1, address: '192.168.1.10', port: 5000, type: 'host', priority: 2130706431 }),
    make({ foundation: '1', component: 2, address: '192.168.1.10', port: 5001, type: 'host', priority: 2130706430 }),
    make({ foundation: '2', component: 1, address: '203.0.113.5', port: 6000, type: 'srflx', priority: 1694498815, relatedAddress: '192.168.1.10', relatedPort: 5000 }),
    make({ foundation: '2', component: 2, address: '203.0.113.5', port: 6001, type: 'srflx', priority: 1694498814, relatedAddress: '192.168.1.10', relatedPort: 5001 }),
    make({ foundation: '3', component: 1, address: '198.51.100.7', port: 7000, type: 'relay', priority: 16777215, relatedAddress: '203.0.113.5', relatedPort: 6000 }),
    make({ foundation: '3', component: 2, address: '198.51.100.7', port: 7001, type: 'relay', priority: 16777214, relatedAddress: '203.0.113.5', relatedPort: 6001 }),
  ];
  const remote: Candidate[] = [
    make({ foundation: 'a', component: 1, address: '10.0.0.2', port: 4000, type: 'host', priority: 2122260223 }),
    make({ foundation: 'a', component: 2, address: '10.0.0.2', port: 4001, type: 'host', priority: 2122260222 }),
    make({ foundation: 'b', component: 1, address: '192.0.2.9', port: 4500, type: 'srflx', priority: 1686052607, relatedAddress: '10.0.0.2', relatedPort: 4000 }),
    make({ foundation: 'b', component: 2, address: '192.0.2.9', port: 4501, type: 'srflx', priority: 1686052606, relatedAddress: '10.0.0.2', relatedPort: 4001 }),
    make({ foundation: 'c', component: 1, address: '198.51.100.20', port: 50000, type: 'relay', priority: 33562367, relatedAddress: '192.0.2.9', relatedPort: 4500 }),
    make({ foundation: 'c', component: 2, address: '198.51.100.20', port: 50001, type: 'relay', priority: 33562366, relatedAddress: '192.0.2.9', relatedPort: 4501 }),
  ];
  const keptOrder = [
    [0, 0],
    [1, 1],
    [0, 2],
    [1, 3],
    [0, 4],
    [1, 5],
    [4, 0],
    [4, 2],
    [4, 4],
    [5, 1],
    [5, 3],
    [5, 5],
  ];

  it.each(['controlling', 'controlled'] as const)('%s: 12 pairs ordered by MIN(G,D), then MAX(G,D)', (role) => {
    const r = checkList(local, remote, { role });
    expect(ids(r.pairs)).toEqual(keptOrder);
    // The role decides G and D: check every priority against the formula with the role's G.
    for (const p of r.pairs) expect(p.priority).toBe(pairPriorityForRole(local[p.localIndex]!.priority, remote[p.remoteIndex]!.priority, role));
    expect(r.pairs.map((p) => pairFoundationText(p.foundation))).toEqual(['1/a', '1/a', '1/b', '1/b', '1/c', '1/c', '3/a', '3/b', '3/c', '3/a', '3/b', '3/c']);
    expect(r.pairs.map((p) => `${pairFoundationText(p.foundation)}/${p.component}:${p.state}`)).toEqual([
      '1/a/1:Waiting',
      '1/a/2:Frozen',
      '1/b/1:Waiting',
      '1/b/2:Frozen',
      '1/c/1:Waiting',
      '1/c/2:Frozen',
      '3/a/1:Waiting',
      '3/b/1:Waiting',
      '3/c/1:Waiting',
      '3/a/2:Frozen',
      '3/b/2:Frozen',
      '3/c/2:Frozen',
    ]);
  });

  it('exact values of the top pair in each role (low bit = G > D)', () => {
    expect(checkList(local, remote, { role: 'controlling' }).pairs[0]!.priority).toBe(9115038255648079871n);
    expect(checkList(local, remote, { role: 'controlled' }).pairs[0]!.priority).toBe(9115038255648079870n);
  });

  it('a local srflx is replaced by its base and its pairs are pruned as redundant with the host pairs', () => {
    const r = checkList(local, remote, { role: 'controlling' });
    expect(r.pruned.map((p) => [p.localIndex, p.remoteIndex, p.reason])).toEqual([
      [2, 0, 'redundant'],
      [3, 1, 'redundant'],
      [2, 2, 'redundant'],
      [3, 3, 'redundant'],
      [2, 4, 'redundant'],
      [3, 5, 'redundant'],
    ]);
    const first = r.pruned[0]!;
    expect(first.local).toBe(local[0]);
    expect(first.replaced).toBe(local[2]);
    expect(first.foundation).toEqual({ local: '1', remote: 'a' });
    // The replaced pair keeps the priority it was formed with (from the srflx priority 1694498815).
    expect(first.priority).toBe(pairPriorityForRole(1694498815, 2122260223, 'controlling'));
    expect(first.notes.map((n) => n.code)).toEqual(['local-replaced-by-base']);
    expect(first.message).toBe(
      'redundant with the pair of priority 9115038255648079871 from the same local base 192.168.1.10 5000 to the same remote 10.0.0.2 4000 (RFC 8445 §6.1.2.4)',
    );
  });

  it('applies the limit after pruning, and the Waiting states after the limit', () => {
    const r = checkList(local, remote, { role: 'controlling', limit: 3 });
    expect(ids(r.pairs)).toEqual(keptOrder.slice(0, 3));
    expect(r.pairs.map((p) => p.state)).toEqual(['Waiting', 'Frozen', 'Waiting']);
    expect(r.pruned.filter((p) => p.reason === 'limit').length).toBe(9);
    expect(r.pruned.filter((p) => p.reason === 'redundant').length).toBe(6);
    expect(r.pruned.find((p) => p.reason === 'limit')?.message).toBe('beyond the limit of 3 pairs (RFC 8445 §6.1.2.5)');
    // Pruned pairs stay in pair-priority order whatever removed them.
    const order = r.pruned.map((p) => p.priority);
    expect([...order].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(order);
  });

  it('limit 0 keeps nothing; a bad limit falls back to 100 with a finding', () => {
    expect(checkList(local, remote, { role: 'controlling', limit: 0 }).pairs).toEqual([]);
    const r = checkList(local, remote, { role: 'controlling', limit: -2 });
    expect(r.pairs.length).toBe(12);
    expect(r.findings).toEqual([
      { code: 'invalid-limit', severity: 'warning', message: 'limit -2 is not a non-negative integer: using 100', ref: 'RFC 8445 §6.1.2.5' },
    ]);
  });
});

describe('checkList pairing rules', () => {
  it('TCP (RFC 6544 §6.2): active with passive, passive with active, so with so; never with UDP', () => {
    const tcp = (tcpType: string, port: number) => make({ transport: 'TCP', tcpType, address: '10.0.0.1', port, type: 'host', priority: 1000 + port });
    const local = [tcp('active', 9), tcp('passive', 1), tcp('so', 2), make({ address: '10.0.0.1', port: 3, type: 'host', priority: 5 })];
    const remote = [tcp('active', 9), tcp('passive', 11), tcp('so', 12)].map((c) => ({ ...c, address: '10.0.0.2' }));
    const r = checkList(local, remote, { role: 'controlling' });
    expect(ids(r.pairs).sort()).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
  });

  it('a TCP candidate without tcptype is left out with a finding', () => {
    const r = checkList([make({ transport: 'tcp', address: '10.0.0.1', port: 9, type: 'host', priority: 1 })], [], { role: 'controlled' });
    expect(r.findings.map((f) => f.code)).toEqual(['tcp-candidate-without-tcptype']);
  });

  it('candidates with an invalid priority or component are skipped with a finding', () => {
    const bad = [make({ address: '10.0.0.1', port: 1, type: 'host', priority: 2 ** 32 }), make({ address: '10.0.0.1', port: 2, type: 'host', priority: 1, component: 0 })];
    const r = checkList(bad, [make({ address: '10.0.0.2', port: 1, type: 'host', priority: 1 })], { role: 'controlling' });
    expect(r.pairs).toEqual([]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'local candidate 0 has priority 4294967296, not an integer from 0 to 2^32-1: it is left out',
      'local candidate 1 has component 0, not an integer from 1 to 256: it is left out',
    ]);
  });

  it('same family only; IPv6 link-local only with link-local', () => {
    const local = [
      make({ address: '10.0.0.1', port: 1, type: 'host', priority: 4 }),
      make({ address: '2001:db8::1', port: 1, type: 'host', priority: 3 }),
      make({ address: 'fe80::1%eth0', port: 1, type: 'host', priority: 2 }),
    ];
    const remote = [
      make({ address: '10.0.0.2', port: 1, type: 'host', priority: 4 }),
      make({ address: '2001:db8::2', port: 1, type: 'host', priority: 3 }),
      make({ address: 'FE80::2', port: 1, type: 'host', priority: 2 }),
    ];
    expect(ids(checkList(local, remote, { role: 'controlling' }).pairs)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(canPair(local[2]!, remote[1]!)).toEqual({ ok: false, reason: 'an IPv6 link-local address pairs only with link-local (RFC 8445 §6.1.2.2)', notes: [] });
    expect(canPair(local[0]!, remote[1]!).reason).toBe('address families differ (ipv4 and ipv6)');
  });

  it('a remote mDNS name or FQDN pairs with both families; the list says so once per side, not on every pair', () => {
    const local = [make({ address: '10.0.0.1', port: 1, type: 'host', priority: 4 }), make({ address: '2001:db8::1', port: 1, type: 'host', priority: 3 })];
    const remote = [
      make({ address: '4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local', port: 9, type: 'host', priority: 2 }),
      make({ address: 'turn.example.com', port: 3478, type: 'relay', priority: 1 }),
    ];
    const r = checkList(local, remote, { role: 'controlling' });
    expect(ids(r.pairs)).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(r.pairs.map((p) => p.notes)).toEqual([[], [], [], []]);
    expect(r.findings).toEqual([
      {
        code: 'address-family-unknown',
        severity: 'info',
        message:
          '2 remote candidates have a name for an address (the first: 4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local, an mDNS name): their family is unknown, so they are paired with candidates of every family',
        ref: 'RFC 8445 §6.1.2.2',
      },
    ]);
    // canPair, asked about one pair, still tells it.
    expect(canPair(local[0]!, remote[0]!).notes[0]!.message).toBe(
      'the remote address 4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local is an mDNS name: its family is unknown, so the pair is formed whatever the other family is',
    );
    const one = checkList(local, remote.slice(1), { role: 'controlling' });
    expect(one.findings.map((f) => f.message)).toEqual(['the remote address turn.example.com is a DNS name: its family is unknown, so it is paired with candidates of every family']);
  });

  it('pair foundations are (local, remote) pairs: "1"+"23" and "12"+"3" are two groups, each with its Waiting pair', () => {
    // Firefox numbers its foundations 0, 1, 2, …: concatenated, 1·23 and 12·3 both read "123".
    const local = [make({ foundation: '1', address: '10.0.0.1', port: 1, type: 'host', priority: 100 }), make({ foundation: '12', address: '10.0.0.3', port: 1, type: 'host', priority: 90 })];
    const remote = [make({ foundation: '23', address: '10.0.0.2', port: 1, type: 'host', priority: 100 }), make({ foundation: '3', address: '10.0.0.4', port: 1, type: 'host', priority: 90 })];
    const r = checkList(local, remote, { role: 'controlling' });
    expect(r.pairs.map((p) => [pairFoundationText(p.foundation), p.state])).toEqual([
      ['1/23', 'Waiting'],
      ['1/3', 'Waiting'],
      ['12/23', 'Waiting'],
      ['12/3', 'Waiting'],
    ]);
    expect(r.pairs[0]!.foundation).toEqual({ local: '1', remote: '23' });
    expect(r.pairs[3]!.foundation).toEqual({ local: '12', remote: '3' });
  });

  it('a local srflx that hides its base (raddr 0.0.0.0, as browsers send) is no pair the agent checks from: pruned, once in the findings', () => {
    // A browser that hides host addresses: an mDNS host and a srflx with raddr 0.0.0.0 rport 0.
    const local = [
      make({ foundation: '1', address: '6b2a7c1e-0f3d-4e59-8a61-2d9c0b4f7e13.local', port: 54400, type: 'host', priority: 2122260223 }),
      make({ foundation: '2', address: '203.0.113.5', port: 54400, type: 'srflx', priority: 1686052607, relatedAddress: '0.0.0.0', relatedPort: 0 }),
    ];
    const remote = [make({ foundation: 'a', address: '10.0.0.2', port: 4000, type: 'host', priority: 2122260223 })];
    const r = checkList(local, remote, { role: 'controlling' });
    expect(ids(r.pairs)).toEqual([[0, 0]]);
    expect(r.pairs[0]!.state).toBe('Waiting');
    expect(r.pruned.map((p) => [p.localIndex, p.remoteIndex, p.reason, p.local === local[1], p.replaced])).toEqual([[1, 0, 'no-base', true, undefined]]);
    expect(r.pruned[0]!.message).toBe(
      'the srflx candidate 203.0.113.5 54400 hides its base (raddr 0.0.0.0 0): checks are sent from the base, a host candidate whose own pairs are in the list, never from the reflexive address (RFC 8445 §6.1.2.4)',
    );
    expect(r.prunedCount).toEqual({ 'no-base': 1, redundant: 0, limit: 0, total: 1 });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['address-family-unknown', 'info'],
      ['reflexive-base-hidden', 'info'],
    ]);
    expect(r.findings[1]!.message).toBe(
      'the local srflx candidate 203.0.113.5 54400 hides its base (raddr 0.0.0.0 0): checks go from the base, a host candidate, so its pairs are pruned',
    );
  });

  it('a local srflx whose base is not among the local candidates is pruned with the reason, and a warning', () => {
    const local = [make({ address: '203.0.113.5', port: 6000, type: 'srflx', priority: 1694498815, relatedAddress: '192.168.9.9', relatedPort: 5000 })];
    const r = checkList(local, [make({ address: '10.0.0.2', port: 1, type: 'host', priority: 1 })], { role: 'controlling' });
    expect(r.pairs).toEqual([]);
    expect(r.pruned.map((p) => [p.reason, p.message])).toEqual([
      [
        'no-base',
        'no local host candidate at 192.168.9.9 5000, the base of the srflx candidate 203.0.113.5 6000: checks are sent from the base, never from the reflexive address (RFC 8445 §6.1.2.4)',
      ],
    ]);
    expect(r.findings).toEqual([
      {
        code: 'reflexive-base-not-found',
        severity: 'warning',
        message:
          'the local srflx candidate 203.0.113.5 6000: no local host candidate at its raddr/rport (192.168.9.9 5000), so its pairs are pruned; checks go from a base, never from a reflexive address',
        ref: 'RFC 8445 §6.1.2.4',
      },
    ]);
  });

  it('a replaced pair that outranks its host pair is kept and the host pair is pruned', () => {
    // Odd priorities (srflx above host) show the rule prunes by the priority as formed.
    const local = [
      make({ foundation: 'h', address: '192.168.1.10', port: 5000, type: 'host', priority: 100 }),
      make({ foundation: 's', address: '203.0.113.5', port: 6000, type: 'srflx', priority: 200, relatedAddress: '192.168.1.10', relatedPort: 5000 }),
    ];
    const r = checkList(local, [make({ foundation: 'r', address: '10.0.0.2', port: 1, type: 'host', priority: 300 })], { role: 'controlling' });
    expect(r.pairs.map((p) => [p.localIndex, p.local.address, pairFoundationText(p.foundation), p.priority])).toEqual([[1, '192.168.1.10', 'h/r', pairPriorityForRole(200, 300, 'controlling')]]);
    expect(r.pruned.map((p) => [p.localIndex, p.reason])).toEqual([[0, 'redundant']]);
  });
});

describe.skipIf(!hasCorpus)('checkList on real SDP: Firefox (webrtc-sdp/11.sdp) against Chrome (webrtc-sdp/41.sdp)', () => {
  if (!hasCorpus) it.skip(noCorpusMessage, () => {});

  it('forms 48 pairs, prunes the 12 srflx pairs, keeps 36; 18 foundations each Waiting once', () => {
    const local = corpusCandidates('webrtc-sdp/11.sdp');
    const remote = corpusCandidates('webrtc-sdp/41.sdp');
    expect([local.length, remote.length]).toEqual([8, 16]);
    const r = checkList(local, remote, { role: 'controlling' });
    // Chrome's four TCP host candidates carry no tcptype (2014 SDP): left out, with findings.
    expect(r.findings.map((f) => f.code)).toEqual(Array(4).fill('tcp-candidate-without-tcptype'));
    expect(r.pairs.length).toBe(36);
    expect(r.pruned.length).toBe(12);
    expect(r.pruned.every((p) => p.reason === 'redundant' && p.replaced?.type === 'srflx' && p.local.type === 'host')).toBe(true);
    expect(r.pairs.filter((p) => p.state === 'Waiting').map((p) => p.component)).toEqual(Array(18).fill(1));
    expect(new Set(r.pairs.map((p) => pairFoundationText(p.foundation))).size).toBe(18);
    // Highest: Firefox host 2130379007 with Chrome host 2113937151.
    expect(r.pairs[0]!.priority).toBe(pairPriorityForRole(2130379007, 2113937151, 'controlling'));
    expect(r.pairs[0]!.local.address).toBe('10.0.0.36');
  });
});

// ---- properties ----------------------------------------------------------

const arbInput = fc.record({
  local: fc.array(arbCandidate('local'), { maxLength: 8 }),
  remote: fc.array(arbCandidate('remote'), { maxLength: 8 }),
  role: fc.constantFrom<IceRole>('controlling', 'controlled'),
  limit: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
});

function run(input: { local: Candidate[]; remote: Candidate[]; role: IceRole; limit: number | undefined }): CheckList {
  return checkList(input.local, input.remote, input.limit === undefined ? { role: input.role } : { role: input.role, limit: input.limit });
}

describe('checkList properties', () => {
  it('ordering is total and stable: priority descending, ties by local then remote position; same input, same output', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const a = run(input);
        for (let i = 1; i < a.pairs.length; i++) {
          const p = a.pairs[i - 1]!;
          const q = a.pairs[i]!;
          if (p.priority < q.priority) return false;
          if (p.priority === q.priority && (p.localIndex > q.localIndex || (p.localIndex === q.localIndex && p.remoteIndex >= q.remoteIndex))) return false;
        }
        const b = run(input);
        return JSON.stringify(ids(a.pairs)) === JSON.stringify(ids(b.pairs)) && JSON.stringify(ids(a.pruned)) === JSON.stringify(ids(b.pruned));
      }),
    );
  });

  it('pruned ∪ pairs = every formed pair (canPair over the usable candidates), without overlap', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = run(input);
        const usable = (c: Candidate) => !(c.transport.toLowerCase() === 'tcp' && c.tcpType === undefined);
        const formed = new Set<string>();
        input.local.forEach((l, li) => input.remote.forEach((rm, ri) => usable(l) && usable(rm) && canPair(l, rm).ok && formed.add(`${li}:${ri}`)));
        const got = [...r.pairs, ...r.pruned].map((p) => `${p.localIndex}:${p.remoteIndex}`);
        return got.length === formed.size && new Set(got).size === got.length && got.every((k) => formed.has(k));
      }),
    );
  });

  it('every foundation has exactly one Waiting pair: the lowest component, then the highest priority', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = run(input);
        const byFoundation = new Map<string, typeof r.pairs>();
        for (const p of r.pairs) byFoundation.set(JSON.stringify(p.foundation), [...(byFoundation.get(JSON.stringify(p.foundation)) ?? []), p]);
        for (const group of byFoundation.values()) {
          const waiting = group.filter((p) => p.state === 'Waiting');
          if (waiting.length !== 1) return false;
          const w = waiting[0]!;
          if (group.some((p) => p.component < w.component || (p.component === w.component && p.priority > w.priority))) return false;
        }
        return true;
      }),
    );
  });

  it('kept pairs are never redundant, respect the limit, and carry the role formula priority', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = run(input);
        const key = (c: Candidate) => `${c.component}|${c.transport.toLowerCase()}|${c.tcpType ?? ''}|${c.address.toLowerCase()}|${c.port}`;
        const seen = new Set(r.pairs.map((p) => `${key(p.local)}>${key(p.remote)}`));
        const formedWith = (p: (typeof r.pairs)[number]) => (p.replaced ?? p.local).priority;
        return (
          seen.size === r.pairs.length &&
          r.pairs.length <= (input.limit ?? 100) &&
          r.pairs.every((p) => p.priority === pairPriorityForRole(formedWith(p), p.remote.priority, input.role)) &&
          r.pruned.every((p) => (p.reason === 'limit' ? input.limit !== undefined : true))
        );
      }),
    );
  });
});

// ---- the fast check list against a naive reference ------------------------

/*
 * The reference follows RFC 8445 §6.1.2 step by step on every pair, with no
 * cleverness: form all n·m pairs, replace reflexive locals by their base (or
 * prune them without one), sort, prune redundant pairs in order, cut at the
 * limit, then set the states. checkList must give the same lists and counts.
 */
interface RefPair {
  li: number;
  ri: number;
  priority: bigint;
  local: Candidate;
  replaced?: Candidate;
  reason?: 'redundant' | 'limit' | 'no-base';
  state?: 'Waiting' | 'Frozen';
}

function referenceCheckList(local: Candidate[], remote: Candidate[], role: IceRole, limit: number) {
  const lower = (s: string | undefined) => s?.toLowerCase();
  const usable = (c: Candidate) =>
    Number.isInteger(c.priority) && c.priority >= 0 && c.priority <= 2 ** 32 - 1 && c.component >= 1 && c.component <= 256 && !(lower(c.transport) === 'tcp' && c.tcpType === undefined);
  // One transport address: component, transport, TCP type (TCP only), address (IPv6 by value), port.
  const key = (component: number, transport: string, tcpType: string | undefined, address: string, port: number) =>
    [component, lower(transport), lower(transport) === 'tcp' ? lower(tcpType) : '', parseIPv6(address)?.join(':') ?? address.toLowerCase(), port].join('|');
  const keyOf = (c: Candidate) => key(c.component, c.transport, c.tcpType, c.address, c.port);
  const unspecified = (a: string) => a === '0.0.0.0' || parseIPv6(a)?.every((g) => g === 0) === true;
  const baseOf = (c: Candidate): Candidate | undefined => {
    if (c.relatedAddress === undefined || c.relatedPort === undefined || unspecified(c.relatedAddress)) return undefined;
    const want = key(c.component, c.transport, c.tcpType, c.relatedAddress, c.relatedPort);
    return local.find((h) => usable(h) && h.type.toLowerCase() === 'host' && keyOf(h) === want);
  };
  const formed: RefPair[] = [];
  local.forEach((l, li) =>
    remote.forEach((r, ri) => {
      if (!usable(l) || !usable(r) || !canPair(l, r).ok) return;
      const p: RefPair = { li, ri, priority: pairPriorityForRole(l.priority, r.priority, role), local: l };
      if (['srflx', 'prflx'].includes(l.type.toLowerCase())) {
        const base = baseOf(l);
        if (base === undefined) p.reason = 'no-base';
        else Object.assign(p, { local: base, replaced: l });
      }
      formed.push(p);
    }),
  );
  formed.sort((a, b) => (a.priority === b.priority ? a.li - b.li || a.ri - b.ri : a.priority > b.priority ? -1 : 1));
  const seen = new Set<string>();
  const kept: RefPair[] = [];
  for (const p of formed) {
    if (p.reason !== undefined) continue;
    const k = `${keyOf(p.local)}>${keyOf(remote[p.ri]!)}`;
    if (seen.has(k)) p.reason = 'redundant';
    else {
      seen.add(k);
      kept.push(p);
    }
  }
  kept.slice(limit).forEach((p) => (p.reason = 'limit'));
  const final = kept.slice(0, limit);
  const groups = new Map<string, RefPair[]>();
  for (const p of final) {
    const f = JSON.stringify([p.local.foundation, remote[p.ri]!.foundation]);
    groups.set(f, [...(groups.get(f) ?? []), p]);
  }
  for (const g of groups.values()) {
    const low = Math.min(...g.map((p) => local[p.li]!.component));
    const w = g.find((p) => local[p.li]!.component === low)!;
    for (const p of g) p.state = p === w ? 'Waiting' : 'Frozen';
  }
  return { formed, pairs: final, pruned: formed.filter((p) => p.reason !== undefined) };
}

const refAddresses = [...addresses, 'FE80::1', '2001:DB8:0:0::1', '0.0.0.0', '::', 'PEER.local', '10.0.0.1'];

function arbRefCandidate(side: 'local' | 'remote'): fc.Arbitrary<Candidate> {
  return fc
    .record({
      foundation: fc.constantFrom('1', '2', '12', '23', '3'),
      component: fc.integer({ min: 1, max: 2 }),
      transport: fc.constantFrom('udp', 'UDP', 'tcp', 'tcp'),
      tcpType: fc.constantFrom('active', 'passive', 'so', 'SO', undefined),
      priority: fc.oneof(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(2130706431, 1694498815, 16777215, 100, 100)),
      address: fc.constantFrom(...refAddresses.filter((a) => a !== '0.0.0.0' && a !== '::')),
      port: fc.integer({ min: 1, max: 3 }),
      type: fc.constantFrom('host', 'host', 'host', 'srflx', 'srflx', 'prflx', 'relay'),
      raddr: fc.option(fc.constantFrom(...refAddresses), { nil: undefined }),
      rport: fc.integer({ min: 0, max: 3 }),
    })
    .map((r) => {
      const c: Candidate = { foundation: r.foundation, component: r.component, transport: r.transport, priority: r.priority, address: r.address, port: r.port, type: r.type, extensions: [] };
      if (r.tcpType !== undefined) c.tcpType = r.tcpType;
      if (r.type !== 'host' && r.raddr !== undefined) {
        c.relatedAddress = r.raddr;
        c.relatedPort = r.rport;
      }
      return side === 'local' ? c : { ...c, foundation: `r${c.foundation}` };
    });
}

/** Local lists where many reflexive candidates name a listed host as their base (same component, transport, address, port). */
const arbRefLocal = fc.array(arbRefCandidate('local'), { maxLength: 12 }).map((cs) => {
  const hosts = cs.filter((c) => c.type === 'host');
  return cs.map((c, i) => {
    const h = hosts[(i * 7) % Math.max(1, hosts.length)];
    if (h === undefined || c.type === 'host' || c.type === 'relay' || i % 3 === 2) return c;
    const based: Candidate = { ...c, component: h.component, transport: h.transport, relatedAddress: i % 2 === 0 ? h.address.toUpperCase() : h.address, relatedPort: h.port };
    if (h.tcpType === undefined) delete based.tcpType;
    else based.tcpType = h.tcpType;
    return based;
  });
});

describe('checkList equals the naive reference (fast-check)', () => {
  it('same pairs, states, foundations, bases, pruned sample and counts; both roles, limits small and large', () => {
    fc.assert(
      fc.property(
        fc.record({
          local: arbRefLocal,
          remote: fc.array(arbRefCandidate('remote'), { maxLength: 12 }),
          role: fc.constantFrom<IceRole>('controlling', 'controlled'),
          limit: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 })),
          sample: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(1000)),
        }),
        ({ local, remote, role, limit, sample }) => {
          const fast = checkList(local, remote, { role, limit, prunedSample: sample });
          const ref = referenceCheckList(local, remote, role, limit);
          const pairView = (p: CheckList['pairs'][number]) => [p.localIndex, p.remoteIndex, p.priority, p.state, p.foundation.local, p.foundation.remote, p.local, p.replaced];
          const refView = (p: RefPair) => [p.li, p.ri, p.priority, p.state, p.local.foundation, remote[p.ri]!.foundation, p.local, p.replaced];
          expect(fast.pairs.map(pairView)).toEqual(ref.pairs.map(refView));
          expect(fast.pruned.map((p) => [p.localIndex, p.remoteIndex, p.priority, p.reason, p.local, p.replaced])).toEqual(
            ref.pruned.slice(0, sample).map((p) => [p.li, p.ri, p.priority, p.reason, p.local, p.replaced]),
          );
          const count = (reason: string) => ref.pruned.filter((p) => p.reason === reason).length;
          expect(fast.prunedCount).toEqual({ 'no-base': count('no-base'), redundant: count('redundant'), limit: count('limit'), total: ref.pruned.length });
          expect(fast.formedCount).toBe(ref.formed.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
