import { memo, type ReactNode } from 'react';
import { codecRole, sectionLabel } from '../../index.js';
import type { Codec, Media, SectionDiff } from '../../index.js';
import { explanationOf, fmtpLineOf, rtpmapLineOf, SIDES, type Analysis, type SideAnalysis } from '../analysis.js';
import { Clip } from '../components/Clip.js';
import { Shown } from '../components/Shown.js';
import { LineLink } from '../components/LineLink.js';
import { CodecMatrixView } from './CodecMatrixView.js';

function label(c: Codec): string {
  return `${c.name}/${c.clockRate}${c.channels !== undefined ? `/${c.channels}` : ''}`;
}

/** What the negotiation (the library's diff) says about this codec. */
function outcome(analysis: Analysis, side: SideAnalysis, media: Media, c: Codec): ReactNode {
  const diff = analysis.diff;
  if (diff === undefined) return <span className="muted">needs both sides</span>;
  let section: SectionDiff | undefined;
  if (side.side === 'offer') section = diff.sections[media.index];
  else section = diff.sections.find((s) => s.answerIndex === media.index);
  if (section === undefined) return <span className="muted">section not matched</span>;
  if (section.status !== 'accepted') return <span className="outcome-dropped">section {section.status}</span>;
  const codecs = section.codecs;
  if (codecs === undefined) return <span className="muted">—</span>;
  if (side.side === 'offer') {
    const a = codecs.accepted.find((x) => x.offer.payloadType === c.payloadType);
    if (a !== undefined) return <span className="outcome-ok">accepted{a.remapped ? ` as PT ${a.answer.payloadType}` : ''}</span>;
    const d = codecs.dropped.find((x) => x.offer.payloadType === c.payloadType);
    if (d !== undefined) {
      return (
        <>
          <span className="outcome-dropped">dropped</span>: <Clip text={d.reason} max={300} />
        </>
      );
    }
    return <span className="muted">—</span>;
  }
  const a = codecs.accepted.find((x) => x.answer.payloadType === c.payloadType);
  if (a !== undefined) return <span className="outcome-ok">accepted{a.remapped ? ` (offered as PT ${a.offer.payloadType})` : ''}</span>;
  if (codecs.added.some((x) => x.answer.payloadType === c.payloadType)) return <span className="outcome-added">not offered</span>;
  return <span className="muted">—</span>;
}

function Fmtp({ side, media, c }: { side: SideAnalysis; media: Media; c: Codec }) {
  const line = fmtpLineOf(side, media.index, c.payloadType);
  if (line === undefined) return <span className="muted">no fmtp</span>;
  const e = explanationOf(side, line);
  const fields = (e?.fields ?? []).filter((f, i) => !(i === 0 && f.name === 'format'));
  return (
    <div className="fmtp">
      <div>
        <Clip text={e?.summary ?? ''} max={400} /> <LineLink side={side.side} line={line} prefix={false} />
      </div>
      {fields.length > 0 && (
        <details>
          <summary>
            <Shown text={fields.map((f) => `${f.name}=${f.value}`).join('; ').slice(0, 160)} />
          </summary>
          <dl className="fmtp-fields">
            {fields.map((f, i) => (
              <div key={i}>
                <dt>
                  <Clip text={`${f.name} = ${f.value}`} max={200} />
                </dt>
                <dd>
                  <Clip text={f.meaning} max={800} />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}

function SideCodecs({ analysis, side }: { analysis: Analysis; side: SideAnalysis }) {
  const sections = side.result.document.media.filter((m) => m.codecs.length > 0);
  return (
    <section className="card" aria-label={`Codecs of the ${side.side}`}>
      <h3>{side.side === 'offer' ? 'Offer' : 'Answer'} codecs</h3>
      {sections.length === 0 && <p className="muted">No RTP codecs.</p>}
      {sections.map((m) => (
        <div key={m.index} className="sub">
          <h4>
            <Clip text={sectionLabel(m)} max={80} /> · {m.codecs.length} codecs{' '}
            <LineLink side={side.side} line={m.lines[0]?.source?.line} prefix={false} />
          </h4>
          <div className="table-wrap">
            <table className="grid codecs-table">
              <thead>
                <tr>
                  <th scope="col">PT</th>
                  <th scope="col">codec</th>
                  <th scope="col">role</th>
                  <th scope="col">parameters (fmtp)</th>
                  <th scope="col">rtcp-fb</th>
                  <th scope="col">negotiation</th>
                </tr>
              </thead>
              <tbody>
                {m.codecs.map((c) => (
                  <tr key={c.payloadType}>
                    <td className="pt">{c.payloadType}</td>
                    <td>
                      <span className="mono">
                        <Clip text={label(c)} max={80} />
                      </span>{' '}
                      <LineLink side={side.side} line={rtpmapLineOf(side, m.index, c.payloadType)} prefix={false} />
                    </td>
                    <td>{codecRole(c.name)}</td>
                    <td>
                      <Fmtp side={side} media={m} c={c} />
                    </td>
                    <td className="small">{c.feedback.length === 0 ? <span className="muted">none</span> : c.feedback.map((f) => [f.type, f.subtype, f.parameters].filter((x) => x !== undefined).join(' ')).join(', ')}</td>
                    <td>{outcome(analysis, side, m, c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

function CodecsViewImpl({ analysis }: { analysis: Analysis }) {
  const sides = SIDES.map((s) => analysis[s]).filter((s): s is SideAnalysis => s !== undefined);
  if (sides.length === 0) return <p className="empty">Paste an offer or an answer above to see its codecs.</p>;
  return (
    <div className="codecs-view">
      {analysis.codecMatrices !== undefined && <CodecMatrixView matrices={analysis.codecMatrices} />}
      {sides.map((s) => (
        <SideCodecs key={s.side} analysis={analysis} side={s} />
      ))}
    </div>
  );
}

export const CodecsView = memo(CodecsViewImpl);
