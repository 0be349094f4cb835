import { memo, useId, type ReactNode } from 'react';
import { printable } from '../../index.js';
import type { CodecMatrix, MatrixCell, MatrixChip, MatrixCodec, MatrixEnd } from '../../index.js';
import type { Side } from '../analysis.js';
import { LineLink } from '../components/LineLink.js';
import { fit, jumpTo, PicturePart, type PictureJump } from '../components/PicturePart.js';

/*
 * The codec matrix of each accepted RTP section: offered codecs down the
 * left, answered codecs across the top, one cell per codec. Every fact and
 * word comes from the library's `codecMatrices` (computed in analyze());
 * this file only places boxes and text.
 */

const LABEL_W = 200;
const COL_W = 132;
const DROP_W = 190;
const HEAD_H = 84;
const ROW_H = 52;
const SHARED_H = 30;
const CHIP_H = 15;

/** A clickable part of the matrix (see PicturePart). */
function Part({ className, ...rest }: { jump: PictureJump | undefined; label: string; className: string; children: ReactNode; data?: Record<string, string> }) {
  return <PicturePart {...rest} className={`cm-part ${className}`} linkClass="cm-link" />;
}

function chipWords(chip: MatrixChip, side: Side): string {
  const mine = chip[side] ?? chip.offer ?? chip.answer!;
  const name = chip.role === 'fec' ? mine.label.split('/')[0]! : chip.role;
  if (chip.outcome === 'accepted' && chip.remapped) return `${name} ${chip.offer!.payloadType}→${chip.answer!.payloadType}`;
  return `${name} ${mine.payloadType}`;
}

const chipWidth = (words: string): number => Math.max(34, words.length * 6.2 + 10);

/** Chips in a row from x, wrapping at `maxX`; returns the elements. */
function Chips({ chips, side, x, y, maxX, on }: { chips: readonly MatrixChip[]; side: Side; x: number; y: number; maxX: number; on: number | undefined }) {
  let cx = x;
  let cy = y;
  return (
    <>
      {chips.map((chip, i) => {
        const words = chipWords(chip, side);
        const w = chipWidth(words);
        if (cx + w > maxX && cx > x) {
          cx = x;
          cy += CHIP_H + 3;
        }
        const px = cx;
        cx += w + 4;
        const end = chip[side] ?? chip.offer ?? chip.answer;
        return (
          <Part
            key={i}
            jump={jumpTo(end?.side ?? side, end?.rtpmapLine)}
            label={chip.text}
            className={`cm-chip cm-chip-${chip.role} cm-chip-${chip.outcome}`}
            data={{ 'data-part': 'chip', 'data-role': chip.role, 'data-outcome': chip.outcome, 'data-side': side, 'data-pt': String(end?.payloadType ?? ''), 'data-on': String(on ?? 'section') }}
          >
            <rect x={px} y={cy} width={w} height={CHIP_H} rx={7} />
            <text x={px + w / 2} y={cy + 11} textAnchor="middle">
              {words}
            </text>
          </Part>
        );
      })}
    </>
  );
}

function codecTitle(c: MatrixCodec | MatrixEnd): string {
  return `PT ${c.payloadType} ${c.label}${c.variant !== undefined ? `, ${c.variant}` : ''}`;
}

function differing(cell: MatrixCell): string[] {
  return (cell.fmtp?.parameters ?? []).filter((p) => p.change !== 'same' && !p.sameAsDefault).map((p) => p.key);
}

interface Geometry {
  width: number;
  height: number;
  gridY: number;
  dropX: number | undefined;
  addY: number | undefined;
}

function geometry(m: CodecMatrix): Geometry {
  const gridY = (m.shared.length > 0 ? SHARED_H : 0) + HEAD_H;
  const hasDrop = m.cells.some((c) => c.kind === 'dropped');
  const hasAdd = m.cells.some((c) => c.kind === 'added');
  const dropX = hasDrop ? LABEL_W + m.columns.length * COL_W : undefined;
  const addY = hasAdd ? gridY + m.rows.length * ROW_H : undefined;
  const width = LABEL_W + m.columns.length * COL_W + (hasDrop ? DROP_W : 0) + 4;
  const height = gridY + (m.rows.length + (hasAdd ? 1 : 0)) * ROW_H + 4;
  return { width, height, gridY, dropX, addY };
}

