import { memo, useId, useMemo } from 'react';
import { candidateGraph, GRAPH_TIERS, printable } from '../../index.js';
import type { CandidateAt, CandidateGraph as Graph, CandidateStats, GraphNode, GraphTier } from '../../index.js';
import type { Side } from '../analysis.js';
import { LineLink } from '../components/LineLink.js';
import { fit, jumpTo, PicturePart } from '../components/PicturePart.js';

/*
 * Where the candidates of one side come from: per component and address
 * family, host → reflexive (a NAT mapping) → relayed (TURN). Every fact and
 * word comes from `candidateGraph`; this file only places boxes and arrows.
 */

const COL_W = 178;
const GAP = 52;
const NODE_H = 46;
const NODE_GAP = 10;
const GROUP_HEAD = 26;
const TOP = 26;
const PAD = 8;
const widthOf = (tiers: readonly GraphTier[]): number => PAD * 2 + tiers.length * COL_W + (tiers.length - 1) * GAP;

const TIER_TITLE: Readonly<Record<GraphTier, string>> = { host: 'host', reflexive: 'srflx / prflx (NAT)', relay: 'relay (TURN)' };

/** The columns drawn: host, and the other tiers some candidate is in (a graph of hosts alone stays narrow). */
function tiersOf(graph: Graph): GraphTier[] {
  return GRAPH_TIERS.filter((t) => t === 'host' || graph.groups.some((g) => g.more[t] > 0 || g.nodes.some((n) => n.tier === t)));
}

const tierX = (tiers: readonly GraphTier[], t: GraphTier): number => PAD + Math.max(0, tiers.indexOf(t)) * (COL_W + GAP);

function Node({ node, side, x, y }: { node: GraphNode; side: Side; x: number; y: number }) {
  const data: Record<string, string> = { 'data-part': 'node', 'data-id': node.id, 'data-tier': node.tier };
  if (node.relay !== undefined) data['data-relay'] = printable(node.relay.protocol);
  return (
    <PicturePart
      jump={jumpTo(side, node.line)}
      label={`${node.text}${node.line === undefined && node.trickled !== undefined ? ' (trickled)' : ''}`}
      className={`graph-node graph-${node.tier}${node.placeholder ? ' graph-placeholder' : ''}`}
      linkClass="graph-link"
      data={data}
    >
      <rect x={x} y={y} width={COL_W} height={NODE_H} rx={6} className="graph-box" />
      <text x={x + 8} y={y + 15} className="graph-type">
        {fit(`${node.type}${node.protocol === '' || node.protocol === 'udp' ? '' : ` ${node.protocol}`}`, 28)}
      </text>
      <text x={x + 8} y={y + 29} className="graph-endpoint">
        {fit(node.endpoint, 27)}
      </text>
      {node.relay !== undefined && (
        <text x={x + 8} y={y + 41} className="graph-via">
          {fit(`via ${node.relay.via}${node.relay.source === 'priority' ? '?' : ''}`, 31)}
        </text>
      )}
    </PicturePart>
  );
}

interface Placed {
  y: number;
  height: number;
  pos: Map<string, { x: number; y: number }>;
}

function place(graph: Graph, tiers: readonly GraphTier[]): { groups: Placed[]; height: number } {
  let y = TOP;
  const groups = graph.groups.map((g): Placed => {
    const top = y;
    const pos = new Map<string, { x: number; y: number }>();
    let rows = 0;
    for (const t of GRAPH_TIERS) {
      const nodes = g.nodes.filter((n) => n.tier === t);
      nodes.forEach((n, i) => pos.set(n.id, { x: tierX(tiers, t), y: top + GROUP_HEAD + i * (NODE_H + NODE_GAP) }));
      rows = Math.max(rows, nodes.length + (g.more[t] > 0 ? 0.5 : 0));
    }
    const height = GROUP_HEAD + Math.ceil(rows * (NODE_H + NODE_GAP)) + 8;
    y += height;
    return { y: top, height, pos };
  });
  return { groups, height: y + PAD };
}

