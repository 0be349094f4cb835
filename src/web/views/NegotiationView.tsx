import { memo, type ReactNode } from 'react';
import { describeFlow as flow, printable, sectionLabel, sharedWith } from '../../index.js';
import type { CodecRef, DiffFinding, FeedbackDiff, OfferAnswerDiff, RenegotiationFact, SectionDiff } from '../../index.js';
import type { Analysis } from '../analysis.js';
import { Clip } from '../components/Clip.js';
import { Shown } from '../components/Shown.js';
import { LineLink } from '../components/LineLink.js';
import { SeverityBadge } from '../components/SeverityBadge.js';
import { count } from '../text.js';
import { LadderView } from './LadderView.js';

function size(n: number | null | undefined): string {
  if (n === undefined) return '—';
  if (n === null) return 'no limit';
  return count(n, 'byte');
}

function yes(b: boolean): string {
  return b ? 'yes' : 'no';
}

function Findings({ findings }: { findings: readonly DiffFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={i}>
          <SeverityBadge severity={f.severity} />
          {f.impact !== undefined && <span className={`impact impact-${f.impact}`}>{f.impact}</span>} <Clip text={f.message} max={500} />{' '}
          <span className="muted">
            <code>{f.code}</code> · <span className="ref">{f.ref}</span>
          </span>{' '}
          {f.side !== undefined && f.line !== undefined && <LineLink side={f.side} line={f.line} />}
        </li>
      ))}
    </ul>
  );
}

function CodecCell({ codec, side }: { codec: CodecRef; side: 'offer' | 'answer' }) {
  return (
    <>
      <span className="pt">{codec.payloadType}</span> <Clip text={codec.label} max={80} />
      {codec.variant !== undefined && (
        <div className="muted small">
          <Clip text={codec.variant} max={200} />
        </div>
      )}{' '}
      <LineLink side={side} line={codec.line} prefix={false} />
    </>
  );
}

function Feedback({ fb }: { fb: FeedbackDiff }) {
  const parts: ReactNode[] = [];
  if (fb.kept.length > 0) parts.push(<span key="k">{fb.kept.map((x) => x.value).join(', ')}</span>);
  if (fb.dropped.length > 0) parts.push(<span key="d" className="dropped">dropped: {fb.dropped.map((x) => x.value).join(', ')}</span>);
  if (fb.added.length > 0) parts.push(<span key="a" className="added">not offered: {fb.added.map((x) => x.value).join(', ')}</span>);
  if (parts.length === 0) return <span className="muted">none</span>;
  return <>{parts.map((p, i) => (i === 0 ? p : [<br key={`b${i}`} />, p]))}</>;
}

