/**
 * Where each candidate comes from, as a graph: per component and address
 * family, the host candidates (the agent's own addresses, RFC 8445 §5.1.1.1),
 * the reflexive ones a NAT mapped them to (srflx from STUN, prflx from a
 * check, §5.1.1.2 / §7.2.5.3.1) joined to their base by raddr/rport (RFC 8839
 * §5.1), and the relayed ones a TURN server allocated (RFC 8656), joined to
 * the address the server saw the agent coming from, with the transport the
 * agent uses to reach that server. A candidate whose base is not among the
 * candidates (browsers write raddr 0.0.0.0 so the host address does not
 * leak) hangs from a "base not shown" node.
 *
 * Plain data for the faces, pure, never throws. Groups are capped per tier
 * (`maxPerTier`); the rest are counted.
 */
import type { Candidate } from '../parser/model/attributes/candidate.js';
import { addressKey, classifyAddress } from './address.js';
import { describeCandidate } from './describe.js';
import { candidateEndpoint, type GridCandidateInput } from './grid.js';

export type GraphTier = 'host' | 'reflexive' | 'relay';

export const GRAPH_TIERS: readonly GraphTier[] = ['host', 'reflexive', 'relay'];

/** What getStats says of a candidate, as far as the graph needs it (`CandidateStats` of the dump module fits). */
export interface GraphStatsCandidate {
  address?: string;
  port?: number;
  candidateType?: string;
  /** W3C webrtc-stats RTCIceCandidateStats.relayProtocol: `udp`, `tcp` or `tls`. */
  relayProtocol?: string;
  /** The STUN/TURN server URL the candidate was gathered from. */
  url?: string;
}

export interface GraphOptions {
  /** getStats candidates of the same side: they name a relay's TURN transport exactly. */
  stats?: readonly GraphStatsCandidate[];
  /** Most nodes drawn per tier of a group (default 8); the rest are counted. */
  maxPerTier?: number;
}

export const DEFAULT_GRAPH_PER_TIER = 8;

/** How a relayed candidate reaches its TURN server. */
export interface RelayTransport {
  /** e.g. `udp`, `tcp`, `tls`, or `udp or dtls` when only the priority tells. */
  protocol: string;
  /** Where that comes from: getStats relayProtocol, the TURN URL, or the stack's priority layout (a guess). */
  source: 'stats' | 'url' | 'priority';
  /** e.g. "TURN/TLS", "TURN/UDP or TURN/DTLS". */
  via: string;
  /** e.g. "TURN/TLS (getStats relayProtocol)". */
  text: string;
}

export interface GraphNode {
  /** `c<index>` for a candidate, `base:<tier>:<hidden|missing>` for a base not shown. */
  id: string;
  tier: GraphTier;
  /** Position in the candidates given; absent for a base not shown. */
  index?: number;
  candidate?: Candidate;
  line?: number;
  trickled?: number;
  /** The candidate type (`host`, `srflx`, …), or `base not shown`. */
  type: string;
  /** `192.168.1.4:5000`, or what the related address said for a base not shown. */
  endpoint: string;
  protocol: string;
  placeholder: boolean;
  relay?: RelayTransport;
  /** Short: "srflx 203.0.113.7:51372". */
  label: string;
  /** The node in one sentence. */
  text: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** `mapping`: a NAT mapping (host → reflexive); `relay`: a TURN allocation. */
  kind: 'mapping' | 'relay';
  text: string;
}

export interface GraphGroup {
  component: number;
  /** `ipv4`, `ipv6`, `name` (mDNS or DNS: the family is hidden) or `invalid`. */
  family: 'ipv4' | 'ipv6' | 'name' | 'invalid';
  /** e.g. "component 1, IPv4". */
  label: string;
  /** By tier (host, reflexive, relay), then priority, highest first. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Candidates of this group not drawn, per tier. */
  more: Record<GraphTier, number>;
}

export interface CandidateGraph {
  groups: GraphGroup[];
  /** A text alternative for the whole graph. */
  description: string;
}

function tierOf(c: Candidate): GraphTier | undefined {
  const t = c.type.toLowerCase();
  if (t === 'host') return 'host';
  if (t === 'srflx' || t === 'prflx') return 'reflexive';
  if (t === 'relay') return 'relay';
  return undefined;
}

function familyOf(address: string): GraphGroup['family'] {
  const f = classifyAddress(address).family;
  return f === 'mdns' || f === 'fqdn' ? 'name' : f;
}

const FAMILY_WORDS: Readonly<Record<GraphGroup['family'], string>> = { ipv4: 'IPv4', ipv6: 'IPv6', name: 'names (family hidden)', invalid: 'invalid addresses' };

function protocolOf(c: Candidate): string {
  const t = c.transport.toLowerCase();
  return c.tcpType === undefined ? t : `${t} ${c.tcpType.toLowerCase()}`;
}