function GraphSvg({ graph, side, titleId, descId, title }: { graph: Graph; side: Side; titleId: string; descId: string; title: string }) {
  const tiers = tiersOf(graph);
  const lay = place(graph, tiers);
  const WIDTH = widthOf(tiers);
  return (
    <svg className="graph-svg" viewBox={`0 0 ${WIDTH} ${lay.height}`} width={WIDTH} height={lay.height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
      <title id={titleId}>{`Candidate graph of the ${title}: host → NAT mapping → TURN relay`}</title>
      <desc id={descId}>{printable(graph.description)}</desc>
      {tiers.map((t) => (
        <text key={t} x={tierX(tiers, t) + COL_W / 2} y={16} textAnchor="middle" className="graph-tier">
          {TIER_TITLE[t]}
        </text>
      ))}
      {graph.groups.map((g, gi) => {
        const p = lay.groups[gi]!;
        return (
          <g key={`${g.component}-${g.family}`} data-part="group" data-component={g.component} data-family={g.family}>
            <line x1={PAD} x2={WIDTH - PAD} y1={p.y + 4} y2={p.y + 4} className="graph-rule" />
            <text x={PAD} y={p.y + 18} className="graph-group">
              {g.label}
            </text>
            {g.edges.map((e) => {
              const a = p.pos.get(e.from);
              const b = p.pos.get(e.to);
              if (a === undefined || b === undefined) return null;
              const x1 = a.x + COL_W;
              const y1 = a.y + NODE_H / 2;
              const x2 = b.x - 2;
              const y2 = b.y + NODE_H / 2;
              const mid = (x1 + x2) / 2;
              return (
                <g key={`${e.from}-${e.to}`} className={`graph-edge graph-edge-${e.kind}${e.from.startsWith('base:') ? ' graph-edge-hidden' : ''}`} data-part="edge" data-from={e.from} data-to={e.to} data-kind={e.kind}>
                  <title>{printable(e.text)}</title>
                  <path d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2 - 8},${y2} H${x2}`} className="graph-line" />
                  {/* The curve ends level, so the head points right (drawn, not a marker: the page refers to no resource by URL, not even a fragment). */}
                  <path d={`M${x2},${y2} l-9,-4.5 v9 z`} className="graph-arrowhead" />
                </g>
              );
            })}
            {g.nodes.map((n) => {
              const at = p.pos.get(n.id)!;
              return <Node key={n.id} node={n} side={side} x={at.x} y={at.y} />;
            })}
            {tiers.map((t) =>
              g.more[t] > 0 ? (
                <text key={t} x={tierX(tiers, t) + 4} y={p.y + p.height - 12} className="graph-more">
                  {`+ ${g.more[t].toLocaleString('en')} more`}
                </text>
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** `graph`: computed already (by the worker, without getStats); otherwise computed here from `candidates` and `stats`. */
function CandidateGraphImpl({ candidates, side, title, stats, graph: given }: { candidates: readonly CandidateAt[]; side: Side; title: string; stats?: readonly CandidateStats[] | undefined; graph?: Graph | undefined }) {
  const graph = useMemo(() => given ?? candidateGraph(candidates, stats === undefined ? {} : { stats }), [given, candidates, stats]);
  const id = useId().replace(/:/g, '');
  return (
    <section className="ice-graph" aria-labelledby={`graph-h-${id}`}>
      <h4 id={`graph-h-${id}`}>Where the {title} come from</h4>
      {graph.groups.length === 0 ? (
        <p className="muted small">No candidates.</p>
      ) : (
        <div className="graph-scroll">
          <GraphSvg graph={graph} side={side} title={title} titleId={`graph-title-${id}`} descId={`graph-desc-${id}`} />
        </div>
      )}
      <details className="graph-text">
        <summary>The graph as a list</summary>
        <p>{printable(graph.description)}</p>
        <ul aria-label={`Candidate graph of the ${title}`}>
          {graph.groups.map((g) => (
            <li key={`${g.component}-${g.family}`}>
              {g.label}
              <ul>
                {g.nodes.map((n) => (
                  <li key={n.id}>
                    {printable(n.text)} <LineLink side={side} line={n.line} prefix={false} />
                  </li>
                ))}
                {g.edges.map((e) => (
                  <li key={`${e.from}-${e.to}`}>{printable(e.text)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export const CandidateGraph = memo(CandidateGraphImpl);
