import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressKey, candidateGraph, GRAPH_TIERS, type CandidateGraph, type GraphGroup } from '../../src/ice/index.js';
import { exchangeCheckLists } from '../../src/index.js';
import { parseCandidate } from '../../src/parser/index.js';
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';
import { arbCandidate } from '../arbitraries/candidates.js';
import { candidates as generated } from './generated.js';
import { cand, corpusCandidates, hasCorpus } from './helpers.js';

const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

const inputs = (cs: readonly Candidate[]) => cs.map((candidate) => ({ candidate }));
/** A group in words: its nodes (id, tier, label) and edges (from → to, kind). */
function shape(g: GraphGroup): { label: string; nodes: string[]; edges: string[] } {
  return { label: g.label, nodes: g.nodes.map((n) => `${n.id} ${n.tier}: ${n.label}${n.relay !== undefined ? ` via ${n.relay.text}` : ''}`), edges: g.edges.map((e) => `${e.from} → ${e.to} ${e.kind}`) };
}

describe('candidateGraph: real candidates', () => {
  it('the example Chrome offer: host → srflx by raddr/rport, srflx → relay (the TURN server saw the srflx address), relay transport guessed from the priority', () => {
    const [t] = exchangeCheckLists(offer, answer);
    const g = candidateGraph(t!.localCandidates);
    expect(g.groups.map(shape)).toEqual([
      {
        label: 'component 1, IPv4',
        nodes: [
          'c0 host: host 192.168.1.23:51372',
          'c1 host: host 10.0.2.15:53481',
          'c2 host: host 192.168.1.23:9',
          'c3 reflexive: srflx 203.0.113.7:51372',
          'c4 relay: relay 198.51.100.20:61284 via TURN/UDP or TURN/DTLS (guessed from the priority)',
        ],
        edges: ['c0 → c3 mapping', 'c3 → c4 relay'],
      },
    ]);
    expect(g.groups[0]!.nodes.map((n) => n.line)).toEqual([11, 12, 13, 14, 15]);
    expect(g.groups[0]!.edges.map((e) => e.text)).toEqual([
      'host 192.168.1.23:51372 → srflx 203.0.113.7:51372: the NAT mapping of its base (raddr 192.168.1.23:51372)',
      'srflx 203.0.113.7:51372 → relay 198.51.100.20:61284: allocated by a TURN server, which saw the agent at 203.0.113.7:51372',
    ]);
    expect(g.description).toBe('component 1, IPv4: 3 host, 1 reflexive, 1 relayed; 2 derived from a base.');
  });

  it('the example Firefox answer: one mapping', () => {
    const [t] = exchangeCheckLists(offer, answer);
    expect(candidateGraph(t!.remoteCandidates).groups.map(shape)).toEqual([
      { label: 'component 1, IPv4', nodes: ['c0 host: host 192.168.1.50:56789', 'c1 host: host 192.168.1.50:9', 'c2 reflexive: srflx 203.0.113.50:56789'], edges: ['c0 → c2 mapping'] },
    ]);
  });

  it('the relay transport from getStats (relayProtocol), else from the TURN URL (RFC 7065), else from the priority', () => {
    const [t] = exchangeCheckLists(offer, answer);
    const relay = (stats: Parameters<typeof candidateGraph>[1]) => candidateGraph(t!.localCandidates, stats).groups[0]!.nodes.find((n) => n.tier === 'relay')!.relay;
    const at = { address: '198.51.100.20', port: 61284, candidateType: 'relay' };
    expect(relay({ stats: [{ ...at, relayProtocol: 'tcp', url: 'turns:turn.example.com' }] })).toEqual({ protocol: 'tcp', source: 'stats', via: 'TURN/TCP', text: 'TURN/TCP (getStats relayProtocol)' });
    expect(relay({ stats: [{ ...at, url: 'turns:turn.example.com:443?transport=tcp' }] })).toMatchObject({ protocol: 'tls', source: 'url' });
    expect(relay({ stats: [{ ...at, url: 'turn:turn.example.com:3478?transport=tcp' }] })).toMatchObject({ protocol: 'tcp', source: 'url' });
    expect(relay({ stats: [{ ...at, url: 'turn:turn.example.com' }] })).toMatchObject({ protocol: 'udp', source: 'url' });
    // Stats of another candidate say nothing about this one.
    expect(relay({ stats: [{ ...at, port: 1, relayProtocol: 'tls' }] })).toMatchObject({ source: 'priority', protocol: 'udp or dtls' });
  });

  it.skipIf(!hasCorpus)('Firefox with TURN (webrtc-sdp 11.sdp): per component; its relays name themselves as raddr, so their base is not shown', () => {
    const g = candidateGraph(inputs(corpusCandidates('webrtc-sdp/11.sdp', 0)));
    expect(g.groups.map(shape)).toEqual([
      {
        label: 'component 1, IPv4',
        nodes: [
          'c0 host: host 10.0.0.36:62453',
          'c1 reflexive: srflx 24.6.134.204:62453',
          'base:reflexive:missing reflexive: base not shown',
          'c2 relay: relay 162.222.183.171:49761 via TURN/UDP (guessed from the priority)',
          'c3 relay: relay 162.222.183.171:51858 via TURN/TCP or TURN/TLS (guessed from the priority)',
        ],
        edges: ['c0 → c1 mapping', 'base:reflexive:missing → c2 relay', 'base:reflexive:missing → c3 relay'],
      },
      {
        label: 'component 2, IPv4',
        nodes: [
          'c7 host: host 10.0.0.36:55428',
          'c5 reflexive: srflx 24.6.134.204:55428',
          'base:reflexive:missing reflexive: base not shown',
          'c4 relay: relay 162.222.183.171:62454 via TURN/UDP (guessed from the priority)',
          'c6 relay: relay 162.222.183.171:50340 via TURN/TCP or TURN/TLS (guessed from the priority)',
        ],
        edges: ['c7 → c5 mapping', 'base:reflexive:missing → c4 relay', 'base:reflexive:missing → c6 relay'],
      },
    ]);
    expect(g.groups[0]!.nodes[2]!.text).toBe('base not shown: the related address 162.222.183.171:49761 is not among the candidates');
  });

  it('Chrome hiding its host behind an mDNS name: the srflx says raddr 0.0.0.0 rport 0, drawn from a base not shown', () => {
    const g = candidateGraph(
      inputs([
        cand('candidate:3359640542 1 udp 2122262783 5c3e7b5a-6d1c-4d67-9d6e-0fbd1a2b3c4d.local 59386 typ host generation 0 network-id 1'),
        cand('candidate:1124521219 1 udp 1686055167 203.0.113.9 59386 typ srflx raddr 0.0.0.0 rport 0 generation 0 network-id 1'),
        cand('candidate:2510964231 1 udp 41886207 198.51.100.20 61001 typ relay raddr 203.0.113.9 rport 59386 generation 0 network-id 1'),
        cand('candidate:3725893921 1 udp 2122197247 2001:db8::7 59387 typ host generation 0 network-id 2'),
      ]),
    );
    expect(g.groups.map(shape)).toEqual([
      {
        label: 'component 1, IPv4',
        nodes: ['base:host:hidden host: base not shown', 'c1 reflexive: srflx 203.0.113.9:59386', 'c2 relay: relay 198.51.100.20:61001 via TURN/UDP or TURN/DTLS (guessed from the priority)'],
        edges: ['base:host:hidden → c1 mapping', 'c1 → c2 relay'],
      },
      { label: 'component 1, IPv6', nodes: ['c3 host: host [2001:db8::7]:59387'], edges: [] },
      { label: 'component 1, names (family hidden)', nodes: ['c0 host: host 5c3e7b5a-6d1c-4d67-9d6e-0fbd1a2b3c4d.local:59386'], edges: [] },
    ]);
    expect(g.groups[0]!.nodes[0]!.text).toBe('base not shown: the related address is hidden (0.0.0.0:0), as browsers send it so the host address does not leak');
    expect(g.description).toBe(
      'component 1, IPv4: 0 host, 1 reflexive, 1 relayed; 2 derived from a base (1 from a base not shown). component 1, IPv6: 1 host, 0 reflexive, 0 relayed; 0 derived from a base. component 1, names (family hidden): 1 host, 0 reflexive, 0 relayed; 0 derived from a base.',
    );
  });

  it('the cap: a base beyond it is "not drawn", not "not shown"; derived candidates whose base is drawn are kept first', () => {
    const offer2 = offer.replace('raddr 192.168.1.23 rport 51372', 'raddr 10.0.2.15 rport 53481');
    const [t] = exchangeCheckLists(offer2, answer);
    const g = candidateGraph(t!.localCandidates, { maxPerTier: 1 });
    expect(g.groups.map(shape)).toEqual([
      {
        label: 'component 1, IPv4',
        nodes: ['c0 host: host 192.168.1.23:51372', 'base:host:undrawn host: base not drawn', 'c3 reflexive: srflx 203.0.113.7:51372', 'c4 relay: relay 198.51.100.20:61284 via TURN/UDP or TURN/DTLS (guessed from the priority)'],
        edges: ['base:host:undrawn → c3 mapping', 'c3 → c4 relay'],
      },
    ]);
    expect(g.groups[0]!.more).toEqual({ host: 2, reflexive: 0, relay: 0 });
    expect(g.groups[0]!.nodes[1]!.text).toBe('base not drawn: the base at 10.0.2.15:53481 is among the candidates not drawn (at most 1 per column)');
  });

  it('10,000 candidates: capped per tier, the rest counted, fast', () => {
    const started = performance.now();
    const g = candidateGraph(inputs(generated(0, 10_000, parseCandidate)), { maxPerTier: 6 });
    const ms = performance.now() - started;
    const drawn = g.groups.reduce((n, x) => n + x.nodes.filter((node) => !node.placeholder).length, 0);
    const counted = g.groups.reduce((n, x) => n + x.more.host + x.more.reflexive + x.more.relay, 0);
    expect(drawn + counted).toBe(10_000);
    expect(g.groups.every((x) => GRAPH_TIERS.every((t) => x.nodes.filter((n) => n.tier === t && !n.placeholder).length <= 6))).toBe(true);
    expect(ms).toBeLessThan(2_000);
    // Connected first: the drawn srflx candidates whose base is listed hang from drawn hosts.
    const ipv4 = g.groups.find((x) => x.family === 'ipv4')!;
    expect(ipv4.edges.filter((e) => e.kind === 'mapping' && !e.from.startsWith('base:')).length).toBe(6);
  });
});

