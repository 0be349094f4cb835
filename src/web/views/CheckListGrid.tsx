import { memo, useId, useMemo, type ReactNode } from 'react';
import { checkListGrid, printable } from '../../index.js';
import type { CheckListGrid as Grid, GridAxisEntry, GridCell, TransportCheckList, TransportOutcome } from '../../index.js';
import type { Side } from '../analysis.js';
import { LineLink } from '../components/LineLink.js';
import { fit, jumpTo, PicturePart } from '../components/PicturePart.js';
import { count } from '../text.js';

/*
 * The check list as a grid: local candidates down, remote candidates across,
 * one cell per couple. Every fact and word comes from `checkListGrid`; this
 * file only places and colours cells.
 */

const CELL = 38;
const LABEL_W = 210;
const HEAD_H = 150;
/** Room right of the last column for its slanted label. */
const TAIL_W = 110;
const PAD = 8;

const other = (s: Side): Side => (s === 'offer' ? 'answer' : 'offer');

/** The CSS class for a getStats pair state (W3C webrtc-stats RTCStatsIceCandidatePairState). */
function actualClass(state: string): string {
  return `grid-actual-${state.replace(/[^a-z-]/g, '') || 'unknown'}`;
}

/** A candidate label that opens its a=candidate line. */
function AxisLabel({ entry, side, x, y, rotate, axis }: { entry: GridAxisEntry; side: Side; x: number; y: number; rotate: boolean; axis: 'row' | 'column' }) {
  const shown = `${entry.type} ${fit(entry.endpoint, 24)}${entry.protocol === 'udp' ? '' : ` ${entry.protocol}`}`;
  const data: Record<string, string | number> = { 'data-part': axis, 'data-index': entry.index };
  if (entry.line !== undefined) data['data-line'] = entry.line;
  return (
    <PicturePart
      jump={jumpTo(side, entry.line)}
      label={`${side === 'offer' ? 'offer' : 'answer'} candidate: ${entry.label}${entry.line === undefined && entry.trickled !== undefined ? ' (trickled)' : ''}`}
      className="grid-label"
      linkClass="grid-link"
      data={data}
    >
      {rotate ? (
        <>
          <rect x={x - 4} y={y - 14} width={HEAD_H * 1.3} height={18} className="grid-hit" transform={`rotate(-50 ${x} ${y})`} />
          <text x={x} y={y} transform={`rotate(-50 ${x} ${y})`} className={`grid-axis grid-type-${entry.type.toLowerCase().replace(/[^a-z]/g, '')}`}>
            {fit(shown, 27)}
          </text>
        </>
      ) : (
        <>
          <rect x={x - 4} y={y - 14} width={LABEL_W - 6} height={CELL - 10} className="grid-hit" />
          <text x={x} y={y} className={`grid-axis grid-type-${entry.type.toLowerCase().replace(/[^a-z]/g, '')}`}>
            {fit(shown, 32)}
          </text>
          {entry.base !== undefined && (
            <text x={x} y={y + 11} className="grid-note">
              {fit(`checks from base ${entry.base}`, 34)}
            </text>
          )}
        </>
      )}
    </PicturePart>
  );
}