function Cell({ cell, g }: { cell: MatrixCell; g: Geometry }) {
  const x = cell.column !== undefined ? LABEL_W + cell.column * COL_W : g.dropX ?? 0;
  const y = cell.row !== undefined ? g.gridY + cell.row * ROW_H : g.addY ?? 0;
  const w = cell.column !== undefined ? COL_W : DROP_W;
  const diff = differing(cell);
  const lines: { text: string; cls: string }[] = [];
  let jump: PictureJump | undefined;
  if (cell.kind === 'matched') {
    lines.push({ text: cell.remapped ? `PT ${cell.offer!.payloadType} → ${cell.answer!.payloadType}` : `PT ${cell.offer!.payloadType}`, cls: 'cm-cell-main' });
    lines.push({ text: cell.remapped ? 'remapped' : 'same PT', cls: cell.remapped ? 'cm-remap' : 'cm-cell-detail' });
    jump = jumpTo('answer', cell.answer!.rtpmapLine);
  } else if (cell.kind === 'dropped') {
    lines.push({ text: 'dropped', cls: 'cm-cell-main' });
    lines.push({ text: fit(cell.reason ?? '', 27), cls: 'cm-cell-detail' });
    jump = jumpTo('offer', cell.offer!.rtpmapLine);
  } else {
    lines.push({ text: `PT ${cell.answer!.payloadType} added`, cls: 'cm-cell-main' });
    lines.push({ text: 'not offered', cls: 'cm-cell-detail' });
    jump = jumpTo('answer', cell.answer!.rtpmapLine);
  }
  return (
    <Part
      jump={jump}
      label={cell.text}
      className={`cm-cell cm-${cell.kind}${cell.remapped ? ' cm-remapped' : ''}${diff.length > 0 ? ' cm-fmtp-differs' : ''}`}
      data={{
        'data-part': 'cell',
        'data-kind': cell.kind,
        'data-row': String(cell.row ?? ''),
        'data-column': String(cell.column ?? ''),
        'data-offer-pt': String(cell.offer?.payloadType ?? ''),
        'data-answer-pt': String(cell.answer?.payloadType ?? ''),
        'data-fmtp': diff.join(' '),
      }}
    >
      <rect x={x + 3} y={y + 3} width={w - 6} height={ROW_H - 6} rx={5} className="cm-cell-box" />
      {lines.map((l, i) => (
        <text key={i} x={x + 11} y={y + 21 + i * 15} className={l.cls}>
          {l.text}
        </text>
      ))}
      {diff.length > 0 && (
        <g className="cm-fmtp-marker" data-part="fmtp-marker">
          <rect x={x + w - 45} y={y + 25} width={38} height={14} rx={3} />
          <text x={x + w - 26} y={y + 35.5} textAnchor="middle">
            fmtp≠
          </text>
        </g>
      )}
    </Part>
  );
}

