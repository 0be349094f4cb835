import { memo, useDeferredValue, useState } from 'react';
import { pairFoundationText, type Candidate, type CandidateAt, type CheckList, type IceRole } from '../../index.js';
import { descriptionOf, SIDES, type Analysis, type Side, type SideAnalysis } from '../analysis.js';
import { printable } from '../../index.js';
import { useCheckLists } from '../engine.js';
import { Address } from '../components/Address.js';
import { useRowWindow } from '../components/Windowed.js';
import { Clip } from '../components/Clip.js';
import { Shown } from '../components/Shown.js';
import { LineLink } from '../components/LineLink.js';
import { SeverityBadge } from '../components/SeverityBadge.js';
import { count } from '../text.js';
import { IceOutcome, type DumpNegotiation } from './IceOutcome.js';
import { IcePictures } from './IcePictures.js';

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
  const win = useRowWindow(rows.length, 12, 60);
  return (
    <section className="card" aria-label={`Candidates of the ${side.side}`}>
      <h3>
        {side.side === 'offer' ? 'Offer' : 'Answer'} candidates ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="muted">No a=candidate lines.</p>
      ) : (
        <div {...(win.scroller ?? { className: 'table-wrap' })}>
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
              {win.before}
              {rows.slice(win.first, win.last).map((r) => {
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
                      {d.relayProtocol !== undefined && <div className="small muted">via {d.relayProtocol.via}</div>}
                    </td>
                    <td>
                      <Clip text={d.transport.value} max={60} />
                    </td>
                    <td className="mono">
                      <Address text={endpoint(r.candidate)} />
                      {r.candidate.relatedAddress !== undefined && (
                        <div className="small muted">
                          from <Address text={`${r.candidate.relatedAddress}:${r.candidate.relatedPort ?? '?'}`} />
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
              {win.after}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CandidateCell({ c, side, at, replaced }: { c: Candidate; side: Side; at: CandidateAt | undefined; replaced?: Candidate | undefined }) {
  return (
    <>
      <span className="mono">
        {c.type} <Address text={endpoint(c)} />
      </span>{' '}
      {at?.line !== undefined && <LineLink side={side} line={at.line} prefix={false} />}
      {replaced !== undefined && (
        <div className="small muted">
          base of {replaced.type} <Address text={endpoint(replaced)} />
        </div>
      )}
    </>
  );
}

/** " (3 redundant, 2 beyond the limit)": the pruned count per reason, when there is one. */
function prunedWords(list: CheckList): string {
  const c = list.prunedCount;
  const parts = [c.redundant > 0 && `${c.redundant} redundant`, c.limit > 0 && `${c.limit} beyond the limit`, c['no-base'] > 0 && `${c['no-base']} from a reflexive candidate without a known base`].filter(
    (x): x is string => typeof x === 'string',
  );
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

const other = (s: Side): Side => (s === 'offer' ? 'answer' : 'offer');

function CheckListSection({ analysis, pictures = true }: { analysis: Analysis; pictures?: boolean }) {
  const [local, setLocal] = useState<Side>('offer');
  // undefined: the role the library reads from the exchange (RFC 8445 §6.1.1).
  const [roleOverride, setRoleOverride] = useState<IceRole | undefined>(undefined);
  const [transportKey, setTransportKey] = useState<string | undefined>(undefined);
  // The controls answer at once; the lists they ask for are drawn a render behind, in slices (deferred), so a large one never blocks the page.
  const askedLocal = useDeferredValue(local);
  const askedRole = useDeferredValue(roleOverride);
  const { transports, computing } = useCheckLists(analysis, askedLocal, askedRole);
  const view = transports.find((t) => t.key === transportKey) ?? transports[0];
  const role = view?.role;
  const roles = analysis.diff?.ice.roles;

  const win = useRowWindow(view?.checkList.pairs.length ?? 0, 8, 48);
  if (analysis.diff === undefined) return <p className="empty">The check list needs both an offer and an answer.</p>;
  const chooseLocal = (s: Side): void => {
    setLocal(s);
    setRoleOverride(undefined);
  };
  const list = view?.checkList;
  const shownPairs = list?.pairs.slice(win.first, win.last) ?? [];
  const shownPruned = list?.pruned.slice(0, ROW_CAP) ?? [];
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
            <input
              type="checkbox"
              role="switch"
              aria-checked={role === 'controlling'}
              checked={role === 'controlling'}
              disabled={role === undefined}
              onChange={(e) => setRoleOverride(e.currentTarget.checked ? 'controlling' : 'controlled')}
            />{' '}
            {role ?? 'no transport'}
          </label>
          {roles !== undefined && <span className="muted small"> negotiated: the {roles.controlling} is controlling ({roles.reason})</span>}
        </fieldset>
        {transports.length > 1 && (
          <label>
            Transport{' '}
            <select value={view?.key} onChange={(e) => setTransportKey(e.currentTarget.value)}>
              {transports.map((t) => (
                <option key={t.key} value={t.key}>
                  {printable(t.label)}
                </option>
              ))}
            </select>
          </label>
        )}
        {transports.length === 1 && view !== undefined && <span className="muted">Transport: <Shown text={view.label} /></span>}
      </div>
      {computing ? (
        <p className="muted computing" role="status">
          Computing the check list…
        </p>
      ) : view === undefined || list === undefined ? (
        <p className="muted">No accepted transport to check.</p>
      ) : (
        <>
          <p className="small">
            {count(view.localCandidates.length, 'local candidate')} × {count(view.remoteCandidates.length, 'remote candidate')}: {count(list.pairs.length, 'pair')} in the list,{' '}
            {count(list.pairs.filter((p) => p.state === 'Waiting').length, 'Waiting pair')}, {count(list.prunedCount.total, 'pair')} pruned{prunedWords(list)}.
          </p>
          {list.findings.length > 0 && (
            <ul className="findings">
              {list.findings.map((f, i) => (
                <li key={i}>
                  <SeverityBadge severity={f.severity} /> <Clip text={f.message} max={300} />
                </li>
              ))}
            </ul>
          )}
          {pictures && <IcePictures transports={[view]} card={false} />}
          <div {...(win.scroller ?? { className: 'table-wrap' })}>
            <table className="grid checklist-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">state</th>
                  <th scope="col">pair priority</th>
                  <th scope="col">local ({view.local})</th>
                  <th scope="col">remote ({other(view.local)})</th>
                  <th scope="col">foundation</th>
                  <th scope="col">comp.</th>
                  <th scope="col">notes</th>
                </tr>
              </thead>
              <tbody>
                {win.before}
                {shownPairs.map((p, i) => (
                  <tr key={`${p.localIndex}-${p.remoteIndex}`}>
                    <td className="num">{win.first + i + 1}</td>
                    <td>
                      <span className={`state state-${p.state}`}>{p.state}</span>
                    </td>
                    <td className="num mono">{p.priority.toString()}</td>
                    <td>
                      <CandidateCell c={p.local} side={view.local} at={view.localCandidates[p.localIndex]} replaced={p.replaced} />
                    </td>
                    <td>
                      <CandidateCell c={p.remote} side={other(view.local)} at={view.remoteCandidates[p.remoteIndex]} />
                    </td>
                    <td className="mono">
                      <Clip text={pairFoundationText(p.foundation)} max={70} />
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
                {win.after}
              </tbody>
            </table>
          </div>
          {list.prunedCount.total > 0 && (
            <details>
              <summary>{count(list.prunedCount.total, 'pruned pair')}</summary>
              <ul className="small">
                {shownPruned.map((p, i) => (
                  <li key={i}>
                    {p.reason}: <Clip text={p.message} max={300} />
                  </li>
                ))}
              </ul>
              <Capped total={list.prunedCount.total} shown={shownPruned.length} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

function IceViewImpl({ analysis, dump }: { analysis: Analysis; dump?: DumpNegotiation | undefined }) {
  const sides = SIDES.map((s) => analysis[s]).filter((s): s is SideAnalysis => s !== undefined);
  if (sides.length === 0) return <p className="empty">Paste an offer or an answer above to see its candidates.</p>;
  return (
    <div className="ice-view">
      {dump?.ice !== undefined && <IcePictures transports={dump.ice.checkLists} actual={dump.ice.actual} stats={dump.pc.stats?.candidates} />}
      {dump !== undefined && <IceOutcome dump={dump} />}
      {sides.map((s) => (
        <Candidates key={s.side} side={s} />
      ))}
      {dump === undefined ? (
        <CheckListSection analysis={analysis} />
      ) : (
        <>
          <details className="card">
            <summary>The check list from the two descriptions alone (no trickled candidates, any role)</summary>
            <CheckListSection analysis={analysis} pictures={false} />
          </details>
        </>
      )}
    </div>
  );
}

export const IceView = memo(IceViewImpl);
