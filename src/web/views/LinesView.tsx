import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { sectionName, type Diagnostic, type SdpLine } from '../../index.js';
import { explanationOf, SIDES, type Analysis, type Side, type SideAnalysis } from '../analysis.js';
import { Address, looksLikeAddress } from '../components/Address.js';
import { Clip } from '../components/Clip.js';
import { runs } from '../components/Shown.js';
import { SeverityBadge, severityIcon, type SeverityName } from '../components/SeverityBadge.js';
import { count, LINE_CAP } from '../text.js';

/** Height of one row in pixels; styles.css gives `.row` the same height. */
export const ROW_HEIGHT = 22;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 12;
/** When the list has no layout (jsdom), assume this height. */
const FALLBACK_HEIGHT = 600;

export interface LineTarget {
  side: Side;
  line: number;
  /** Changes on every jump, so jumping to the same line again scrolls to it again. */
  seq: number;
}

interface Props {
  analysis: Analysis;
  target: LineTarget;
  onTarget: (side: Side, line: number, scroll: boolean) => void;
}

const RANK: Readonly<Record<SeverityName, number>> = { error: 3, warning: 2, info: 1 };

function worst(a: SeverityName | undefined, b: SeverityName): SeverityName {
  return a === undefined || RANK[b] > RANK[a] ? b : a;
}

interface Token {
  start: number;
  end: number;
  cls: string;
}

/**
 * Colour classes for one line, from what the parser says the line is (type,
 * attribute name, value): no SDP is re-parsed here.
 */
function tokens(line: SdpLine, text: string): Token[] {
  if (line.type === '') return [{ start: 0, end: text.length, cls: 'tok-plain' }];
  const head = `${line.type}=`;
  if (!text.startsWith(head)) return [{ start: 0, end: text.length, cls: 'tok-plain' }];
  const out: Token[] = [{ start: 0, end: 2, cls: `tok-type tok-type-${line.type === 'm' ? 'm' : line.type === 'a' ? 'a' : 'x'}` }];
  if (line.type === 'a' && line.name !== undefined && text.startsWith(line.name, 2)) {
    const nameEnd = 2 + line.name.length;
    out.push({ start: 2, end: nameEnd, cls: 'tok-name' });
    if (nameEnd < text.length) {
      out.push({ start: nameEnd, end: nameEnd + 1, cls: 'tok-punct' });
      out.push({ start: nameEnd + 1, end: text.length, cls: 'tok-value' });
    }
    return out;
  }
  out.push({ start: 2, end: text.length, cls: 'tok-value' });
  return out;
}

interface Range {
  start: number;
  end: number;
  severity: SeverityName;
}

interface Segment {
  text: string;
  cls: string;
  severity?: SeverityName;
}

/** Cuts the drawn part of a line where a colour or an underline starts or ends. */
function segments(text: string, toks: Token[], ranges: Range[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const t of toks) cuts.add(Math.min(t.start, text.length)).add(Math.min(t.end, text.length));
  for (const r of ranges) cuts.add(Math.min(r.start, text.length)).add(Math.min(r.end, text.length));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    const cls = toks.find((t) => t.start <= a && a < t.end)?.cls ?? 'tok-plain';
    let severity: SeverityName | undefined;
    for (const r of ranges) if (r.start <= a && a < r.end) severity = worst(severity, r.severity);
    out.push(severity === undefined ? { text: text.slice(a, b), cls } : { text: text.slice(a, b), cls, severity });
  }
  return out;
}

interface LineDiagnostics {
  /** Every diagnostic whose range touches the line. */
  touching: Diagnostic[];
  /** Those that start on it (shown with their message). */
  starting: Diagnostic[];
}

/** Diagnostics by line; a range over many lines marks at most the first 1,000. */
function byLine(diagnostics: readonly Diagnostic[]): Map<number, LineDiagnostics> {
  const map = new Map<number, LineDiagnostics>();
  const at = (n: number): LineDiagnostics => {
    let e = map.get(n);
    if (e === undefined) {
      e = { touching: [], starting: [] };
      map.set(n, e);
    }
    return e;
  };
  for (const d of diagnostics) {
    at(d.line).starting.push(d);
    const last = Math.min(Math.max(d.endLine, d.line), d.line + 1000);
    for (let n = d.line; n <= last; n++) at(n).touching.push(d);
  }
  return map;
}

/** The underlined columns of one line (0-based, end-exclusive); an empty range marks one character or the line's end. */
function rangesOn(n: number, length: number, diagnostics: readonly Diagnostic[]): { ranges: Range[]; atEnd?: SeverityName } {
  const ranges: Range[] = [];
  let atEnd: SeverityName | undefined;
  for (const d of diagnostics) {
    const start = n === d.line ? d.column - 1 : 0;
    let end = n === d.endLine ? d.endColumn - 1 : length;
    if (end <= start) end = start + 1;
    if (start >= length) atEnd = worst(atEnd, d.severity);
    else ranges.push({ start, end: Math.min(end, length), severity: d.severity });
  }
  return atEnd === undefined ? { ranges } : { ranges, atEnd };
}