function MatrixSvg({ m, titleId, descId }: { m: CodecMatrix; titleId: string; descId: string }) {
  const g = geometry(m);
  const headY = m.shared.length > 0 ? SHARED_H : 0;
  return (
    <svg className="cm-svg" viewBox={`0 0 ${g.width} ${g.height}`} width={g.width} height={g.height} role="group" aria-labelledby={titleId} aria-describedby={descId} data-section={m.section}>
      <title id={titleId}>{printable(`Codec matrix of ${m.label}: offered codecs (rows) against answered codecs (columns)`)}</title>
      <desc id={descId}>{printable(m.description)}</desc>
      {m.shared.length > 0 && (
        <g data-part="shared">
          <text x={8} y={19} className="cm-head-detail">
            whole section:
          </text>
          <Chips chips={m.shared} side="offer" x={100} y={8} maxX={g.width} on={undefined} />
        </g>
      )}
      <text x={8} y={headY + 20} className="cm-axis">
        offer ↓ · answer →
      </text>
      {/* Grid lines behind the cells. */}
      {m.rows.map((_, i) => (
        <rect key={`r${i}`} x={LABEL_W} y={g.gridY + i * ROW_H} width={g.width - LABEL_W - 4} height={ROW_H} className={i % 2 === 0 ? 'cm-band' : 'cm-band cm-band-alt'} />
      ))}
      {m.columns.map((c, i) => (
        <Part
          key={`c${i}`}
          jump={jumpTo('answer', c.rtpmapLine)}
          label={`answer: ${codecTitle(c)}`}
          className={`cm-col cm-role-${c.role}`}
          data={{ 'data-part': 'column', 'data-pt': String(c.payloadType), 'data-index': String(i) }}
        >
          <rect x={LABEL_W + i * COL_W + 2} y={headY + 2} width={COL_W - 4} height={HEAD_H - 4} rx={4} className="cm-head-box" />
          <text x={LABEL_W + i * COL_W + 8} y={headY + 17} className="cm-label">
            {`PT ${c.payloadType}`}
          </text>
          <text x={LABEL_W + i * COL_W + 8} y={headY + 31} className="cm-head-text">
            {fit(c.label, 18)}
          </text>
          {c.variant !== undefined && (
            <text x={LABEL_W + i * COL_W + 8} y={headY + 44} className="cm-head-detail">
              {fit(c.variant, 21)}
            </text>
          )}
        </Part>
      ))}
      {m.columns.map((c, i) => (
         <Chips key={`cc${i}`} on={c.payloadType} chips={c.chips} side="answer" x={LABEL_W + i * COL_W + 6} y={headY + 50} maxX={LABEL_W + (i + 1) * COL_W - 4} />
      ))}
      {g.dropX !== undefined && (
        <g data-part="drop-head">
          <text x={g.dropX + 10} y={headY + 17} className="cm-label">
            not in the answer
          </text>
          <text x={g.dropX + 10} y={headY + 31} className="cm-head-detail">
            dropped offered codecs
          </text>
        </g>
      )}
      {m.rows.map((r, i) => (
        <Part
          key={`l${i}`}
          jump={jumpTo('offer', r.rtpmapLine)}
          label={`offer: ${codecTitle(r)}`}
          className={`cm-row cm-role-${r.role}`}
          data={{ 'data-part': 'row', 'data-pt': String(r.payloadType), 'data-index': String(i) }}
        >
          <rect x={2} y={g.gridY + i * ROW_H + 2} width={LABEL_W - 6} height={ROW_H - 4} rx={4} className="cm-head-box" />
          <text x={8} y={g.gridY + i * ROW_H + 16} className="cm-label">
            {fit(`PT ${r.payloadType} ${r.label}`, 27)}
          </text>
          {r.variant !== undefined && (
            <text x={8} y={g.gridY + i * ROW_H + 29} className="cm-head-detail">
              {fit(r.variant, 29)}
            </text>
          )}
        </Part>
      ))}
      {m.rows.map((r, i) => (
        <Chips key={`rc${i}`} on={r.payloadType} chips={r.chips} side="offer" x={8} y={g.gridY + i * ROW_H + (r.variant !== undefined ? 33 : 22)} maxX={LABEL_W - 6} />
      ))}
      {g.addY !== undefined && (
        <g data-part="add-head">
          <text x={8} y={g.addY + 22} className="cm-label">
            not offered
          </text>
          <text x={8} y={g.addY + 36} className="cm-head-detail">
            codecs only the answer lists
          </text>
        </g>
      )}
      {m.cells.map((cell, i) => (
        <Cell key={i} cell={cell} g={g} />
      ))}
    </svg>
  );
}

