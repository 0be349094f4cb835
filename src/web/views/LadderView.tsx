import { memo, useId, useMemo, type ReactNode } from 'react';
import { LADDER_OUTCOMES, negotiationLadder, printable } from '../../index.js';
import type { LadderLine, LadderOutcome, LadderRow, NegotiationLadder, OfferAnswerDiff } from '../../index.js';
import { LineLink } from '../components/LineLink.js';
import { fit, PicturePart } from '../components/PicturePart.js';

/*
 * The negotiation ladder: offer sections on the left, answer sections on the
 * right, joined by mid. Every fact and word comes from `negotiationLadder`;
 * this file only places boxes and lines.
 */

const W = 880;
const BOX_W = 250;
const OFFER_X = 16;
const ANSWER_X = 500;
const BRACKET_X = ANSWER_X + BOX_W + 22;
const HEAD_H = 58;
const BAND_H = 34;
const ROW_H = 56;
const STRIP_H = 30;
const LAYER_W = 92;
/** Where the first simulcast layer starts: after the strip's label, "simulcast (declined)". */
const LAYER_X = OFFER_X + 140;

/** A clickable part of the ladder (see PicturePart). */
function Part({ className, ...rest }: { jump: LadderLine | undefined; label: string; className: string; children: ReactNode; data?: Record<string, string> }) {
  return <PicturePart {...rest} className={`ladder-part ${className}`} linkClass="ladder-link" />;
}

interface Layout {
  height: number;
  bandY: number[];
  rowY: number[];
  rowH: number[];
  extraY: number;
}

function layout(l: NegotiationLadder): Layout {
  const bands = l.transports.filter((t) => t.dtls !== undefined).length;
  const bandY: number[] = [];
  let y = HEAD_H;
  for (let i = 0; i < bands; i++) {
    bandY.push(y);
    y += BAND_H;
  }
  y += 6;
  const rowY: number[] = [];
  const rowH: number[] = [];
  for (const r of l.rows) {
    rowY.push(y);
    const h = ROW_H + (r.simulcast === undefined ? 0 : STRIP_H);
    rowH.push(h);
    y += h;
  }
  const extraY = y;
  y += l.extraAnswer.length * ROW_H;
  return { height: Math.max(y + 8, HEAD_H + 20), bandY, rowY, rowH, extraY };
}

function Box({ x, y, label, detail, dashed }: { x: number; y: number; label: string; detail: string; dashed?: boolean }) {
  return (
    <>
      <rect x={x} y={y + 6} width={BOX_W} height={40} rx={5} className={`ladder-box${dashed === true ? ' ladder-dashed' : ''}`} />
      <text x={x + 10} y={y + 22} className="ladder-label">
        {fit(label, 34)}
      </text>
      <text x={x + 10} y={y + 38} className="ladder-detail">
        {fit(detail, 40)}
      </text>
    </>
  );
}

function Row({ row, y }: { row: LadderRow; y: number }) {
  const mid = y + 26;
  const missing = row.answer === undefined;
  return (
    <g className={`ladder-row ladder-${row.outcome}`} data-part="row" data-section={row.section} data-mid={printable(row.mid ?? '')} data-outcome={row.outcome}>
      <Part jump={row.offer.line === undefined ? undefined : { side: 'offer', line: row.offer.line }} label={`offer: ${row.offer.label}, ${row.offer.detail}`} className="ladder-offer" data={{ 'data-part': 'offer' }}>
        <Box x={OFFER_X} y={y} label={row.offer.label} detail={row.offer.detail} />
      </Part>
      <Part jump={row.linkJump} label={`${row.offer.label}: ${LADDER_OUTCOMES[row.outcome]}: ${row.link}`} className="ladder-join" data={{ 'data-part': 'link' }}>
        <line x1={OFFER_X + BOX_W} y1={mid} x2={ANSWER_X} y2={mid} className="ladder-line" />
        <rect x={OFFER_X + BOX_W} y={mid - 16} width={ANSWER_X - OFFER_X - BOX_W} height={32} className="ladder-hit" />
        <text x={(OFFER_X + BOX_W + ANSWER_X) / 2} y={mid - 6} textAnchor="middle" className="ladder-outcome">
          {LADDER_OUTCOMES[row.outcome]}
        </text>
        {row.linkParts.slice(0, 2).map((part, i) => (
          <text key={i} x={(OFFER_X + BOX_W + ANSWER_X) / 2} y={mid + 14 + i * 12} textAnchor="middle" className="ladder-detail">
            {fit(part, 42)}
          </text>
        ))}
      </Part>
      {row.answer === undefined ? (
        <Box x={ANSWER_X} y={y} label="no answer section" detail="" dashed />
      ) : (
        <Part jump={row.answer.line === undefined ? undefined : { side: 'answer', line: row.answer.line }} label={`answer: ${row.answer.label}, ${row.answer.detail}`} className="ladder-answer" data={{ 'data-part': 'answer' }}>
          <Box x={ANSWER_X} y={y} label={row.answer.label} detail={row.answer.detail} dashed={missing || row.outcome === 'rejected'} />
        </Part>
      )}
      {row.simulcast !== undefined && (
        <g data-part="simulcast">
          <Part jump={row.simulcast.jump} label={row.simulcast.text} className="ladder-sim-label">
            <text x={OFFER_X + 10} y={y + ROW_H + 18} className="ladder-detail">
              simulcast{row.simulcast.declined ? ' (declined)' : ''}
            </text>
          </Part>
          {row.simulcast.layers.map((layer, i) => (
            <Part
              key={`${layer.direction}-${layer.rid}-${i}`}
              jump={layer.jump}
              label={layer.text}
              className={`ladder-layer ladder-layer-${layer.outcome}${layer.survives ? ' ladder-survives' : ''}`}
              data={{ 'data-part': 'layer', 'data-rid': printable(layer.rid), 'data-outcome': layer.outcome, 'data-survives': String(layer.survives) }}
            >
              <rect x={LAYER_X + i * (LAYER_W + 8)} y={y + ROW_H + 2} width={LAYER_W} height={24} rx={4} />
              <text x={LAYER_X + i * (LAYER_W + 8) + LAYER_W / 2} y={y + ROW_H + 18} textAnchor="middle">
                {`${layer.survives ? '✓ ' : ''}${fit(layer.rid, 8)} ${layer.direction === 'send' ? '→' : '←'} ${layer.outcome}`}
              </text>
            </Part>
          ))}
        </g>
      )}
    </g>
  );
}

