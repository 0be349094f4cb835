import { memo, useMemo, useState } from 'react';
import type { Candidate, IceRole } from '../../index.js';
import { checkListOf, descriptionOf, SIDES, transportsOf, type Analysis, type CandidateRow, type Side, type SideAnalysis } from '../analysis.js';
import { Clip } from '../components/Clip.js';
import { LineLink } from '../components/LineLink.js';
import { SeverityBadge } from '../components/SeverityBadge.js';
import { count } from '../text.js';

/** Rows drawn per table; the rest is counted on screen. */
const ROW_CAP = 300;

function endpoint(c: Candidate): string {
  return c.address.includes(':') ? `[${c.address}]:${c.port}` : `${c.address}:${c.port}`;
}

function Capped({ total, shown }: { total: number; shown: number }) {
  if (total <= shown) return null;
  return <p className="muted small">{`${count(total - shown, 'more row')} not drawn (the first ${shown} are shown).`}</p>;
}

function Candidates({ side }: { side: SideAnalysis }) {
  const rows = side.candidates;
  return (
    <section className="card" aria-label={`Candidates of the ${side.side}`}>
      <h3>
        {side.side === 'offer' ? 'Offer' : 'Answer'} candidates ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="muted">No a=candidate lines.</p>
      ) : (
        <div className="table-wrap">
          <table className="grid candidates-table">
            <thead>
              <tr>
                <th scope="col">line</th>
                <th scope="col">mid</th>
                <th scope="col">type</th>
                <th scope="col">transport</th>
                <th scope="col">address</th>
                <th scope="col">address class</th>
                <th scope="col">priority</th>
                <th scope="col">type pref.</th>
                <th scope="col">local pref.</th>
                <th scope="col">comp.</th>
                <th scope="col">stack (guess)</th>
                <th scope="col">notes</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, ROW_CAP).map((r) => {
                const d = descriptionOf(r.candidate);
                const p = d.priority.decoded;
                return (
                  <tr key={r.line} data-line={r.line}>
                    <td>
                      <LineLink side={side.side} line={r.line} prefix={false} />
                    </td>
                    <td>{r.mid !== undefined ? <Clip text={r.mid} max={32} /> : '—'}</td>
                    <td>
                      <Clip text={d.type.value} max={32} />
                    </td>
                    <td>
                      <Clip text={d.transport.value} max={60} />
                    </td>
                    <td className="mono wrap">
                      <Clip text={endpoint(r.candidate)} max={80} />
                      {r.candidate.relatedAddress !== undefined && (
                        <div className="small muted">
                          from <Clip text={`${r.candidate.relatedAddress}:${r.candidate.relatedPort ?? '?'}`} max={80} />
                        </div>
                      )}
                    </td>
                    <td title={d.address.info.words}>
                      {d.address.info.class}
                      <div className="small muted">{d.address.info.family}</div>
                    </td>
                    <td className="num">{r.candidate.priority}</td>
                    <td className="num">{Number.isNaN(p.typePreference) ? '?' : p.typePreference}</td>
                    <td className="num">{Number.isNaN(p.localPreference) ? '?' : p.localPreference}</td>
                    <td className="num">{Number.isNaN(p.component) ? '?' : p.component}</td>
                    <td>
                      <Clip text={d.implementation.guess.name} max={80} />
                      <div className="small muted">confidence {d.implementation.guess.confidence}</div>
                    </td>
                    <td className="small">
                      {d.findings.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        d.findings.map((f, i) => (
                          <div key={i}>
                            <SeverityBadge severity={f.severity} /> <Clip text={f.message} max={300} />
                          </div>
                        ))
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Capped total={rows.length} shown={Math.min(rows.length, ROW_CAP)} />
    </section>
  );
}

function CandidateCell({ c, row, replaced }: { c: Candidate; row: CandidateRow | undefined; replaced?: Candidate | undefined }) {
  return (
    <>
      <span className="mono">
        {c.type} <Clip text={endpoint(c)} max={80} />
      </span>{' '}
      {row !== undefined && <LineLink side={row.side} line={row.line} prefix={false} />}
      {replaced !== undefined && (
        <div className="small muted">
          base of {replaced.type} <Clip text={endpoint(replaced)} max={80} />
        </div>
      )}
    </>
  );
}

function CheckListSection({ analysis }: { analysis: Analysis }) {
  const transports = useMemo(() => transportsOf(analysis), [analysis]);
  const roles = analysis.diff?.ice.roles;
  const defaultRole = (local: Side): IceRole => (roles?.controlling === (local === 'offer' ? 'offerer' : 'answerer') ? 'controlling' : 'controlled');
  const [local, setLocal] = useState<Side>('offer');
  const [role, setRole] = useState<IceRole>(() => defaultRole('offer'));
  const [transportKey, setTransportKey] = useState<string | undefined>(undefined);
  const transport = transports.find((t) => t.key === transportKey) ?? transports[0];
  const view = useMemo(() => (transport === undefined ? undefined : checkListOf(analysis, transport, local, role)), [analysis, transport, local, role]);

  if (analysis.diff === undefined) return <p className="empty">The check list needs both an offer and an answer.</p>;
  const chooseLocal = (s: Side): void => {
    setLocal(s);
    setRole(defaultRole(s));
  };
  const shownPairs = view?.list.pairs.slice(0, ROW_CAP) ?? [];
  const shownPruned = view?.list.pruned.slice(0, ROW_CAP) ?? [];
  return (
    <section className="card" aria-label="Check list">
      <h3>Check list (RFC 8445 §6.1.2)</h3>
      <div className="controls">
        <fieldset>
          <legend>Local agent</legend>
          {SIDES.map((s) => (
            <label key={s}>
              <input type="radio" name="ice-local" value={s} checked={local === s} onChange={() => chooseLocal(s)} /> {s === 'offer' ? 'offerer' : 'answerer'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Role</legend>
          <label className="switch">
            <input type="checkbox" role="switch" aria-checked={role === 'controlling'} checked={role === 'controlling'} onChange={(e) => setRole(e.currentTarget.checked ? 'controlling' : 'controlled')} />{' '}
            {role}
          </label>
          {roles !== undefined && <span className="muted small"> negotiated: the {roles.controlling} is controlling ({roles.reason})</span>}
        </fieldset>
        {transports.length > 1 && (
          <label>
            Transport{' '}
            <select value={transport?.key} onChange={(e) => setTransportKey(e.currentTarget.value)}>
              {transports.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {transports.length === 1 && transport !== undefined && <span className="muted">Transport: {transport.label}</span>}
      </div>
      {view === undefined ? (
        <p className="muted">No accepted transport to check.</p>
      ) : (
        <>
          <p className="small">
            {count(view.local.length, 'local candidate')} × {count(view.remote.length, 'remote candidate')}: {count(view.list.pairs.length, 'pair')} in the list,{' '}
            {count(view.list.pairs.filter((p) => p.state === 'Waiting').length, 'Waiting pair')}, {count(view.list.pruned.length, 'pair')} pruned.
          </p>
          {view.list.findings.length > 0 && (
            <ul className="findings">
              {view.list.findings.map((f, i) => (
                <li key={i}>
                  <SeverityBadge severity={f.severity} /> <Clip text={f.message} max={300} />
                </li>
              ))}
            </ul>
          )}
          <div className="table-wrap">
            <table className="grid checklist-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">state</th>
                  <th scope="col">pair priority</th>
                  <th scope="col">local ({local})</th>
                  <th scope="col">remote ({local === 'offer' ? 'answer' : 'offer'})</th>
                  <th scope="col">foundation</th>
                  <th scope="col">comp.</th>
                  <th scope="col">notes</th>
                </tr>
              </thead>
              <tbody>
                {shownPairs.map((p, i) => (
                  <tr key={`${p.localIndex}-${p.remoteIndex}`}>
                    <td className="num">{i + 1}</td>
                    <td>
                      <span className={`state state-${p.state}`}>{p.state}</span>
                    </td>
                    <td className="num mono">{p.priority.toString()}</td>
                    <td>
                      <CandidateCell c={p.local} row={view.local[p.localIndex]} replaced={p.replaced} />
                    </td>
                    <td>
                      <CandidateCell c={p.remote} row={view.remote[p.remoteIndex]} />
                    </td>
                    <td className="mono">
                      <Clip text={p.foundation} max={70} />
                    </td>
                    <td className="num">{p.component}</td>
                    <td className="small">
                      {p.notes.map((n, j) => (
                        <div key={j}>
                          <Clip text={n.message} max={300} />
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Capped total={view.list.pairs.length} shown={shownPairs.length} />
          {view.list.pruned.length > 0 && (
            <details>
              <summary>{count(view.list.pruned.length, 'pruned pair')}</summary>
              <ul className="small">
                {shownPruned.map((p, i) => (
                  <li key={i}>
                    {p.reason}: <Clip text={p.message} max={300} />
                  </li>
                ))}
              </ul>
              <Capped total={view.list.pruned.length} shown={shownPruned.length} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

function IceViewImpl({ analysis }: { analysis: Analysis }) {
  const sides = SIDES.map((s) => analysis[s]).filter((s): s is SideAnalysis => s !== undefined);
  if (sides.length === 0) return <p className="empty">Paste an offer or an answer above to see its candidates.</p>;
  return (
    <div className="ice-view">
      {sides.map((s) => (
        <Candidates key={s.side} side={s} />
      ))}
      <CheckListSection analysis={analysis} />
    </div>
  );
}

export const IceView = memo(IceViewImpl);