function Cell({ cell, x, y }: { cell: GridCell; x: number; y: number }) {
  const text = printable(cell.text);
  const cls = ['grid-cell', `grid-${cell.kind}`, cell.state !== undefined ? `grid-${cell.state}` : '', cell.firstNominated ? 'grid-first' : '', cell.selected ? 'grid-selected' : ''].filter(Boolean).join(' ');
  const data: Record<string, string> = { 'data-part': 'cell', 'data-kind': cell.kind, 'data-row': String(cell.row), 'data-column': String(cell.column) };
  if (cell.state !== undefined) data['data-state'] = cell.state;
  if (cell.rank !== undefined) data['data-rank'] = String(cell.rank);
  if (cell.reason !== undefined) data['data-reason'] = cell.reason;
  if (cell.firstNominated) data['data-first'] = 'true';
  if (cell.selected) data['data-selected'] = 'true';
  if (cell.actual !== undefined) data['data-actual'] = printable(cell.actual.state);
  const inner = CELL - 4;
  let body: ReactNode = null;
  if (cell.kind === 'pair') {
    body = (
      <>
        <text x={x + inner / 2} y={y + inner / 2 + 4} textAnchor="middle" className="grid-rank">
          {cell.firstNominated ? '★' : cell.rank}
        </text>
        {cell.actual !== undefined && <path d={`M${x + inner - 15},${y} h15 v15 z`} className={`grid-corner ${actualClass(cell.actual.state)}`} />}
        {cell.actual?.nominated === true && <circle cx={x + 6} cy={y + inner - 6} r={3} className="grid-nominated" />}
      </>
    );
  } else if (cell.kind === 'pruned') {
    body = <line x1={x + 8} y1={y + inner / 2} x2={x + inner - 8} y2={y + inner / 2} className="grid-dash" />;
  }
  return (
    <g className={cls} {...data} {...(cell.kind === 'pair' ? { tabIndex: 0, role: 'img', 'aria-label': text } : {})}>
      <title>{text}</title>
      <rect x={x} y={y} width={inner} height={inner} rx={3} className="grid-box" />
      {body}
    </g>
  );
}

/** Diagonal hatching of a square as one path (drawn, not a pattern: the page refers to no resource by URL, not even a fragment). */
function hatch(x: number, y: number, size: number, step = 7): string {
  const parts: string[] = [];
  for (let c = step; c < 2 * size; c += step) {
    const [x1, y1, x2, y2] = c <= size ? [x, y + c, x + c, y] : [x + c - size, y + size, x + size, y + c - size];
    parts.push(`M${x1},${y1}L${x2},${y2}`);
  }
  return parts.join('');
}

function GridSvg({ grid, local, titleId, descId }: { grid: Grid; local: Side; titleId: string; descId: string }) {
  const width = LABEL_W + grid.columns.length * CELL + PAD * 2 + TAIL_W;
  const height = HEAD_H + grid.rows.length * CELL + PAD * 2;
  return (
    <svg className="grid-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
      <title id={titleId}>Check list grid: local candidates down, remote candidates across</title>
      <desc id={descId}>{printable(grid.description)}</desc>
      <text x={PAD} y={HEAD_H - 22} className="grid-corner-text">
        {`local (${local}) ↓`}
      </text>
      <text x={PAD} y={HEAD_H - 8} className="grid-corner-text">
        {`remote (${other(local)}) →`}
      </text>
      {grid.columns.map((c, ci) => (
        <AxisLabel key={`c${c.index}`} entry={c} side={other(local)} axis="column" rotate x={LABEL_W + PAD + ci * CELL + CELL / 2 - 2} y={HEAD_H - 6} />
      ))}
      {grid.rows.map((r, ri) => (
        <AxisLabel key={`r${r.index}`} entry={r} side={local} axis="row" rotate={false} x={PAD} y={HEAD_H + PAD + ri * CELL + (r.base === undefined ? CELL / 2 + 2 : CELL / 2 - 4)} />
      ))}
      {grid.cells.map((row, ri) =>
        row.map((cell, ci) => (
          <g key={`${ri}-${ci}`}>
            {cell.kind === 'impossible' && <path d={hatch(LABEL_W + PAD + ci * CELL, HEAD_H + PAD + ri * CELL, CELL - 4)} className="grid-hatch" aria-hidden="true" />}
            <Cell cell={cell} x={LABEL_W + PAD + ci * CELL} y={HEAD_H + PAD + ri * CELL} />
          </g>
        )),
      )}
    </svg>
  );
}

