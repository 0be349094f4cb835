import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { descriptionChange, printable, type ExtractedPeerConnection, type ExtractResult, type PcEvent } from '../../index.js';
import { descriptionPick, numberOf, pickedDescriptions, shortLabel, type Pick, type Received } from '../extraction.js';
import { count } from '../text.js';
import { clip } from '../text.js';
import { layoutTimeline, markText, offsetText, ROW_NAMES, ROWS, type Mark, type Timeline } from '../timeline.js';
import { Clip } from './Clip.js';
import { DiffLines, MungedDiff, TypeBadge } from './ExtractParts.js';

/** Height of one row of a lane, in pixels. */
const ROW_H = 26;
/** Events listed per peer connection in the text alternative; the rest is counted. */
const LIST_CAP = 500;
/** Marks drawn per lane (a long call logs thousands of events); the rest is counted. */
const MARK_CAP = 1000;
/** Candidates listed for one mark. */
const CANDIDATE_CAP = 100;

interface Props {
  received: Received;
  /** What the boxes hold, to mark it on the lanes. */
  loaded: Pick | undefined;
  onPick: (pick: Pick) => void;
}

const STATE_CLASS: Readonly<Record<string, string>> = {
  connected: 'good',
  completed: 'good',
  stable: 'good',
  complete: 'good',
  failed: 'bad',
  closed: 'warn',
  disconnected: 'warn',
};

/** The short sign drawn in a mark (its words are in the button's text for screen readers and in its tooltip). */
function glyph(m: Mark, result: ExtractResult): string {
  const e = m.events[0]!;
  switch (m.kind) {
    case 'description': {
      const t = e.description === undefined ? undefined : result.descriptions[e.description]?.type;
      return t === 'offer' ? 'O' : t === 'answer' ? 'A' : t === 'pranswer' ? 'P' : '?';
    }
    case 'rollback':
      return '↶';
    case 'set-failed':
    case 'create-failed':
    case 'candidate-failed':
      return '✕';
    case 'ice-restart':
      return '⟳';
    case 'candidate':
      return m.events.length > 99 ? '99+' : String(m.events.length);
    case 'end-of-candidates':
      return '⊣';
    case 'state':
      return '●';
    case 'other':
      return '·';
  }
}

function markClass(m: Mark, result: ExtractResult, loaded: ReadonlySet<number>, selected: boolean): string {
  const e = m.events[0]!;
  const classes = ['tl-mark', `tl-${m.kind}`];
  if (e.side !== undefined) classes.push(`tl-${e.side}`);
  if (m.kind === 'description' && e.description !== undefined) {
    if (result.descriptions[e.description]?.stage === 'created') classes.push('tl-created');
    if (loaded.has(e.description)) classes.push('tl-loaded');
  }
  if (m.kind === 'state' && e.state !== undefined) classes.push(`tl-state-${STATE_CLASS[e.state.value] ?? 'plain'}`);
  if (selected) classes.push('tl-selected');
  return classes.join(' ');
}

function Legend() {
  const items: [string, string, string][] = [
    ['description tl-local', 'O', 'local offer (A: answer)'],
    ['description tl-remote', 'O', 'remote offer'],
    ['description tl-local tl-created', 'O', 'created, not applied'],
    ['rollback', '↶', 'rollback'],
    ['set-failed', '✕', 'refused call'],
    ['ice-restart', '⟳', 'ICE restart'],
    ['candidate', '3', 'trickled candidates'],
    ['state tl-state-good', '●', 'state'],
    ['state tl-state-bad', '●', 'failed state'],
  ];
  return (
    <ul className="tl-legend small" aria-label="Legend">
      {items.map(([cls, g, words]) => (
        <li key={words}>
          <span className={`tl-mark tl-static ${cls.split(' ').map((c) => (c.startsWith('tl-') ? c : `tl-${c}`)).join(' ')}`} aria-hidden="true">
            {g}
          </span>{' '}
          {words}
        </li>
      ))}
    </ul>
  );
}