// ---- properties ----------------------------------------------------------

const TIER_RANK = { host: 0, reflexive: 1, relay: 2 } as const;

function edgesHold(g: CandidateGraph): void {
  for (const group of g.groups) {
    const byId = new Map(group.nodes.map((n) => [n.id, n]));
    expect(byId.size).toBe(group.nodes.length);
    const incoming = new Map<string, number>();
    for (const e of group.edges) {
      const from = byId.get(e.from)!;
      const to = byId.get(e.to)!;
      expect(from).toBeDefined();
      expect(to).toBeDefined();
      // Only host → reflexive/relay and reflexive → relay: a base is always of a lower tier.
      expect(to.tier).not.toBe('host');
      expect(TIER_RANK[from.tier]).toBeLessThan(TIER_RANK[to.tier]);
      expect(e.kind).toBe(to.tier === 'relay' ? 'relay' : 'mapping');
      if (!from.placeholder) {
        // A drawn base is the candidate at the derived one's raddr/rport, of the same component.
        expect(addressKey(from.candidate!.address)).toBe(addressKey(to.candidate!.relatedAddress!));
        expect(from.candidate!.port).toBe(to.candidate!.relatedPort);
        expect(from.candidate!.component).toBe(to.candidate!.component);
      }
      incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
    }
    // Every derived candidate hangs from exactly one base, shown or not.
    for (const n of group.nodes) if (!n.placeholder && n.tier !== 'host') expect(incoming.get(n.id)).toBe(1);
  }
}

describe('candidateGraph properties', () => {
  it('edges go from a lower tier to a derived candidate, from the candidate whose address is its raddr; every derived candidate has one base', () => {
    fc.assert(fc.property(fc.array(arbCandidate('local'), { maxLength: 12 }), (cs) => edgesHold(candidateGraph(inputs(cs)))));
  });

  it('every candidate of a known type is drawn once (under the cap), in the group of its component', () => {
    fc.assert(
      fc.property(fc.array(arbCandidate('local'), { maxLength: 12 }), (cs) => {
        const g = candidateGraph(inputs(cs), { maxPerTier: 12 });
        const drawn = g.groups.flatMap((x) => x.nodes.filter((n) => !n.placeholder).map((n) => [n.index!, x.component] as const));
        expect(drawn.map(([i]) => i).sort((a, b) => a - b)).toEqual(cs.map((_, i) => i));
        for (const [i, component] of drawn) expect(cs[i]!.component).toBe(component);
      }),
    );
  });
});