/** RFC 7065 §3.1: `turns:` runs over TLS; `turn:` over UDP unless `?transport=tcp`. */
function urlProtocol(url: string): string | undefined {
  const m = /^(turns?):[^?]*(?:\?transport=([a-z]+))?/i.exec(url.trim());
  if (m === null) return undefined;
  if (m[1]!.toLowerCase() === 'turns') return 'tls';
  return (m[2] ?? 'udp').toLowerCase();
}

function relayTransport(c: Candidate, stats: readonly GraphStatsCandidate[] | undefined): RelayTransport | undefined {
  const key = addressKey(c.address);
  const s = stats?.find((x) => x.port === c.port && x.address !== undefined && addressKey(x.address) === key && (x.candidateType ?? 'relay') === 'relay');
  const exact = s?.relayProtocol?.toLowerCase();
  if (exact !== undefined && exact !== '') return { protocol: exact, source: 'stats', via: `TURN/${exact.toUpperCase()}`, text: `TURN/${exact.toUpperCase()} (getStats relayProtocol)` };
  const fromUrl = s?.url === undefined ? undefined : urlProtocol(s.url);
  if (fromUrl !== undefined) return { protocol: fromUrl, source: 'url', via: `TURN/${fromUrl.toUpperCase()}`, text: `TURN/${fromUrl.toUpperCase()} (from the TURN URL)` };
  const guess = describeCandidate(c).relayProtocol;
  if (guess === undefined) return undefined;
  return { protocol: guess.protocols.join(' or '), source: 'priority', via: guess.via, text: `${guess.via} (guessed from the priority)` };
}

interface Item {
  input: GridCandidateInput;
  index: number;
  tier: GraphTier;
}

const relatedEndpoint = (c: Candidate): string =>
  c.relatedAddress === undefined ? '(no raddr)' : candidateEndpoint({ address: c.relatedAddress, port: c.relatedPort ?? 0 });