function LadderSvg({ ladder, titleId, descId }: { ladder: NegotiationLadder; titleId: string; descId: string }) {
  const lay = layout(ladder);
  const ice = ladder.ice;
  const party = (p: 'offerer' | 'answerer') => (p === 'offerer' ? OFFER_X + BOX_W / 2 : ANSWER_X + BOX_W / 2);
  const dtlsTransports = ladder.transports.flatMap((t, i) => (t.dtls === undefined ? [] : [{ t, i }]));
  return (
    <svg
      className="ladder-svg"
      viewBox={`0 0 ${W} ${lay.height}`}
      width={W}
      height={lay.height}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-verdict={ladder.verdict}
    >
      <title id={titleId}>Negotiation ladder: offer and answer m-sections joined by mid</title>
      <desc id={descId}>{printable(ladder.description)}</desc>
      {(['offerer', 'answerer'] as const).map((p) => (
        <g key={p} data-part="party" data-party={p}>
          <text x={party(p)} y={20} textAnchor="middle" className="ladder-party">
            {p === 'offerer' ? 'Offer (offerer)' : 'Answer (answerer)'}
          </text>
          <Part
            jump={ice.jump}
            label={ice.controlling === p ? ice.text : `ICE: the ${p} is controlled${(p === 'offerer' ? ice.offerLite : ice.answerLite) ? ' (ICE lite)' : ''}`}
            className={`ladder-ice${ice.controlling === p ? ' ladder-controlling' : ''}`}
            data={{ 'data-part': 'ice', 'data-role': ice.controlling === p ? 'controlling' : 'controlled' }}
          >
            <rect x={party(p) - 80} y={28} width={160} height={20} rx={10} />
            <text x={party(p)} y={42} textAnchor="middle">
              {`ICE ${ice.controlling === p ? 'controlling' : 'controlled'}${(p === 'offerer' ? ice.offerLite : ice.answerLite) ? ' · lite' : ''}`}
            </text>
          </Part>
        </g>
      ))}
      {dtlsTransports.map(({ t, i }, k) => {
        const d = t.dtls!;
        const y = lay.bandY[k]! + BAND_H / 2 + 6;
        const from = d.client === 'offerer' ? OFFER_X + BOX_W : ANSWER_X;
        const to = d.server === 'offerer' ? OFFER_X + BOX_W : ANSWER_X;
        return (
          <Part
            key={i}
            jump={d.jump}
            label={`${t.mid !== undefined ? `transport of mid ${t.mid}: ` : ''}${d.text}`}
            className={`ladder-dtls${d.valid ? '' : ' ladder-invalid'}`}
            data={{ 'data-part': 'dtls', 'data-client': d.client, 'data-server': d.server, 'data-transport': String(i) }}
          >
            <line x1={from} y1={y} x2={to} y2={y} className="ladder-arrow" />
            <path d={`M${to},${y} l${from > to ? 9 : -9},-5 v10 z`} className="ladder-arrowhead" />
            <text x={(OFFER_X + BOX_W + ANSWER_X) / 2} y={y - 6} textAnchor="middle" className="ladder-detail">
              {`DTLS client ${d.client} → server ${d.server}`}
            </text>
          </Part>
        );
      })}
      {ladder.rows.map((row, i) => (
        <Row key={row.section} row={row} y={lay.rowY[i]!} />
      ))}
      {ladder.extraAnswer.map((e, i) => (
        <Part key={`x${i}`} jump={e.line === undefined ? undefined : { side: 'answer', line: e.line }} label={`answer: ${e.label}, ${e.detail}`} className="ladder-extra" data={{ 'data-part': 'extra' }}>
          <Box x={ANSWER_X} y={lay.extraY + i * ROW_H} label={e.label} detail={e.detail} dashed />
        </Part>
      ))}
      {ladder.brackets.map((b, k) => {
        const ys = b.rows.map((r) => lay.rowY[r]!);
        if (ys.length === 0) return null;
        const top = Math.min(...ys) + 10;
        const bottom = Math.max(...b.rows.map((r) => lay.rowY[r]! + 42));
        const x = BRACKET_X + k * 26;
        return (
          <Part key={k} jump={b.jump} label={b.text} className="ladder-bracket" data={{ 'data-part': 'bracket', 'data-mids': printable(b.mids.join(' ')), 'data-tag': printable(b.tag ?? '') }}>
            <path d={`M${x - 8},${top} H${x} V${bottom} H${x - 8}`} className="ladder-bracket-line" />
            {b.rows.map((r) => (
              <line key={r} x1={ANSWER_X + BOX_W} x2={x} y1={lay.rowY[r]! + 26} y2={lay.rowY[r]! + 26} className="ladder-tick" />
            ))}
            <rect x={x - 10} y={top} width={24} height={bottom - top} className="ladder-hit" />
            <text transform={`translate(${x + 14},${(top + bottom) / 2}) rotate(90)`} textAnchor="middle" className="ladder-detail">
              {fit(`BUNDLE ${b.mids.join(' ')}${b.tag !== undefined ? ` · tag ${b.tag}` : ''}`, 40)}
            </text>
          </Part>
        );
      })}
    </svg>
  );
}