/** `grid`: computed already (by the worker, for a list without a dump); otherwise computed here from `list` and `actual`. */
function CheckListGridImpl({ list, actual, grid: given }: { list: TransportCheckList; actual?: TransportOutcome | undefined; grid?: Grid | undefined }) {
  const grid = useMemo(() => given ?? checkListGrid(list, actual), [given, list, actual]);
  const id = useId().replace(/:/g, '');
  const local = list.local;
  const listed = grid.cells.flat().filter((c) => c.kind === 'pair').sort((a, b) => a.rank! - b.rank!);
  if (grid.rows.length === 0 || grid.columns.length === 0) {
    // Nothing to draw: no legend, no list, only why.
    return (
      <section className="ice-grid" aria-labelledby={`grid-h-${id}`}>
        <h4 id={`grid-h-${id}`}>Check list grid</h4>
        <p className="muted small">{grid.rows.length === 0 ? 'No local candidates' : 'No remote candidates'}: nothing to pair.</p>
      </section>
    );
  }
  return (
    <section className="ice-grid" aria-labelledby={`grid-h-${id}`}>
      <h4 id={`grid-h-${id}`}>Check list grid</h4>
      <div className="grid-scroll">
        <GridSvg grid={grid} local={local} titleId={`grid-title-${id}`} descId={`grid-desc-${id}`} />
      </div>
      {grid.more.rows + grid.more.columns > 0 && (
        <p className="muted small grid-more">
          {[grid.more.rows > 0 && `${count(grid.more.rows, 'more local candidate')}`, grid.more.columns > 0 && `${count(grid.more.columns, 'more remote candidate')}`].filter(Boolean).join(' and ')} not drawn
          {grid.shownPairs < grid.pairs ? ` (${count(grid.pairs - grid.shownPairs, 'listed pair')} among them)` : ''}.
        </p>
      )}
      {grid.selectedElsewhere !== undefined && <p className="small">Selected: {printable(grid.selectedElsewhere)}.</p>}
      <ul className="grid-legend" aria-label="Grid colours">
        <li className="grid-Waiting">
          <span className="grid-swatch" aria-hidden="true" /> Waiting
        </li>
        <li className="grid-Frozen">
          <span className="grid-swatch" aria-hidden="true" /> Frozen
        </li>
        <li className="grid-pruned">
          <span className="grid-swatch" aria-hidden="true" /> pruned
        </li>
        <li className="grid-impossible">
          <span className="grid-swatch" aria-hidden="true" /> cannot pair
        </li>
        <li>
          <span aria-hidden="true">★</span> nominated first (highest priority)
        </li>
        {actual !== undefined && (
          <>
            <li className="grid-actual-succeeded">
              <span className="grid-corner-swatch" aria-hidden="true" /> actually succeeded
            </li>
            <li className="grid-actual-failed">
              <span className="grid-corner-swatch" aria-hidden="true" /> failed
            </li>
            <li className="grid-actual-in-progress">
              <span className="grid-corner-swatch" aria-hidden="true" /> in progress
            </li>
            <li>
              <span aria-hidden="true">●</span> nominated (getStats)
            </li>
            <li className="grid-selected-legend">
              <span className="grid-swatch" aria-hidden="true" /> selected
            </li>
          </>
        )}
      </ul>
      <details className="grid-text">
        <summary>The grid as a list</summary>
        <p>{printable(grid.description)}</p>
        <ol aria-label="Check list pairs in the grid">
          {listed.map((c) => {
            const r = grid.rows[c.row]!;
            const col = grid.columns[c.column]!;
            return (
              <li key={`${c.row}-${c.column}`} value={c.rank}>
                {printable(c.text)} <LineLink side={local} line={r.line} prefix={false} /> <LineLink side={other(local)} line={col.line} prefix={false} />
              </li>
            );
          })}
        </ol>
        <p className="small">
          {count(grid.counts.pruned, 'couple')} pruned, {count(grid.counts.impossible, 'couple')} that cannot pair{grid.counts.skipped > 0 ? `, ${grid.counts.skipped} left out` : ''} (each cell says why).
        </p>
      </details>
    </section>
  );
}

export const CheckListGrid = memo(CheckListGridImpl);
