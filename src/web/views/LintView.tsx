import { memo, useMemo, useState } from 'react';
import { rejectionLines, rulesById, type Diagnostic, type Target } from '../../index.js';
import type { Analysis, Side } from '../analysis.js';
import { Clip } from '../components/Clip.js';
import { useJump } from '../components/jump.js';
import { LineLink } from '../components/LineLink.js';
import { SeverityBadge, type SeverityName } from '../components/SeverityBadge.js';
import { useRowWindow } from '../components/Windowed.js';

type Source = 'parser' | 'lint rule' | 'negotiation';

interface Entry {
  side: Side;
  source: Source;
  severity: SeverityName;
  code: string;
  message: string;
  hint?: string;
  /** Which target engines reject it (worded by the library's rejectionLines when the row is drawn). */
  rejectedBy?: Diagnostic['rejectedBy'];
  depends?: string;
  ref?: string;
  line?: number;
  column?: number;
}

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'info'];

/** Every finding the library reports for the pair: parser diagnostics, lint rules, and the negotiation's findings. */
function entriesOf(analysis: Analysis): Entry[] {
  const out: Entry[] = [];
  for (const side of [analysis.offer, analysis.answer]) {
    if (side === undefined) continue;
    for (const d of side.diagnostics) {
      const e: Entry = { side: side.side, source: rulesById.has(d.code) ? 'lint rule' : 'parser', severity: d.severity, code: d.code, message: d.message, line: d.line, column: d.column };
      if (d.hint !== undefined) e.hint = d.hint;
      if (d.rejectedBy !== undefined) e.rejectedBy = d.rejectedBy;
      if (d.depends !== undefined) e.depends = d.depends;
      if (d.ref !== undefined) e.ref = d.ref;
      out.push(e);
    }
  }
  for (const f of analysis.diff?.findings ?? []) {
    const e: Entry = { side: f.side ?? 'answer', source: 'negotiation', severity: f.severity, code: f.code, message: f.message, ref: f.ref };
    if (f.line !== undefined) e.line = f.line;
    out.push(e);
  }
  return out;
}

/** The target choices offered on the page; the first is the library's default. */
const TARGET_CHOICES: readonly { label: string; targets: readonly Target[] | undefined }[] = [
  { label: 'Chromium and Firefox', targets: undefined },
  { label: 'Chromium', targets: ['chromium'] },
  { label: 'Firefox', targets: ['firefox'] },
  { label: 'WebKit (libwebrtc)', targets: ['webkit'] },
  { label: 'RFC (strict)', targets: ['rfc'] },
];

interface LintViewProps {
  analysis: Analysis;
  /** The engines lint judged for, and a way to choose others (absent: no choice shown). */
  targets?: readonly Target[] | undefined;
  onTargets?: (targets: readonly Target[] | undefined) => void;
}

function LintViewImpl({ analysis, targets, onTargets }: LintViewProps) {
  const chosen = Math.max(0, TARGET_CHOICES.findIndex((c) => (c.targets ?? []).join() === (targets ?? []).join()));
  const entries = useMemo(() => entriesOf(analysis), [analysis]);
  const [shown, setShown] = useState<Record<SeverityName, boolean>>({ error: true, warning: true, info: true });
  const jump = useJump();
  const counts = useMemo(() => {
    const c: Record<SeverityName, number> = { error: 0, warning: 0, info: 0 };
    for (const e of entries) c[e.severity]++;
    return c;
  }, [entries]);
  const visible = useMemo(() => entries.filter((e) => shown[e.severity]), [entries, shown]);
  const win = useRowWindow(visible.length, 5);
  return (
    <div className="lint-view">
      <div className="filters" role="group" aria-label="Severity filter">
        {SEVERITIES.map((s) => (
          <button key={s} type="button" className={`seg filter-${s}`} aria-pressed={shown[s]} onClick={() => setShown({ ...shown, [s]: !shown[s] })}>
            <SeverityBadge severity={s} /> {counts[s]}
          </button>
        ))}
        {onTargets !== undefined && (
          <label className="small">
            Error means rejected by{' '}
            <select value={chosen} onChange={(ev) => onTargets(TARGET_CHOICES[Number(ev.target.value)]?.targets)}>
              {TARGET_CHOICES.map((c, i) => (
                <option key={c.label} value={i}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="muted small">
          {visible.length} of {entries.length} shown. Parser diagnostics, lint rules (docs/rules.md) and the offer/answer negotiation.
        </span>
      </div>
      {entries.length === 0 ? (
        <p className="empty">No findings: the parser, the lint rules and the negotiation report nothing.</p>
      ) : (
        <div {...(win.scroller ?? { className: 'table-wrap' })}>
          <table className="grid lint-table">
            <thead>
              <tr>
                <th scope="col">severity</th>
                <th scope="col">where</th>
                <th scope="col">message</th>
                <th scope="col">code</th>
                <th scope="col">source</th>
              </tr>
            </thead>
            <tbody>
              {win.before}
              {visible.slice(win.first, win.last).map((e, k) => (
                <tr
                  key={win.first + k}
                  className={`lint-row${e.line !== undefined ? ' clickable' : ''}`}
                  data-side={e.side}
                  data-line={e.line}
                  onClick={(ev) => {
                    if (e.line !== undefined && !(ev.target instanceof HTMLButtonElement)) jump(e.side, e.line);
                  }}
                >
                  <td>
                    <SeverityBadge severity={e.severity} />
                  </td>
                  <td>{e.line !== undefined ? <LineLink side={e.side} line={e.line} {...(e.column !== undefined ? { column: e.column } : {})} /> : e.side}</td>
                  <td>
                    <Clip text={e.message} max={600} />
                    {(e.rejectedBy === undefined ? [] : rejectionLines(e.rejectedBy)).map((r, j) => (
                      <div key={j} className="rejection small">
                        <Clip text={r} max={600} />
                      </div>
                    ))}
                    {e.depends !== undefined && (
                      <div className="depends small">
                        Depends: <Clip text={e.depends} max={600} />
                      </div>
                    )}
                    {e.hint !== undefined && (
                      <div className="hint small">
                        Hint: <Clip text={e.hint} max={600} />
                      </div>
                    )}
                  </td>
                  <td>
                    <code>{e.code}</code>
                    {e.ref !== undefined && <div className="ref small">{e.ref}</div>}
                  </td>
                  <td className="small">{e.source}</td>
                </tr>
              ))}
              {win.after}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const LintView = memo(LintViewImpl);
