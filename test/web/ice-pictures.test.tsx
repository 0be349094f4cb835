// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { candidateGraph, checkListGrid, dumpIce, exchangeCheckLists, extractDescriptions } from '../../src/index.js';
import { analyze } from '../../src/web/analysis.js';
import { CandidateGraph } from '../../src/web/views/CandidateGraph.js';
import { CheckListGrid } from '../../src/web/views/CheckListGrid.js';
import { IceView } from '../../src/web/views/IceView.js';
import { exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps, repoRoot } from './helpers.js';

const cellsOf = (root: Element) => Array.from(root.querySelectorAll('svg.grid-svg [data-part="cell"]'));
/** Each drawn cell as kind/state/rank, row by row: the SVG's own attributes. */
function drawn(root: Element): string[][] {
  const out: string[][] = [];
  for (const c of cellsOf(root)) {
    const r = Number(c.getAttribute('data-row'));
    (out[r] ??= []).push([c.getAttribute('data-kind'), c.getAttribute('data-state'), c.getAttribute('data-rank'), c.getAttribute('data-first') && '★'].filter(Boolean).join(' '));
  }
  return out;
}

describe('CheckListGrid: the example pair', () => {
  it('draws the library’s cells: states, ranks, pruned, impossible (hatched), the first-nominated pair starred, a <title> per cell', () => {
    const [list] = exchangeCheckLists(exampleOffer, exampleAnswer);
    const { container } = renderWithJumps(<CheckListGrid list={list!} />);
    expect(drawn(container)).toEqual([
      ['pair Waiting 1 ★', 'impossible', 'pair Waiting 3'],
      ['pair Waiting 2', 'impossible', 'pair Waiting 4'],
      ['pruned', 'impossible', 'pruned'],
      ['impossible', 'impossible', 'impossible'],
      ['pair Waiting 5', 'impossible', 'pair Waiting 6'],
    ]);
    const grid = checkListGrid(list!);
    const cells = cellsOf(container);
    expect(cells.map((c) => c.querySelector('title')!.textContent)).toEqual(grid.cells.flat().map((c) => c.text));
    const first = container.querySelector('[data-first="true"]')!;
    expect(first.textContent).toContain('★');
    expect(first.querySelector('title')!.textContent).toContain('pair priority 9115005270282354175, 1st of 6 in the check list; nominated first');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(cells[5]!.querySelector('title')!.textContent).toBe(grid.cells[1]![2]!.text);
    // Impossible cells are hatched: diagonal strokes under an empty box.
    const svg = container.querySelector('svg.grid-svg')!;
    expect(svg.querySelectorAll('path.grid-hatch')).toHaveLength(7);
    expect(container.querySelectorAll('[data-part="cell"][data-reason="redundant"]')).toHaveLength(2);
  });

  it('a candidate label opens its a=candidate line (rows: offer, columns: answer)', () => {
    const [list] = exchangeCheckLists(exampleOffer, exampleAnswer);
    const { container, calls } = renderWithJumps(<CheckListGrid list={list!} />);
    const rows = Array.from(container.querySelectorAll('[data-part="row"]'));
    expect(rows.map((r) => r.getAttribute('data-line'))).toEqual(['11', '12', '14', '13', '15']);
    fireEvent.click(rows[2]!);
    fireEvent.keyDown(container.querySelectorAll('[data-part="column"]')[2]!, { key: 'Enter' });
    expect(calls).toEqual([
      ['offer', 14],
      ['answer', 13],
    ]);
    expect(rows[2]!.getAttribute('aria-label')).toBe('offer candidate: srflx 203.0.113.7:51372 udp, component 1, priority 1686052607, checked from its base 192.168.1.23:51372 (offer line 14)');
  });

  it('has a title, a description and a list as text alternatives', () => {
    const [list] = exchangeCheckLists(exampleOffer, exampleAnswer);
    const { container } = renderWithJumps(<CheckListGrid list={list!} />);
    const svg = container.querySelector('svg.grid-svg')!;
    expect(svg.querySelector('title')!.textContent).toBe('Check list grid: local candidates down, remote candidates across');
    expect(svg.getAttribute('aria-describedby')).toBe(svg.querySelector('desc')!.id);
    expect(svg.querySelector('desc')!.textContent).toBe(checkListGrid(list!).description);
    const items = within(screen.getByRole('list', { name: 'Check list pairs in the grid' })).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[0]!.textContent).toMatch(/^host 192\.168\.1\.23:51372 → host 192\.168\.1\.50:56789: Waiting/);
  });

  it('caps a large description: the drawn cells stay few, the rest is counted', () => {
    const lines = (side: number) =>
      Array.from({ length: 2000 }, (_, i) => `a=candidate:${i} 1 udp ${2122260223 - i} 10.${side}.${i >> 8}.${i & 255} ${5000 + (i % 1000)} typ host`).join('\r\n');
    const offer = exampleOffer.replace(/a=candidate:1467250027[^\r\n]*/, lines(0));
    const answer = exampleAnswer.replace(/a=candidate:0 1 UDP[^\r\n]*/, lines(1));
    const [list] = exchangeCheckLists(offer, answer);
    const { container } = renderWithJumps(<CheckListGrid list={list!} />);
    expect(cellsOf(container).length).toBeLessThanOrEqual(24 * 24);
    expect(container.querySelector('.grid-more')!.textContent).toMatch(/^1,?9\d\d more local candidates and 1,?9\d\d more remote candidates not drawn/);
  });
});