function Codecs({ s }: { s: SectionDiff }) {
  const c = s.codecs;
  if (c === undefined) return null;
  return (
    <div className="sub">
      <h4>
        Codecs: {c.accepted.length} accepted, {c.dropped.length} dropped{c.added.length > 0 ? `, ${c.added.length} not offered` : ''}
        {c.hasCommonCodec ? '' : ' — no common media codec'}
      </h4>
      <div className="table-wrap">
        <table className="grid codecs-table">
          <thead>
            <tr>
              <th scope="col">role</th>
              <th scope="col">offer</th>
              <th scope="col">answer</th>
              <th scope="col">outcome</th>
              <th scope="col">rtcp-fb</th>
            </tr>
          </thead>
          <tbody>
            {c.accepted.map((a, i) => (
              <tr key={`a${i}`} className="ok-row">
                <td>{a.role}</td>
                <td>
                  <CodecCell codec={a.offer} side="offer" />
                </td>
                <td>
                  <CodecCell codec={a.answer} side="answer" />
                </td>
                <td>
                  <span className="outcome-ok">accepted</span>
                  {a.remapped && <div className="small">payload type {a.offer.payloadType} → {a.answer.payloadType}</div>}
                  {a.carries !== undefined && (
                    <div className="small muted">
                      carries PT {a.carries.offer.join('/')} (answer: {a.carries.answer.join('/')})
                    </div>
                  )}
                  {a.notes.map((n, j) => (
                    <div key={j} className="small">
                      <Clip text={n} max={300} />
                    </div>
                  ))}
                </td>
                <td className="small">
                  <Feedback fb={a.feedback} />
                </td>
              </tr>
            ))}
            {c.dropped.map((d, i) => (
              <tr key={`d${i}`} className="dropped-row">
                <td>{d.role}</td>
                <td>
                  <CodecCell codec={d.offer} side="offer" />
                </td>
                <td className="muted">—</td>
                <td>
                  <span className="outcome-dropped">dropped</span>: <Clip text={d.reason} max={300} />
                </td>
                <td className="muted small">—</td>
              </tr>
            ))}
            {c.added.map((a, i) => (
              <tr key={`n${i}`} className="added-row">
                <td>{a.role}</td>
                <td className="muted">—</td>
                <td>
                  <CodecCell codec={a.answer} side="answer" />
                </td>
                <td>
                  <span className="outcome-added">not offered</span>
                </td>
                <td className="muted small">—</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Extensions({ s }: { s: SectionDiff }) {
  const x = s.extensions;
  if (x === undefined || x.kept.length + x.dropped.length + x.added.length === 0) return null;
  return (
    <div className="sub">
      <h4>
        Header extensions: {x.kept.length} kept, {x.dropped.length} dropped{x.added.length > 0 ? `, ${x.added.length} not offered` : ''}
      </h4>
      <div className="table-wrap">
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">URI</th>
              <th scope="col">offer id</th>
              <th scope="col">answer id</th>
              <th scope="col">outcome</th>
            </tr>
          </thead>
          <tbody>
            {x.kept.map((k, i) => (
              <tr key={`k${i}`}>
                <td className="mono wrap">
                  <Clip text={k.uri} max={200} />
                </td>
                <td>
                  {k.offerId} {k.offerDirection ?? ''} <LineLink side="offer" line={k.offerLine} prefix={false} />
                </td>
                <td>
                  {k.answerId} {k.answerDirection ?? ''} <LineLink side="answer" line={k.answerLine} prefix={false} />
                </td>
                <td>{k.idChanged ? <span className="outcome-added">kept, id changed</span> : <span className="outcome-ok">kept</span>}</td>
              </tr>
            ))}
            {x.dropped.map((d, i) => (
              <tr key={`d${i}`}>
                <td className="mono wrap">
                  <Clip text={d.uri} max={200} />
                </td>
                <td>
                  {d.id} <LineLink side="offer" line={d.line} prefix={false} />
                </td>
                <td className="muted">—</td>
                <td>
                  <span className="outcome-dropped">dropped</span>
                </td>
              </tr>
            ))}
            {x.added.map((d, i) => (
              <tr key={`a${i}`}>
                <td className="mono wrap">
                  <Clip text={d.uri} max={200} />
                </td>
                <td className="muted">—</td>
                <td>
                  {d.id} <LineLink side="answer" line={d.line} prefix={false} />
                </td>
                <td>
                  <span className="outcome-added">not offered</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Simulcast({ s }: { s: SectionDiff }) {
  const sc = s.simulcast;
  if (sc === undefined) return null;
  return (
    <div className="sub">
      <h4>Simulcast{sc.declined ? ': declined by the answer' : ''}</h4>
      <p className="small">
        offer <LineLink side="offer" line={sc.offerLine} prefix={false} /> · answer <LineLink side="answer" line={sc.answerLine} prefix={false} /> · the offerer sends{' '}
        {sc.offererSends.length > 0 ? sc.offererSends.join(', ') : 'no layer'} and receives {sc.offererReceives.length > 0 ? sc.offererReceives.join(', ') : 'no layer'}
        {sc.paused.length > 0 ? `; paused: ${sc.paused.join(', ')}` : ''}
        {sc.declined ? ' (declined: one stream, the first encoding)' : ''}
      </p>
      {sc.rids.length > 0 && (
        <div className="table-wrap">
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">rid</th>
                <th scope="col">offerer</th>
                <th scope="col">outcome</th>
                <th scope="col">paused</th>
              </tr>
            </thead>
            <tbody>
              {sc.rids.map((r, i) => (
                <tr key={i}>
                  <td className="mono">
                    <Clip text={r.rid} max={64} /> <LineLink side="offer" line={r.offerLine} prefix={false} />
                  </td>
                  <td>{r.direction === 'send' ? 'sends' : 'receives'}</td>
                  <td>
                    {r.outcome === 'dropped' ? <span className="outcome-dropped">dropped</span> : <span className="outcome-ok">{r.outcome === 'paused' ? 'paused' : 'sent'}</span>}
                  </td>
                  <td>{r.pausedInOffer ? 'in offer' : ''}{r.pausedInOffer && r.pausedInAnswer ? ', ' : ''}{r.pausedInAnswer ? 'in answer' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sc.notOffered.length > 0 && <p className="small">Not offered: {sc.notOffered.map((r) => `${r.rid} (${r.direction})`).join(', ')}</p>}
    </div>
  );
}

interface FactRow {
  label: string;
  offer: ReactNode;
  answer: ReactNode;
  outcome?: ReactNode;
}

function facts(s: SectionDiff, diff: OfferAnswerDiff): FactRow[] {
  const rows: FactRow[] = [];
  rows.push({
    label: 'm= line',
    offer: (
      <>
        {s.kind} port {s.port.offer} <Clip text={s.protocol.offer} max={60} /> <LineLink side="offer" line={s.offerLine} prefix={false} />
      </>
    ),
    answer:
      s.answerIndex === undefined ? (
        <span className="muted">none</span>
      ) : (
        <>
          {s.answerKind ?? s.kind} port {s.port.answer} <Clip text={s.protocol.answer ?? ''} max={60} /> <LineLink side="answer" line={s.answerLine} prefix={false} />
        </>
      ),
    outcome: (
      <>
        <span className={`status status-${s.status}`}>{s.status}</span>
        {s.matchedBy !== undefined && <span className="muted small"> matched by {s.matchedBy}</span>}
      </>
    ),
  });
  const d = s.direction;
  if (d !== undefined) {
    rows.push({
      label: 'direction',
      offer: (
        <>
          {d.offered} <LineLink side="offer" line={d.offerLine} prefix={false} />
        </>
      ),
      answer: (
        <>
          {d.answered} <LineLink side="answer" line={d.answerLine} prefix={false} />
        </>
      ),
      outcome: (
        <>
          <strong>{d.negotiated}</strong>: the offerer {flow(d.offerer)}, the answerer {flow(d.answerer)}
          {!d.valid && <div className="outcome-dropped small">invalid answer; allowed: {d.allowed.join(', ')}</div>}
        </>
      ),
    });
  }
  const mux = s.rtcpMux;
  if (mux !== undefined) {
    rows.push({
      label: 'rtcp-mux',
      offer: (
        <>
          {mux.offerOnly ? 'required (rtcp-mux-only)' : yes(mux.offer)} <LineLink side="offer" line={mux.offerLine} prefix={false} />
        </>
      ),
      answer: (
        <>
          {yes(mux.answer)} <LineLink side="answer" line={mux.answerLine} prefix={false} />
        </>
      ),
      outcome: mux.muxed ? 'RTP and RTCP share one port' : 'RTCP on its own port',
    });
  }
  const b = s.bundle;
  const shared = b.bundled ? sharedWith(diff, s.index) : [];
  rows.push({
    label: 'BUNDLE',
    offer: b.offered ? `in a group${b.bundleOnly ? ' (bundle-only)' : ''}` : 'not bundled',
    answer: b.bundled ? 'in a group' : b.removed ? 'moved out of the group' : 'not bundled',
    outcome: b.bundled ? (
      <>
        {b.isTag ? 'carries the group transport (tag)' : `uses the transport of mid ${b.tag ?? '?'}`}
        {shared.length > 0 ? `; shared with ${shared.join(', ')}` : ''}
      </>
    ) : (
      'own transport'
    ),
  });
  const t = s.transport;
  if (t !== undefined) {
    const ice = t.ice;
    rows.push({
      label: 'ICE',
      offer: (
        <>
          ufrag <code>{ice.offer.ufrag !== undefined ? <Clip text={ice.offer.ufrag} max={64} /> : '—'}</code> <LineLink side="offer" line={ice.offer.ufragLine} prefix={false} /> · pwd{' '}
          <code>{ice.offer.pwd !== undefined ? <Clip text={ice.offer.pwd} max={64} /> : '—'}</code> <LineLink side="offer" line={ice.offer.pwdLine} prefix={false} />
          {ice.offer.options.length > 0 && <div className="small">options: <Shown text={ice.offer.options.join(', ')} /></div>}
        </>
      ),
      answer: (
        <>
          ufrag <code>{ice.answer.ufrag !== undefined ? <Clip text={ice.answer.ufrag} max={64} /> : '—'}</code> <LineLink side="answer" line={ice.answer.ufragLine} prefix={false} /> · pwd{' '}
          <code>{ice.answer.pwd !== undefined ? <Clip text={ice.answer.pwd} max={64} /> : '—'}</code> <LineLink side="answer" line={ice.answer.pwdLine} prefix={false} />
          {ice.answer.options.length > 0 && <div className="small">options: <Shown text={ice.answer.options.join(', ')} /></div>}
        </>
      ),
      outcome: (
        <>
          {ice.trickle ? 'trickle on both sides' : 'no trickle on both sides'}
          {t.inherited && t.mid !== undefined ? <div className="small muted">from mid <Shown text={t.mid} /> (BUNDLE transport)</div> : null}
        </>
      ),
    });
    const dtls = t.dtls;
    if (dtls !== undefined) {
      rows.push({
        label: 'DTLS',
        offer: (
          <>
            setup:{dtls.offerSetup ?? '(none)'} <LineLink side="offer" line={dtls.offerLine} prefix={false} />
            <div className="small">fingerprint {dtls.fingerprints.offer.join(', ') || 'none'}</div>
          </>
        ),
        answer: (
          <>
            setup:{dtls.answerSetup ?? '(none)'} <LineLink side="answer" line={dtls.answerLine} prefix={false} />
            <div className="small">fingerprint {dtls.fingerprints.answer.join(', ') || 'none'}</div>
          </>
        ),
        outcome: dtls.client !== undefined && dtls.server !== undefined ? (
          <>
            DTLS client: <strong>{dtls.client}</strong>, server: {dtls.server}
          </>
        ) : dtls.holdconn ? (
          'on hold (holdconn)'
        ) : (
          <span className="outcome-dropped">roles do not resolve</span>
        ),
      });
    }
  }
  const dc = s.dataChannel;
  if (dc !== undefined) {
    rows.push({
      label: 'data channel',
      offer: (
        <>
          sctp-port {dc.sctpPort.offer ?? '5000 (default)'} <LineLink side="offer" line={dc.sctpPort.offerLine} prefix={false} />
          <div className="small">
            max-message-size {size(dc.maxMessageSize.offer)} <LineLink side="offer" line={dc.maxMessageSize.offerLine} prefix={false} />
          </div>
          {dc.legacySctpmap.offer && <div className="small">legacy a=sctpmap</div>}
        </>
      ),
      answer: (
        <>
          sctp-port {dc.sctpPort.answer ?? '5000 (default)'} <LineLink side="answer" line={dc.sctpPort.answerLine} prefix={false} />
          <div className="small">
            max-message-size {size(dc.maxMessageSize.answer)} <LineLink side="answer" line={dc.maxMessageSize.answerLine} prefix={false} />
          </div>
          {dc.legacySctpmap.answer && <div className="small">legacy a=sctpmap</div>}
        </>
      ),
      outcome: (
        <>
          messages up to {size(dc.maxMessageSize.effective)} both ways
          <div className="small muted">
            offerer may send {size(dc.maxMessageSize.offererCanSend)}, answerer {size(dc.maxMessageSize.answererCanSend)}
          </div>
        </>
      ),
    });
  }
  return rows;
}

function sectionTitle(s: SectionDiff): string {
  return sectionLabel(s);
}

/** One line per m-section (the library's summary); a button scrolls to its card. */
function Overview({ sections }: { sections: readonly SectionDiff[] }) {
  return (
    <ol className="overview" aria-label="m-sections">
      {sections.map((s) => (
        <li key={s.index}>
          <button type="button" className="overview-link" onClick={() => document.getElementById(`section-${s.index}`)?.scrollIntoView({ block: 'start' })}>
            <span className={`status status-${s.status}`}>{s.status}</span> <Clip text={s.summary} max={300} />
          </button>
        </li>
      ))}
    </ol>
  );
}

function Section({ s, diff }: { s: SectionDiff; diff: OfferAnswerDiff }) {
  const title = sectionTitle(s);
  return (
    <section className="card" aria-label={printable(title)} id={`section-${s.index}`}>
      <h3>
        <Clip text={title} max={80} /> <span className={`status status-${s.status}`}>{s.status}</span>
      </h3>
      <p className="summary">
        <Clip text={s.summary} max={500} />
      </p>
      <div className="table-wrap">
        <table className="grid facts">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">offer</th>
              <th scope="col">answer</th>
              <th scope="col">outcome</th>
            </tr>
          </thead>
          <tbody>
            {facts(s, diff).map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.offer}</td>
                <td>{r.answer}</td>
                <td>{r.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Codecs s={s} />
      <Extensions s={s} />
      <Simulcast s={s} />
      <Findings findings={s.findings} />
    </section>
  );
}

function Session({ diff }: { diff: OfferAnswerDiff }) {
  const roles = diff.ice.roles;
  const sessionFindings = diff.findings.filter((f) => f.section === undefined);
  return (
    <section className="card" aria-label="Session">
      <h3>Session</h3>
      <div className="table-wrap">
        <table className="grid facts">
          <tbody>
            {diff.bundle.groups.map((g, i) => (
              <tr key={`g${i}`}>
                <th scope="row">BUNDLE group</th>
                <td>
                  offered: {g.offered.join(' ')} <LineLink side="offer" line={g.offerLine} prefix={false} />
                </td>
                <td>
                  {g.accepted !== undefined ? (
                    <>
                      answered: {g.accepted.join(' ')} <LineLink side="answer" line={g.answerLine} prefix={false} />
                    </>
                  ) : (
                    <span className="outcome-dropped">declined</span>
                  )}
                </td>
                <td>
                  {g.tag !== undefined ? <>tag: mid <Shown text={g.tag} /></> : 'no tag'}
                  {g.removed.length > 0 && <div className="small">removed: <Shown text={g.removed.map((r) => `${r.mid} (${r.reason})`).join(', ')} /></div>}
                  {g.notOffered.length > 0 && <div className="small outcome-dropped">not offered: <Shown text={g.notOffered.join(', ')} /></div>}
                  {g.bundleOnly.length > 0 && <div className="small">bundle-only: <Shown text={g.bundleOnly.join(', ')} /></div>}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">ICE roles</th>
              <td>
                {roles.offerLite ? 'ICE lite' : 'full agent'} <LineLink side="offer" line={roles.offerLine} prefix={false} />
              </td>
              <td>
                {roles.answerLite ? 'ICE lite' : 'full agent'} <LineLink side="answer" line={roles.answerLine} prefix={false} />
              </td>
              <td>
                controlling: <strong>{roles.controlling}</strong>
                <div className="small muted">{roles.reason}</div>
              </td>
            </tr>
            {diff.extraAnswerSections.length > 0 && (
              <tr>
                <th scope="row">extra answer sections</th>
                <td colSpan={3}>
                  {diff.extraAnswerSections.map((x, i) => (
                    <span key={i}>
                      <Shown text={`${x.kind} ${x.mid !== undefined ? `mid ${x.mid}` : `#${x.index + 1}`}`} /> <LineLink side="answer" line={x.line} prefix={false} />{' '}
                    </span>
                  ))}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Findings findings={sessionFindings} />
    </section>
  );
}

/** Re-offer and ICE restart: the library's answer, how it knows, and the lines it read. */
function RenegotiationFacts({ diff }: { diff: OfferAnswerDiff }) {
  const facts: [string, RenegotiationFact][] = [['Re-offer', diff.renegotiation.reoffer], ['ICE restart', diff.renegotiation.iceRestart]];
  return (
    <dl className="renegotiation" aria-label="re-offer and ICE restart">
      {facts.map(([label, f]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <strong className={`renegotiation-answer renegotiation-${f.answer}`}>{f.answer}</strong>: <Clip text={f.summary} max={500} />
            {f.evidence.length > 0 && (
              <ul>
                {f.evidence.map((e, i) => (
                  <li key={i}>
                    <LineLink side={e.side} line={e.line} /> <code><Clip text={e.text} max={200} /></code>: <Clip text={e.says} max={500} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function NegotiationViewImpl({ analysis }: { analysis: Analysis }) {
  const diff = analysis.diff;
  if (diff === undefined) {
    return <p className="empty">The negotiation needs both an offer and an answer: paste the missing one above.</p>;
  }
  const v = diff.verdict;
  return (
    <div className="negotiation-view">
      <div className={`verdict verdict-${v.status}`} role="status">
        <strong>Verdict: {v.status}</strong>
        {v.reasons.length === 0 ? (
          <span> — no finding degrades or fails this exchange.</span>
        ) : (
          <ul>
            {v.reasons.map((r, i) => (
              <li key={i}>
                <Clip text={r} max={500} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <LadderView diff={diff} />
      <RenegotiationFacts diff={diff} />
      <Overview sections={diff.sections} />
      <Session diff={diff} />
      {diff.sections.map((s) => (
        <Section key={s.index} s={s} diff={diff} />
      ))}
    </div>
  );
}

export const NegotiationView = memo(NegotiationViewImpl);