const LEGEND: LadderOutcome[] = ['accepted', 'codecs-dropped', 'direction-changed', 'rejected'];

function LadderViewImpl({ diff }: { diff: OfferAnswerDiff }) {
  const ladder = useMemo(() => negotiationLadder(diff), [diff]);
  const id = useId().replace(/:/g, '');
  const titleId = `ladder-title-${id}`;
  const descId = `ladder-desc-${id}`;
  return (
    <section className="ladder" aria-labelledby={`ladder-h-${id}`}>
      <h3 id={`ladder-h-${id}`}>Ladder</h3>
      <div className="ladder-scroll">
        <LadderSvg ladder={ladder} titleId={titleId} descId={descId} />
      </div>
      <ul className="ladder-legend" aria-label="Ladder colours">
        {LEGEND.map((o) => (
          <li key={o} className={`ladder-${o}`}>
            <span className="ladder-swatch" aria-hidden="true" /> {LADDER_OUTCOMES[o]}
          </li>
        ))}
      </ul>
      <details className="ladder-text">
        <summary>The ladder as a list</summary>
        <p>{printable(ladder.description)}</p>
        <ul aria-label="Ladder parts">
          {ladder.rows.map((r) => (
            <li key={r.section}>
              {printable(r.offer.label)} <LineLink side="offer" line={r.offer.line} prefix={false} /> → {printable(r.answer?.label ?? 'no answer section')}{' '}
              {r.answer !== undefined && <LineLink side="answer" line={r.answer.line} prefix={false} />}: {LADDER_OUTCOMES[r.outcome]}; {printable(r.link)}
              {r.simulcast !== undefined && (
                <ul>
                  {r.simulcast.layers.map((layer, i) => (
                    <li key={i}>
                      {printable(layer.text)} {layer.jump !== undefined && <LineLink side={layer.jump.side} line={layer.jump.line} prefix={false} />}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
          {ladder.transports.map((t, i) => (
            <li key={`t${i}`}>
              {printable(t.text)} {t.jump !== undefined && <LineLink side={t.jump.side} line={t.jump.line} prefix={false} />}
              {t.dtls !== undefined && (
                <>
                  ; {printable(t.dtls.text)} {t.dtls.jump !== undefined && <LineLink side={t.dtls.jump.side} line={t.dtls.jump.line} prefix={false} />}
                </>
              )}
            </li>
          ))}
          <li>
            {printable(ladder.ice.text)} {ladder.ice.jump !== undefined && <LineLink side={ladder.ice.jump.side} line={ladder.ice.jump.line} prefix={false} />}
          </li>
        </ul>
      </details>
    </section>
  );
}

export const LadderView = memo(LadderViewImpl);