const Row = memo(function Row({
  side,
  line,
  index,
  diags,
  selected,
  onPick,
}: {
  side: Side;
  line: SdpLine;
  index: number;
  diags: LineDiagnostics | undefined;
  selected: boolean;
  onPick: (n: number) => void;
}) {
  const n = line.source?.line ?? index + 1;
  const full = line.source?.text ?? line.raw ?? '';
  const truncated = full.length > LINE_CAP;
  const text = truncated ? full.slice(0, LINE_CAP) : full;
  const { ranges, atEnd } = rangesOn(n, text.length, diags?.touching ?? []);
  const segs = segments(text, tokens(line, text), ranges);
  let sev: SeverityName | undefined;
  for (const d of diags?.touching ?? []) sev = worst(sev, d.severity);
  const first = diags?.starting[0];
  const more = (diags?.starting.length ?? 0) - 1;
  return (
    <div
      id={`${side}-line-${n}`}
      role="option"
      aria-selected={selected}
      data-line={n}
      className={`row${selected ? ' selected' : ''}${line.type === 'm' ? ' row-m' : ''}${sev !== undefined ? ` row-${sev}` : ''}`}
      onClick={() => onPick(n)}
    >
      <span className="gutter" aria-hidden="true">{n}</span>
      <span className={`marker${sev !== undefined ? ` sev-${sev}` : ''}`} aria-hidden="true">{sev !== undefined ? severityIcon(sev) : ''}</span>
      {truncated && <span className="trunc">{`line truncated (${count(full.length, 'character')}; ${LINE_CAP.toLocaleString('en-US')} shown)`}</span>}
      <code className="code">
        {segs.map((s, i) => (
          <span key={i} className={s.severity !== undefined ? `${s.cls} squiggle squiggle-${s.severity}` : s.cls}>
            {runs(s.text)}
          </span>
        ))}
        {atEnd !== undefined && <span className={`eol-mark squiggle squiggle-${atEnd}`} title="expected more here"> </span>}
      </code>
      {truncated && <span className="muted trunc-end"> …</span>}
      {first !== undefined && (
        <span className={`diag-msg sev-${first.severity}`}>
          {severityIcon(first.severity)} <Clip text={first.message} max={200} />
          {more > 0 ? ` (+${more} more)` : ''}
        </span>
      )}
    </div>
  );
});