function Axis({ timeline }: { timeline: Timeline }) {
  if (!timeline.timed) return <div className="tl-axis muted small">in the order logged (the dump gives no times)</div>;
  return (
    <div className="tl-axis" aria-hidden="true" style={{ width: timeline.width }}>
      {timeline.ticks.map((t, i) => (
        <span key={i} className="tl-tick small" style={{ left: t.x }} title={t.gap !== undefined ? `${(t.gap / 1000).toFixed(3)} s without events before it (shortened)` : undefined}>
          {t.gap !== undefined && <span className="tl-gap">⋯</span>}
          {offsetText(t.offset)}
        </span>
      ))}
    </div>
  );
}

function whenText(e: PcEvent, start: number | undefined): string {
  const at = e.timestamp ?? (e.time !== undefined ? new Date(e.time).toISOString() : undefined);
  const rel = e.time !== undefined && start !== undefined ? offsetText(e.time - start) : undefined;
  return [rel, at].filter((x) => x !== undefined).join(' · ');
}

/** What a selected mark is: its words, its time, the browser's error, and for a description what it changed. */
function Detail({ mark, pc, result, start }: { mark: Mark; pc: ExtractedPeerConnection; result: ExtractResult; start: number | undefined }) {
  const e = mark.events[0]!;
  const d = e.description === undefined ? undefined : result.descriptions[e.description];
  const change = mark.kind === 'description' && d !== undefined ? descriptionChange(result, pc, d.index) : undefined;
  const previous = change === undefined ? undefined : result.descriptions[change.previous];
  return (
    <div className="tl-detail" aria-label="Selected event" role="region">
      <p className="tl-detail-title">
        <strong>
          <Clip text={mark.kind === 'candidate' && mark.events.length > 1 ? markText(mark, start) : e.text} max={300} />
        </strong>{' '}
        <span className="muted small">
          <Clip text={pc.label} max={120} />
          {e.negotiation !== undefined && ` · negotiation ${e.negotiation}`} · {whenText(e, start)} · <Clip text={e.event} max={80} /> (input line {e.range.line})
        </span>
      </p>
      {e.error !== undefined && (
        <p className="tl-error">
          The browser refused it: <Clip text={e.error} max={1000} />
        </p>
      )}
      {e.state !== undefined && (
        <p className="small">
          {e.state.machine} state: <Clip text={e.state.value} max={80} />
        </p>
      )}
      {mark.kind === 'candidate' && (
        <ol className="tl-candidates mono small" aria-label="Candidates of this mark">
          {mark.events.slice(0, CANDIDATE_CAP).map((c) => (
            <li key={c.index}>
              <Clip text={c.text} max={300} />
            </li>
          ))}
          {mark.events.length > CANDIDATE_CAP && <li className="muted">{count(mark.events.length - CANDIDATE_CAP, 'more candidate')} not listed.</li>}
        </ol>
      )}
      {d !== undefined && mark.kind === 'description' && (
        <div className="small">
          <p>
            <TypeBadge type={d.type} /> <span className="mono">{numberOf(d)}</span> <Clip text={shortLabel(d, pc)} max={200} /> is loaded into the boxes.
          </p>
          {d.failed !== undefined && (
            <p className="tl-error">
              Refused: <Clip text={d.failed} max={1000} />
            </p>
          )}
          {change === undefined ? (
            <p className="muted">No earlier {d.side ?? ''} description was in effect: nothing to compare with.</p>
          ) : change.report === undefined ? (
            <p className="muted">
              The same bytes as the {d.side} description in effect before it ({previous !== undefined ? numberOf(previous) : '?'}).
            </p>
          ) : (
            <>
              <p>
                Compared with the {d.side} description in effect before it, {previous !== undefined ? numberOf(previous) : '?'}
                {previous?.event !== undefined && (
                  <>
                    {' '}
                    (<Clip text={previous.event} max={80} />)
                  </>
                )}
                : <Clip text={change.report.summary} max={300} />
                {change.report.eolChanged ? '.' : ''}
              </p>
              <DiffLines changes={change.report.changes} label={`Changes of ${numberOf(d)} since ${previous !== undefined ? numberOf(previous) : 'the previous one'}`} />
            </>
          )}
          {d.munged !== undefined && (
            <>
              <p>Munged: the app changed it between {d.type === 'answer' ? 'createAnswer' : 'createOffer'} and setLocalDescription.</p>
              <MungedDiff description={{ ...d, munged: d.munged }} created={result.descriptions[d.munged.created]} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** The text alternative: every event of each peer connection, in order, with its time and error. */
function EventList({ timeline, result }: { timeline: Timeline; result: ExtractResult }) {
  return (
    <details className="tl-list">
      <summary>The timeline as a list</summary>
      {timeline.lanes.map(({ pc }) => (
        <div key={pc.id}>
          <h4>
            <Clip text={pc.label} max={200} /> ({count(pc.events.length, 'event')})
          </h4>
          <ol className="small" aria-label={`Events of ${printable(clip(pc.label, 200).shown)}`}>
            {pc.events.slice(0, LIST_CAP).map((e) => (
              <li key={e.index}>
                <span className="mono muted">{whenText(e, timeline.start) || `#${e.index + 1}`}</span> <Clip text={e.text} max={300} />
                {e.description !== undefined && e.kind === 'description' && <span className="mono muted"> {numberOf(result.descriptions[e.description]!)}</span>}
                {e.error !== undefined && (
                  <span className="tl-error">
                    {' '}
                    — <Clip text={e.error} max={300} />
                  </span>
                )}
              </li>
            ))}
            {pc.events.length > LIST_CAP && <li className="muted">{count(pc.events.length - LIST_CAP, 'more event')} not listed.</li>}
          </ol>
        </div>
      ))}
    </details>
  );
}

const REFUSED = new Set(['set-failed', 'create-failed', 'candidate-failed']);
/** Refused calls listed under the lanes; the rest is counted. */
const REFUSED_CAP = 20;

/** Every call the browser refused, with its error in words, always in view (a mark alone would hide it in a tooltip). */
function Refused({ timeline, selected, onSelect }: { timeline: Timeline; selected: string | undefined; onSelect: (key: string) => void }) {
  const refused = timeline.lanes.flatMap((l) => l.marks.filter((m) => REFUSED.has(m.kind)).map((m) => ({ m, pc: l.pc })));
  if (refused.length === 0) return null;
  return (
    <ul className="tl-refused small" aria-label="Refused calls">
      {refused.slice(0, REFUSED_CAP).map(({ m, pc }) => {
        const e = m.events[0]!;
        return (
          <li key={m.key}>
            <button type="button" className="link-button" aria-pressed={m.key === selected} onClick={() => onSelect(m.key)}>
              <Clip text={pc.label} max={60} />
              {e.negotiation !== undefined && ` · negotiation ${e.negotiation}`} · <Clip text={e.event} max={60} />
            </button>{' '}
            <span className="tl-error">
              <Clip text={e.error ?? e.text} max={300} />
            </span>
          </li>
        );
      })}
      {refused.length > REFUSED_CAP && <li className="muted">{count(refused.length - REFUSED_CAP, 'more refused call')} not listed.</li>}
    </ul>
  );
}

/** Left/Right (and Home/End) move between the marks of a lane, in time order. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>): void {
  const marks = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button.tl-mark'));
  const at = marks.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? marks.length - 1 : undefined;
  if (to === undefined) return;
  e.preventDefault();
  marks[Math.max(0, Math.min(marks.length - 1, to))]?.focus();
}

/**
 * The whole call from a dump: a lane per peer connection with what the
 * browser logged (offers and answers, rollbacks, refused calls, ICE restarts,
 * trickled candidates, state changes), placed by time. A description mark
 * loads it into the boxes and shows what it changed.
 */
export function DumpTimeline({ received, loaded, onPick }: Props) {
  const titleId = useId();
  const [showOther, setShowOther] = useState(false);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const { result } = received;
  const timeline = useMemo(() => layoutTimeline(result, showOther), [result, showOther]);
  const loadedIds = useMemo(() => new Set((loaded === undefined ? [] : pickedDescriptions(loaded, received.side)).map((u) => u.description.index)), [loaded, received.side]);
  const hidden = timeline.lanes.reduce((n, l) => n + l.hidden, 0);
  let chosen: { mark: Mark; pc: ExtractedPeerConnection } | undefined;
  for (const lane of timeline.lanes) {
    const m = lane.marks.find((x) => x.key === selected);
    if (m !== undefined) chosen = { mark: m, pc: lane.pc };
  }
  const height = ROWS.length * ROW_H;

  const activate = (m: Mark, pc: ExtractedPeerConnection): void => {
    setSelected(m.key);
    const d = m.events[0]!.description;
    if (m.kind !== 'description' || d === undefined) return;
    const pick = descriptionPick(result, pc, d);
    if (pick !== undefined) onPick(pick);
  };

  return (
    <section className="extract-panel dump-timeline" aria-labelledby={titleId}>
      <div className="share-head">
        <h2 id={titleId}>Timeline</h2>
        <label className="small">
          <input type="checkbox" checked={showOther} onChange={(e) => setShowOther(e.currentTarget.checked)} /> other events
          {hidden > 0 && ` (${hidden.toLocaleString('en-US')} hidden)`}
        </label>
      </div>
      <p className="small muted">
        {timeline.timed ? 'Time runs left to right; quiet stretches are shortened (⋯), the axis says the time since the first event.' : 'The dump gives no times: each lane follows the order of its log.'} A run of
        trickled candidates is one mark. Pick an offer or answer to load it and see what it changed; ← and → move along a lane.
      </p>
      <Legend />
      <div className="tl-scroll">
        <div className="tl-grid" style={{ width: timeline.width + 190 }}>
          <div className="tl-axis-row">
            <div className="tl-row-head" />
            <Axis timeline={timeline} />
          </div>
          {timeline.lanes.map((lane) => (
            <div key={lane.pc.id} className="tl-lane" role="group" aria-label={`Timeline of ${printable(clip(lane.pc.label, 200).shown)}`}>
              <div className="tl-row-head">
                <strong title={clip(printable(lane.pc.label), 400).shown}>
                  <Clip text={lane.pc.label} max={60} />
                </strong>
                {ROWS.map((r) => (
                  <div key={r} className="tl-row-name small muted" style={{ height: ROW_H }}>
                    {ROW_NAMES[r]}
                  </div>
                ))}
              </div>
              <div className="tl-track" style={{ width: timeline.width, height }} onKeyDown={moveFocus}>
                {lane.marks.slice(0, MARK_CAP).map((m) => {
                  const words = markText(m, timeline.start);
                  const g = glyph(m, result);
                  const e = m.events[0]!;
                  return (
                    <button
                      key={m.key}
                      type="button"
                      className={markClass(m, result, loadedIds, m.key === selected)}
                      style={{ left: m.x, top: ROWS.indexOf(m.row) * ROW_H }}
                      title={clip(printable(e.error !== undefined ? `${words}: ${e.error}` : words), 400).shown}
                      aria-pressed={m.key === selected}
                      onClick={() => activate(m, lane.pc)}
                    >
                      <span aria-hidden="true">{g}</span>
                      <span className="sr-only">
                        <Clip text={words} max={300} />
                      </span>
                    </button>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      </div>
      {timeline.lanes
        .filter((l) => l.marks.length > MARK_CAP)
        .map((l) => (
          <p key={l.pc.id} className="small muted">
            <Clip text={l.pc.label} max={120} />: {count(l.marks.length - MARK_CAP, 'later mark')} not drawn (the first {MARK_CAP.toLocaleString('en-US')} are; the list below has the events).
          </p>
        ))}
      <Refused timeline={timeline} selected={selected} onSelect={setSelected} />
      {chosen !== undefined && <Detail mark={chosen.mark} pc={chosen.pc} result={result} start={timeline.start} />}
      <EventList timeline={timeline} result={result} />
    </section>
  );
}
