import { useMemo } from 'react';
import { actualPairText, dumpIce, pairFoundationText } from '../../index.js';
import type { ActualPair, Candidate, CandidateAt, DumpIce, ExtractedPeerConnection, ExtractResult, Negotiation, TransportCheckList, TransportOutcome } from '../../index.js';
import type { Side } from '../analysis.js';
import { Address } from '../components/Address.js';
import { Clip } from '../components/Clip.js';
import { LineLink } from '../components/LineLink.js';
import { bytes, count } from '../text.js';

/** Rows drawn per table; the rest is counted on screen. */
const ROW_CAP = 300;

/** The dump negotiation whose offer and answer the boxes hold. */
export interface DumpNegotiation {
  result: ExtractResult;
  pc: ExtractedPeerConnection;
  negotiation: Negotiation;
  /** dumpIce of it, when already worked out. */
  ice?: DumpIce | undefined;
}

const otherSide = (s: Side): Side => (s === 'offer' ? 'answer' : 'offer');

function endpoint(c: Candidate): string {
  return c.address.includes(':') ? `[${c.address}]:${c.port}` : `${c.address}:${c.port}`;
}

function Cell({ c, side, at }: { c: Candidate; side: Side; at: CandidateAt | undefined }) {
  return (
    <>
      <span className="mono">
        {c.type} <Address text={endpoint(c)} />
      </span>{' '}
      {at?.line !== undefined && <LineLink side={side} line={at.line} prefix={false} />}
      {at?.trickled !== undefined && <span className="flag-badge flag-trickled">trickled</span>}
    </>
  );
}

function rtt(a: ActualPair | undefined): string {
  const t = a?.stats.currentRoundTripTime;
  return t === undefined ? '—' : `${Math.round(t * 1000)} ms`;
}

function ActualCells({ a }: { a: ActualPair | undefined }) {
  const state = a === undefined ? 'never checked' : (a.stats.state ?? 'no state');
  const s = a?.stats;
  return (
    <>
      <td>
        <span className={`state actual-${state.replace(/[^a-z-]/g, '')}`}>
          <Clip text={state} max={40} />
        </span>
      </td>
      <td>{s?.nominated === true ? 'yes' : s === undefined ? '—' : 'no'}</td>
      <td className="num">{rtt(a)}</td>
      <td className="num">{s === undefined ? '—' : `${s.requestsSent ?? 0} / ${s.responsesReceived ?? 0}`}</td>
      <td className="num">{s === undefined ? '—' : `${bytes(s.bytesSent ?? 0)} / ${bytes(s.bytesReceived ?? 0)}`}</td>
    </>
  );
}