function ExplanationPanel({ side, line, diags }: { side: SideAnalysis; line: number | undefined; diags: LineDiagnostics | undefined }) {
  if (line === undefined) {
    return (
      <aside className="explain" aria-label="Line explanation">
        <p className="muted">Click or hover a line to see what it means. Arrow keys move through the lines.</p>
      </aside>
    );
  }
  const e = explanationOf(side, line);
  const media = e?.mediaIndex === undefined ? undefined : side.result.document.media[e.mediaIndex];
  const where = media !== undefined ? ` · ${sectionName(media)}` : e !== undefined ? ' · session' : '';
  return (
    <aside className="explain" aria-label="Line explanation" aria-live="polite">
      <div className="explain-where">
        Line {line} of the {side.side}
        {where}
      </div>
      {e === undefined ? (
        <p className="muted">No explanation for this line.</p>
      ) : (
        <>
          <h3 className="explain-label">
            <Clip text={e.label} max={200} />
          </h3>
          <p className="explain-summary">
            <Clip text={e.summary} max={1000} />
          </p>
          {e.details !== '' && (
            <p className="explain-details">
              <Clip text={e.details} max={2000} />
            </p>
          )}
          {e.ref !== undefined && (
            <p className="explain-ref">
              Reference: <span className="ref">{e.ref}</span>
            </p>
          )}
          {e.fields.length > 0 && (
            <table className="fields">
              <colgroup>
                <col className="field-name" />
                <col className="field-value" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">field</th>
                  <th scope="col">value</th>
                  <th scope="col">meaning</th>
                </tr>
              </thead>
              <tbody>
                {e.fields.map((f, i) => (
                  <tr key={i}>
                    <th scope="row">
                      <Clip text={f.name} max={80} />
                    </th>
                    <td className="mono">{looksLikeAddress(f.value) ? <Address text={f.value} max={200} /> : <Clip text={f.value} max={200} />}</td>
                    <td>
                      <Clip text={f.meaning} max={1000} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {diags !== undefined && diags.touching.length > 0 && (
        <section className="explain-diags" aria-label="Problems on this line">
          <h4>Problems on this line</h4>
          <ul>
            {diags.touching.map((d, i) => (
              <li key={i}>
                <SeverityBadge severity={d.severity} /> <code>{d.code}</code> {d.line}:{d.column} <Clip text={d.message} max={1000} />
                {d.hint !== undefined && (
                  <div className="hint">
                    Hint: <Clip text={d.hint} max={1000} />
                  </div>
                )}
                {d.ref !== undefined && <div className="ref">{d.ref}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

function LinesViewImpl({ analysis, target, onTarget }: Props) {
  const side = analysis[target.side];
  const lines = side?.result.document.lines ?? [];
  const diagsByLine = useMemo(() => byLine(side?.diagnostics ?? []), [side]);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const selected = side !== undefined && target.line >= 1 && target.line <= lines.length ? target.line : undefined;

  useLayoutEffect(() => {
    const el = listRef.current;
    if (el === null) return;
    const measure = (): void => setHeight(el.clientHeight > 0 ? el.clientHeight : FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [side !== undefined]);

  // A jump (from another view, or the keyboard) scrolls the line into view.
  useEffect(() => {
    setHover(undefined);
    const el = listRef.current;
    if (el === null || selected === undefined) return;
    // Coming from a link in another view, the focus was on a button that is gone: give it to the list.
    if (target.seq > 0 && (document.activeElement === null || document.activeElement === document.body)) el.focus({ preventScroll: true });
    const top = (selected - 1) * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + height) {
      const next = Math.max(0, top - Math.floor(height / 3));
      el.scrollTop = next;
      setScrollTop(next);
    }
    // Only on a new jump, not on every scroll or resize.
  }, [target.seq, target.side]);

  const pick = useCallback((n: number) => onTarget(target.side, n, false), [onTarget, target.side]);
  const move = useCallback((n: number) => onTarget(target.side, Math.min(Math.max(n, 1), lines.length), true), [onTarget, target.side, lines.length]);

  // Hover follows real pointer moves only: after a jump, the row that slid under a still pointer must not take over.
  const onMouseMove = (e: MouseEvent<HTMLDivElement>): void => {
    const row = e.target instanceof Element ? e.target.closest<HTMLElement>('.row') : null;
    const n = row === null ? undefined : Number(row.dataset.line);
    if (n !== hover) setHover(n);
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const current = selected ?? 0;
    const next: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 1, End: lines.length };
    const n = next[e.key];
    if (n === undefined || lines.length === 0) return;
    e.preventDefault();
    move(n);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(lines.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const shown = hover ?? selected;
  const problemCount = (s: SideAnalysis | undefined): number => s?.diagnostics.length ?? 0;

  return (
    <div className="lines-view">
      <div className="lines-toolbar" role="group" aria-label="Description shown">
        {SIDES.map((s) => {
          const a = analysis[s];
          return (
            <button
              key={s}
              type="button"
              className="seg"
              aria-pressed={target.side === s}
              disabled={a === undefined}
              onClick={() => onTarget(s, target.side === s ? target.line : 0, false)}
            >
              {s === 'offer' ? 'Offer' : 'Answer'}
              {a !== undefined && <span className="muted">{` · ${count(a.result.document.lines.length, 'line')} · ${count(problemCount(a), 'problem')}`}</span>}
            </button>
          );
        })}
        <span className="muted lines-note">Long lines are drawn up to {LINE_CAP.toLocaleString('en-US')} characters; only the rows in view are drawn.</span>
      </div>
      {side === undefined ? (
        <p className="empty">Paste {target.side === 'offer' ? 'an offer' : 'an answer'} above to see its lines.</p>
      ) : (
        <div className="lines-body">
          <div
            ref={listRef}
            className="lines-list"
            role="listbox"
            tabIndex={0}
            aria-label={`Lines of the ${target.side}`}
            aria-activedescendant={selected !== undefined ? `${target.side}-line-${selected}` : undefined}
            onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
            onKeyDown={onKey}
            onMouseMove={onMouseMove}
            onMouseLeave={() => setHover(undefined)}
          >
            <div className="lines-spacer" style={{ height: `${lines.length * ROW_HEIGHT}px` }}>
              <div className="lines-window" style={{ transform: `translateY(${first * ROW_HEIGHT}px)` }}>
                {lines.slice(first, last).map((line, i) => {
                  const index = first + i;
                  const n = line.source?.line ?? index + 1;
                  return (
                    <Row
                      key={index}
                      side={target.side}
                      line={line}
                      index={index}
                      diags={diagsByLine.get(n)}
                      selected={n === selected}
                      onPick={pick}
                    />
                  );
                })}
              </div>
            </div>
          </div>
          <ExplanationPanel side={side} line={shown} diags={shown === undefined ? undefined : diagsByLine.get(shown)} />
        </div>
      )}
    </div>
  );
}

export const LinesView = memo(LinesViewImpl);