function FmtpList({ m }: { m: CodecMatrix }) {
  const cells = m.cells.filter((c) => c.kind === 'matched' && c.fmtp !== undefined && (c.fmtp.parameters.some((p) => p.change !== 'same') || c.fmtp.notes.length > 0));
  if (cells.length === 0) return <p className="muted small">No fmtp differences between matched codecs.</p>;
  return (
    <ul className="cm-fmtp-list" aria-label={printable(`fmtp differences in ${m.label}`)}>
      {cells.map((c, i) => (
        <li key={i} className={c.fmtp!.differs ? 'cm-differs' : undefined}>
          <strong>{fit(`${c.offer!.label} PT ${c.offer!.payloadType}${c.remapped ? ` → ${c.answer!.payloadType}` : ''}`, 80)}</strong> <LineLink side="offer" line={c.offer!.fmtpLine ?? c.offer!.rtpmapLine} /> <LineLink side="answer" line={c.answer!.fmtpLine ?? c.answer!.rtpmapLine} />
          <ul>
            {c.fmtp!.parameters
              .filter((p) => p.change !== 'same')
              .map((p, k) => (
                <li key={k} className={`cm-param cm-param-${p.change}${p.sameAsDefault ? ' cm-param-default' : ''}`} data-change={p.change}>
                  {fit(p.text, 400)}
                </li>
              ))}
            {c.fmtp!.notes.map((n, k) => (
              <li key={`n${k}`} className="cm-param cm-note">
                {fit(n, 400)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function endLinks(e: MatrixEnd | undefined): ReactNode {
  if (e === undefined) return null;
  return (
    <>
      {' '}
      <LineLink side={e.side} line={e.rtpmapLine} />
      {e.fmtpLine !== undefined && (
        <>
          {' '}
          <LineLink side={e.side} line={e.fmtpLine} />
        </>
      )}
    </>
  );
}

function MatrixText({ m }: { m: CodecMatrix }) {
  return (
    <details className="cm-text">
      <summary>The matrix as a list</summary>
      <p>{printable(m.description)}</p>
      <ul aria-label={printable(`Codec matrix cells of ${m.label}`)}>
        {m.cells.map((c, i) => {
          const row = c.row === undefined ? undefined : m.rows[c.row];
          const col = c.column === undefined ? undefined : m.columns[c.column];
          const chips = [...(row?.chips ?? []), ...(col?.chips ?? []).filter((x) => !(row?.chips ?? []).includes(x))];
          return (
            <li key={i}>
              {fit(c.text, 300)}
              {endLinks(c.offer)}
              {endLinks(c.answer)}
              {chips.length > 0 && (
                <ul>
                  {chips.map((x, k) => (
                    <li key={k}>
                      {fit(x.text, 300)}
                      {endLinks(x.offer)}
                      {endLinks(x.answer)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
        {m.shared.map((x, k) => (
          <li key={`s${k}`}>
            whole section: {fit(x.text, 300)}
            {endLinks(x.offer)}
            {endLinks(x.answer)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function OneMatrix({ m }: { m: CodecMatrix }) {
  const id = useId().replace(/:/g, '');
  return (
    <div className="cm-one" data-section={m.section}>
      <h4>
        {fit(m.label, 80)} <LineLink side="offer" line={m.offerLine} /> <LineLink side="answer" line={m.answerLine} />
      </h4>
      <div className="cm-scroll">
        <MatrixSvg m={m} titleId={`cm-title-${id}`} descId={`cm-desc-${id}`} />
      </div>
      <FmtpList m={m} />
      <MatrixText m={m} />
    </div>
  );
}

function CodecMatrixViewImpl({ matrices }: { matrices: readonly CodecMatrix[] }) {
  if (matrices.length === 0) return null;
  return (
    <section className="card codec-matrix" aria-label="Codec matrix">
      <h3>Codec matrix</h3>
      <ul className="cm-legend" aria-label="Codec matrix colours">
        <li className="cm-matched">
          <span className="cm-swatch" aria-hidden="true" /> matched
        </li>
        <li className="cm-remapped">
          <span className="cm-swatch" aria-hidden="true" /> matched under another PT
        </li>
        <li className="cm-dropped">
          <span className="cm-swatch" aria-hidden="true" /> dropped
        </li>
        <li className="cm-added">
          <span className="cm-swatch" aria-hidden="true" /> added by the answer
        </li>
        <li className="cm-fmtp-differs">
          <span className="cm-swatch" aria-hidden="true" /> fmtp≠: parameters differ
        </li>
      </ul>
      {matrices.map((m) => (
        <OneMatrix key={m.section} m={m} />
      ))}
    </section>
  );
}

export const CodecMatrixView = memo(CodecMatrixViewImpl);