function TransportTable({ list, outcome, ice }: { list: TransportCheckList; outcome: TransportOutcome | undefined; ice: DumpIce }) {
  const pairs = list.checkList.pairs.slice(0, ROW_CAP);
  const local = ice.local;
  const selectedIndex = outcome?.selected?.predictedIndex;
  return (
    <div className="ice-transport">
      <h4>
        <Clip text={list.label} max={200} />: {count(list.checkList.pairs.length, 'predicted pair')}
        {outcome !== undefined && `, ${count(outcome.pairs.filter((p) => p !== undefined).length, 'seen in getStats', 'seen in getStats')}`}
      </h4>
      <div className="table-wrap">
        <table className="grid checklist-table actual-table" aria-label={`Predicted and actual pairs of ${list.label}`}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">predicted</th>
              <th scope="col">local ({local}, this side)</th>
              <th scope="col">remote ({otherSide(local)})</th>
              <th scope="col">foundation</th>
              <th scope="col">actual state</th>
              <th scope="col">nominated</th>
              <th scope="col">RTT</th>
              <th scope="col">checks sent / answered</th>
              <th scope="col">bytes sent / received</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p, i) => {
              const selected = i === selectedIndex;
              return (
                <tr key={`${p.localIndex}-${p.remoteIndex}`} className={selected ? 'actual-selected' : undefined} aria-current={selected ? 'true' : undefined}>
                  <td className="num">
                    {i + 1}
                    {selected && <span className="flag-badge flag-selected">selected</span>}
                  </td>
                  <td>
                    <span className={`state state-${p.state}`}>{p.state}</span>
                    <div className="small muted mono">{p.priority.toString()}</div>
                  </td>
                  <td>
                    <Cell c={p.local} side={local} at={list.localCandidates[p.localIndex]} />
                  </td>
                  <td>
                    <Cell c={p.remote} side={otherSide(local)} at={list.remoteCandidates[p.remoteIndex]} />
                  </td>
                  <td className="mono">
                    <Clip text={pairFoundationText(p.foundation)} max={70} />
                  </td>
                  <ActualCells a={outcome?.pairs[i]} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {list.checkList.pairs.length > pairs.length && <p className="muted small">{count(list.checkList.pairs.length - pairs.length, 'more row')} not drawn.</p>}
      {outcome !== undefined && outcome.selected !== undefined && outcome.selected.predictedIndex === undefined && (
        <p className="small">
          <span className="flag-badge flag-selected">selected</span> a pair sdpkit did not predict: <Clip text={actualPairText(outcome.selected)} max={300} />
        </p>
      )}
      {outcome !== undefined && outcome.unpredicted.length > 0 && (
        <div>
          <h5>{count(outcome.unpredicted.length, 'pair')} in getStats that the prediction does not have</h5>
          <ul className="small actual-unpredicted" aria-label={`Unpredicted pairs of ${list.label}`}>
            {outcome.unpredicted.slice(0, ROW_CAP).map((u) => (
              <li key={u.stats.id}>
                <span className="mono">
                  <Clip text={actualPairText(u)} max={300} />
                </span>{' '}
                <span className={`state actual-${(u.stats.state ?? '').replace(/[^a-z-]/g, '')}`}>
                  <Clip text={u.stats.state ?? 'no state'} max={40} />
                </span>
                <div className="muted">
                  <Clip text={u.why} max={300} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * ICE of a dump negotiation as it really was (the library's dumpIce): the
 * check list with the trickled candidates and the role the connection had,
 * and over it what getStats says became of each pair.
 */
export function IceOutcome({ dump }: { dump: DumpNegotiation }) {
  const ice = useMemo(() => dump.ice ?? dumpIce(dump.result, dump.pc, dump.negotiation.number), [dump]);
  if (ice === undefined) return <p className="empty">This negotiation has no offer and answer to check.</p>;
  const actual = ice.actual;
  const verdict = actual?.verdict;
  return (
    <section className="card ice-outcome" aria-label="What ICE really did">
      <h3>
        What ICE really did: <Clip text={dump.pc.label} max={120} /> · negotiation {ice.negotiation}
      </h3>
      {verdict === undefined ? (
        <p className="muted">The dump has no getStats history for this peer connection: the check list below is the prediction only.</p>
      ) : (
        <div className={`actual-verdict actual-verdict-${verdict.state}`} role="note" aria-label="ICE outcome">
          <strong>
            <Clip text={verdict.summary} max={400} />
          </strong>
          {verdict.reasons.length > 0 && (
            <ul className="small">
              {verdict.reasons.map((r, i) => (
                <li key={i}>
                  <Clip text={r} max={400} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <dl className="actual-facts small">
        <dt>This side</dt>
        <dd>the {ice.local === 'offer' ? 'offerer' : 'answerer'} (its description is in the {ice.local} box)</dd>
        <dt>ICE role</dt>
        <dd>
          <strong>{ice.role.role}</strong>{' '}
          <span className="muted" data-source={ice.role.source}>
            — <Clip text={ice.role.reason} max={300} />
          </span>
        </dd>
        {actual !== undefined && (
          <>
            <dt>ICE / DTLS</dt>
            <dd>
              ICE <Clip text={actual.iceState ?? '?'} max={40} />, DTLS <Clip text={actual.dtlsState ?? '?'} max={40} />
              {actual.dtlsRole !== undefined && (
                <>
                  {' '}
                  (DTLS role <Clip text={actual.dtlsRole} max={40} />)
                </>
              )}
            </dd>
          </>
        )}
        <dt>Credentials</dt>
        <dd className="mono">
          ufrag <Clip text={ice.ufrag.local ?? '?'} max={80} /> (this side), <Clip text={ice.ufrag.remote ?? '?'} max={80} /> (the other side)
        </dd>
        <dt>Trickled</dt>
        <dd>
          {count(ice.trickled.local.length, 'local candidate')}, {count(ice.trickled.remote.length, 'remote candidate')} of this ICE generation; end of candidates: this side{' '}
          {ice.endOfCandidates.local ? 'signalled' : 'not logged'}, the other side {ice.endOfCandidates.remote ? 'signalled' : 'not logged'}
        </dd>
      </dl>
      {ice.unreadable.length > 0 && (
        <ul className="findings small">
          {ice.unreadable.slice(0, 50).map((u) => (
            <li key={u.index}>
              trickled candidate {u.index + 1} not read: <Clip text={u.message} max={300} />
            </li>
          ))}
        </ul>
      )}
      {ice.checkLists.length === 0 ? (
        <p className="muted">No accepted transport to check.</p>
      ) : (
        ice.checkLists.map((list) => <TransportTable key={list.key} list={list} outcome={actual?.transports.find((t) => t.key === list.key)} ice={ice} />)
      )}
    </section>
  );
}