describe('CandidateGraph: the example offer', () => {
  it('draws host → srflx → relay with arrows, the relay’s TURN transport, and a click opens the line', () => {
    const [list] = exchangeCheckLists(exampleOffer, exampleAnswer);
    const { container, calls } = renderWithJumps(<CandidateGraph candidates={list!.localCandidates} side="offer" title="local (offer) candidates" />);
    const svg = container.querySelector('svg.graph-svg')!;
    const edges = Array.from(svg.querySelectorAll('[data-part="edge"]')).map((e) => `${e.getAttribute('data-from')} → ${e.getAttribute('data-to')} ${e.getAttribute('data-kind')}`);
    expect(edges).toEqual(['c0 → c3 mapping', 'c3 → c4 relay']);
    // Each edge ends in an arrowhead at the derived candidate's box.
    const head = svg.querySelector('[data-part="edge"] path.graph-arrowhead')!.getAttribute('d')!;
    const box = svg.querySelector('[data-part="node"][data-id="c3"] rect')!;
    expect(head.startsWith(`M${Number(box.getAttribute('x')) - 2},`)).toBe(true);
    const relay = svg.querySelector('[data-part="node"][data-tier="relay"]')!;
    expect(relay.textContent).toContain('via TURN/UDP or TURN/DTLS');
    fireEvent.click(svg.querySelector('[data-part="node"][data-id="c3"]')!);
    expect(calls).toEqual([['offer', 14]]);
    expect(svg.querySelector('desc')!.textContent).toBe(candidateGraph(list!.localCandidates).description);
    expect(screen.getByRole('list', { name: 'Candidate graph of the local (offer) candidates' }).textContent).toContain('allocated by a TURN server, which saw the agent at 203.0.113.7:51372');
  });

  it('draws a hidden base (raddr 0.0.0.0) as a dashed "base not shown" node', () => {
    const offer = exampleOffer.replace('raddr 192.168.1.23 rport 51372', 'raddr 0.0.0.0 rport 0');
    const [list] = exchangeCheckLists(offer, exampleAnswer);
    const { container } = renderWithJumps(<CandidateGraph candidates={list!.localCandidates} side="offer" title="local (offer) candidates" />);
    const placeholder = container.querySelector('[data-part="node"][data-id="base:host:hidden"]')!;
    expect(placeholder.classList.contains('graph-placeholder')).toBe(true);
    expect(placeholder.textContent).toContain('base not shown');
    expect(container.querySelector('[data-part="edge"][data-from="base:host:hidden"]')!.getAttribute('data-to')).toBe('c3');
  });
});

describe('the ICE tab', () => {
  it('puts the grid and both graphs in the check list section, above its table, and follows the local agent', () => {
    const { container } = renderWithJumps(<IceView analysis={exampleAnalysis()} />);
    const section = screen.getByRole('region', { name: 'Check list' });
    const pictures = within(section).getByRole('region', { name: 'ICE pictures of mid 0 (BUNDLE: 0, 1, 2)' });
    expect(pictures.compareDocumentPosition(section.querySelector('table.checklist-table')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(pictures.querySelectorAll('svg.graph-svg')).toHaveLength(2);
    expect(Array.from(container.querySelectorAll('[data-part="row"]'), (r) => r.getAttribute('data-line'))).toEqual(['11', '12', '14', '13', '15']);
    fireEvent.click(within(section).getByRole('radio', { name: 'answerer' }));
    expect(Array.from(container.querySelectorAll('[data-part="row"]'), (r) => r.getAttribute('data-line'))).toEqual(['11', '12', '13']);
    expect(drawn(container)[0]).toEqual(['pair Waiting 1 ★', 'pair Waiting 2', 'pair Waiting 3', 'impossible', 'pair Waiting 4']);
  });

  it('with a dump: the actual state over the predicted one, the selected pair marked, the getStats candidates', () => {
    const text = readFileSync(resolve(repoRoot, 'test/fixtures/dumps/chromium-internals.json'), 'utf8');
    const result = extractDescriptions(text);
    const pc = result.peerConnections![0]!;
    const negotiation = pc.negotiations[0]!;
    const ice = dumpIce(result, pc, negotiation.number)!;
    const analysis = analyze(result.descriptions[negotiation.offer!]!.sdp, result.descriptions[negotiation.answer!]!.sdp);
    const { container } = renderWithJumps(<IceView analysis={analysis} dump={{ result, pc, negotiation, ice }} />);
    const pictures = screen.getByRole('region', { name: /^ICE pictures of mid 0/ });
    // Above the outcome's tables, outside the collapsed prediction.
    expect(pictures.compareDocumentPosition(screen.getByRole('region', { name: 'What ICE really did' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(pictures.closest('details')).toBeNull();
    const selected = pictures.querySelector('[data-part="cell"][data-selected="true"]')!;
    expect(selected.getAttribute('data-actual')).toBe('succeeded');
    expect(selected.getAttribute('data-state')).toBe('Waiting');
    expect(selected.querySelector('path.grid-corner')!.getAttribute('class')).toContain('grid-actual-succeeded');
    expect(selected.querySelector('title')!.textContent).toMatch(/; actually succeeded, nominated; the selected pair$/);
    const grid = checkListGrid(ice.checkLists[0]!, ice.actual!.transports[0]);
    expect(selected.querySelector('title')!.textContent).toBe(grid.selected!.text);
    expect(within(pictures).getByRole('list', { name: 'Grid colours' }).textContent).toContain('actually succeeded');
    // The trickled candidates have no line to open: their labels are not buttons.
    expect(container.querySelectorAll('.ice-pictures [data-part="row"][role="button"]')).toHaveLength(0);
    // The collapsed prediction draws no second copy.
    expect(container.querySelectorAll('.ice-pictures')).toHaveLength(ice.checkLists.length);
  });
});