/** The candidates of one side as a graph per component and address family. */
export function candidateGraph(candidates: readonly GridCandidateInput[], options: GraphOptions = {}): CandidateGraph {
  const perTier = options.maxPerTier !== undefined && Number.isInteger(options.maxPerTier) && options.maxPerTier >= 1 ? options.maxPerTier : DEFAULT_GRAPH_PER_TIER;
  const byGroup = new Map<string, { component: number; family: GraphGroup['family']; items: Item[] }>();
  let unknownTypes = 0;
  candidates.forEach((input, index) => {
    const tier = tierOf(input.candidate);
    if (tier === undefined) {
      unknownTypes++;
      return;
    }
    const family = familyOf(input.candidate.address);
    const key = `${input.candidate.component}|${family}`;
    let g = byGroup.get(key);
    if (g === undefined) byGroup.set(key, (g = { component: input.candidate.component, family, items: [] }));
    g.items.push({ input, index, tier });
  });

  const groups: GraphGroup[] = [];
  const order = [...byGroup.values()].sort((a, b) => a.component - b.component || ['ipv4', 'ipv6', 'name', 'invalid'].indexOf(a.family) - ['ipv4', 'ipv6', 'name', 'invalid'].indexOf(b.family));
  for (const g of order) {
    // The base of each derived candidate, looked up among all of the group's candidates by transport address:
    // a host for a reflexive one; a reflexive one, else a host, for a relayed one (no NAT: the server saw the host).
    const at = new Map<string, Item[]>();
    for (const i of g.items) {
      const k = `${addressKey(i.input.candidate.address)}|${i.input.candidate.port}`;
      const list = at.get(k);
      if (list === undefined) at.set(k, [i]);
      else list.push(i);
    }
    const baseOf = new Map<Item, Item | 'hidden' | 'missing'>();
    for (const i of g.items) {
      if (i.tier === 'host') continue;
      const c = i.input.candidate;
      const raddr = c.relatedAddress;
      if (raddr === undefined || c.relatedPort === undefined || classifyAddress(raddr).class === 'unspecified') {
        baseOf.set(i, 'hidden');
        continue;
      }
      const found = at.get(`${addressKey(raddr)}|${c.relatedPort}`) ?? [];
      let base: Item | undefined;
      for (const t of i.tier === 'reflexive' ? (['host'] as const) : (['reflexive', 'host'] as const)) {
        const same = found.filter((f) => f.tier === t);
        base = same.find((f) => f.input.candidate.transport.toLowerCase() === c.transport.toLowerCase()) ?? same[0];
        if (base !== undefined) break;
      }
      baseOf.set(i, base ?? 'missing');
    }
    // Per tier, the highest priorities first; among derived candidates, those whose base is drawn come first, so the cap keeps the picture connected.
    const kept: Item[] = [];
    const drawn = new Set<Item>();
    const more: Record<GraphTier, number> = { host: 0, reflexive: 0, relay: 0 };
    for (const tier of GRAPH_TIERS) {
      const connected = (i: Item): number => {
        const b = baseOf.get(i);
        return b === undefined || typeof b === 'string' || drawn.has(b) ? 0 : 1;
      };
      const items = g.items.filter((i) => i.tier === tier).sort((a, b) => connected(a) - connected(b) || b.input.candidate.priority - a.input.candidate.priority || a.index - b.index);
      const chosen = items.slice(0, perTier).sort((a, b) => b.input.candidate.priority - a.input.candidate.priority || a.index - b.index);
      for (const i of chosen) drawn.add(i);
      kept.push(...chosen);
      more[tier] = Math.max(0, items.length - perTier);
    }
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const placeholders = new Map<string, GraphNode>();
    for (const i of kept) {
      const c = i.input.candidate;
      const node: GraphNode = {
        id: `c${i.index}`,
        tier: i.tier,
        index: i.index,
        candidate: c,
        type: c.type,
        endpoint: candidateEndpoint(c),
        protocol: protocolOf(c),
        placeholder: false,
        label: `${c.type} ${candidateEndpoint(c)}`,
        text: '',
      };
      if (i.input.line !== undefined) node.line = i.input.line;
      if (i.input.trickled !== undefined) node.trickled = i.input.trickled;
      if (i.tier === 'relay') {
        const r = relayTransport(c, options.stats);
        if (r !== undefined) node.relay = r;
      }
      node.text = `${c.type} ${candidateEndpoint(c)} ${node.protocol}, component ${c.component}, priority ${c.priority}${node.relay === undefined ? '' : `, reached over ${node.relay.text}`}`;
      nodes.push(node);
    }
    for (const i of kept) {
      if (i.tier === 'host') continue;
      const c = i.input.candidate;
      const kind: GraphEdge['kind'] = i.tier === 'reflexive' ? 'mapping' : 'relay';
      const verb = kind === 'mapping' ? `the NAT mapping of its base (raddr ${relatedEndpoint(c)})` : `allocated by a TURN server, which saw the agent at ${relatedEndpoint(c)}`;
      const base = baseOf.get(i);
      if (base !== undefined && typeof base !== 'string' && drawn.has(base)) {
        const b = base.input.candidate;
        edges.push({ from: `c${base.index}`, to: `c${i.index}`, kind, text: `${b.type} ${candidateEndpoint(b)} → ${c.type} ${candidateEndpoint(c)}: ${verb}` });
        continue;
      }
      // A base not shown: hidden by the browser, not among the candidates (or the candidate names itself, as Firefox's relays do), or not drawn (the cap).
      const tier: GraphTier = i.tier === 'reflexive' ? 'host' : 'reflexive';
      const why = base === 'hidden' ? 'hidden' : base === 'missing' || base === undefined ? 'missing' : 'undrawn';
      const id = `base:${tier}:${why}`;
      let p = placeholders.get(id);
      if (p === undefined) {
        p = {
          id,
          tier,
          type: why === 'undrawn' ? 'base not drawn' : 'base not shown',
          endpoint: why === 'hidden' ? relatedEndpoint(c) : why === 'missing' ? 'not listed' : 'beyond the cap',
          protocol: '',
          placeholder: true,
          label: why === 'undrawn' ? 'base not drawn' : 'base not shown',
          text:
            why === 'hidden'
              ? `base not shown: the related address is hidden (${relatedEndpoint(c)}), as browsers send it so the ${tier === 'host' ? 'host' : 'mapped'} address does not leak`
              : why === 'missing'
                ? `base not shown: the related address ${relatedEndpoint(c)} is not among the candidates`
                : `base not drawn: the base at ${relatedEndpoint(c)} is among the candidates not drawn (at most ${perTier} per column)`,
        };
        placeholders.set(id, p);
      }
      edges.push({ from: id, to: `c${i.index}`, kind, text: `${p.label} → ${c.type} ${candidateEndpoint(c)}: ${verb}` });
    }
    const all = [...nodes, ...placeholders.values()].sort((a, b) => GRAPH_TIERS.indexOf(a.tier) - GRAPH_TIERS.indexOf(b.tier) || Number(a.placeholder) - Number(b.placeholder));
    groups.push({ component: g.component, family: g.family, label: `component ${g.component}, ${FAMILY_WORDS[g.family]}`, nodes: all, edges, more });
  }

  const sentences = groups.map((g) => {
    const n = (t: GraphTier) => g.nodes.filter((x) => x.tier === t && !x.placeholder).length + g.more[t];
    const hiddenBases = g.nodes.filter((x) => x.placeholder).length;
    return `${g.label}: ${n('host')} host, ${n('reflexive')} reflexive, ${n('relay')} relayed; ${g.edges.length} derived from a base${hiddenBases > 0 ? ` (${g.edges.filter((e) => e.from.startsWith('base:')).length} from a base not shown)` : ''}.`;
  });
  if (unknownTypes > 0) sentences.push(`${unknownTypes} candidates of an unknown type are not drawn.`);
  return { groups, description: sentences.length === 0 ? 'No candidates.' : sentences.join(' ') };
}
