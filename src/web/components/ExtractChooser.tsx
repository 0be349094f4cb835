import { useEffect, useId, useRef } from 'react';
import type { ExtractedDescription, ExtractedPeerConnection, ExtractResult, Negotiation } from '../../index.js';
import { formatName, negotiationPick, numberOf, shortLabel, type Pick, type Received } from '../extraction.js';
import { count } from '../text.js';
import { Clip } from './Clip.js';
import { InputNotes, MungedBadge, MungedDiff, TypeBadge } from './ExtractParts.js';

/** Entries drawn per list (a dump can hold thousands); the rest is counted. */
const ITEM_CAP = 200;

interface Props {
  received: Received;
  onPick: (pick: Pick) => void;
  onCancel: () => void;
}

function Capped({ total }: { total: number }) {
  if (total <= ITEM_CAP) return null;
  return <li className="muted small">{`${count(total - ITEM_CAP, 'more entry', 'more entries')} not drawn (the first ${ITEM_CAP} are shown).`}</li>;
}

function DescriptionItem({ d, pc, result, onPick }: { d: ExtractedDescription; pc: ExtractedPeerConnection | undefined; result: ExtractResult; onPick: (pick: Pick) => void }) {
  const munged = d.munged;
  return (
    <li className="choice-row">
      <div className="choice-line">
        <TypeBadge type={d.type} />
        <button type="button" className="choice" onClick={() => onPick({ kind: 'description', description: d })}>
          <span className="mono">{numberOf(d)}</span> <Clip text={shortLabel(d, pc)} max={200} />
        </button>
        {munged !== undefined && <MungedBadge munged={munged} />}
        {d.failed !== undefined && (
          <span className="flag-badge flag-failed" title={d.failed}>
            failed
          </span>
        )}
      </div>
      {munged !== undefined && <MungedDiff description={{ ...d, munged }} created={result.descriptions[munged.created]} />}
    </li>
  );
}

function NegotiationItem({ pc, n, result, onPick }: { pc: ExtractedPeerConnection; n: Negotiation; result: ExtractResult; onPick: (pick: Pick) => void }) {
  const pick = negotiationPick(result, pc, n);
  const used = [n.offer, n.answer].flatMap((i) => (i === undefined ? [] : [result.descriptions[i]])).filter((d): d is ExtractedDescription => d !== undefined);
  const numbers = used.map(numberOf).join(' ↔ ');
  const munged = used.find((d) => d.munged !== undefined)?.munged;
  return (
    <li className="choice-row">
      <div className="choice-line">
        {pick === undefined ? (
          <span className="muted">
            <Clip text={n.label} max={200} /> (the dump holds no offer for it)
          </span>
        ) : (
          <button type="button" className="choice" onClick={() => onPick(pick)}>
            <Clip text={n.label} max={200} />
          </button>
        )}
        {numbers !== '' && <span className="mono small muted">{numbers}</span>}
        {!n.complete && n.rolledBack !== true && <span className="flag-badge flag-incomplete">no answer</span>}
        {munged !== undefined && <MungedBadge munged={munged} />}
      </div>
    </li>
  );
}

function PeerConnectionGroup({ pc, result, onPick }: { pc: ExtractedPeerConnection; result: ExtractResult; onPick: (pick: Pick) => void }) {
  const id = useId();
  const descriptions = pc.descriptions.flatMap((i) => {
    const d = result.descriptions[i];
    return d === undefined ? [] : [d];
  });
  return (
    <div className="extract-pc" role="group" aria-labelledby={id}>
      <h3 id={id}>
        <Clip text={pc.label} max={200} />
        {pc.closed === true && <span className="muted"> (closed)</span>}
      </h3>
      <InputNotes notes={pc.diagnostics.map((diagnostic) => ({ diagnostic }))} label={`Notes on ${pc.label}`} />
      <div className="extract-columns">
        <div>
          <h4>{count(pc.negotiations.length, 'negotiation')}</h4>
          {pc.negotiations.length === 0 ? (
            <p className="muted small">No offer/answer exchange was recorded.</p>
          ) : (
            <ul className="choices" aria-label={`Negotiations of ${pc.label}`}>
              {pc.negotiations.slice(0, ITEM_CAP).map((n) => (
                <NegotiationItem key={n.number} pc={pc} n={n} result={result} onPick={onPick} />
              ))}
              <Capped total={pc.negotiations.length} />
            </ul>
          )}
        </div>
        <div>
          <h4>{count(descriptions.length, 'description')}</h4>
          <ul className="choices" aria-label={`Descriptions of ${pc.label}`}>
            {descriptions.slice(0, ITEM_CAP).map((d) => (
              <DescriptionItem key={d.index} d={d} pc={pc} result={result} onPick={onPick} />
            ))}
            <Capped total={descriptions.length} />
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * The choice among what the library found in a pasted or opened input: per
 * peer connection its negotiations (an offer and its answer, loaded into the
 * two boxes) and its descriptions, then descriptions outside any peer
 * connection (each loaded into its box).
 */
export function ExtractChooser({ received, onPick, onCancel }: Props) {
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const { result } = received;
  const pcs = result.peerConnections ?? [];
  const inPc = new Set(pcs.flatMap((pc) => pc.descriptions));
  const rest = result.descriptions.filter((d) => !inPc.has(d.index));
  const restId = useId();

  // Focus moves to the chooser when it opens, so a keyboard or screen-reader user lands on it.
  useEffect(() => {
    title.current?.focus();
  }, [received]);

  return (
    <section
      className="extract-panel extract-chooser"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className="share-head">
        <h2 id={titleId} ref={title} tabIndex={-1}>
          Choose what to inspect
        </h2>
        <button type="button" className="small-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="small">
        {count(result.descriptions.length, 'session description')}
        {pcs.length > 0 && ` in ${count(pcs.length, 'peer connection')}`}, found in {formatName(result.format)} (<Clip text={received.from} max={120} />). Pick a
        negotiation to load its offer and answer into the two boxes, or a description to load it into its box.
      </p>
      <InputNotes notes={result.diagnostics.map((diagnostic) => ({ diagnostic }))} label="Notes on the input" />
      {pcs.map((pc) => (
        <PeerConnectionGroup key={pc.id} pc={pc} result={result} onPick={onPick} />
      ))}
      {rest.length > 0 && (
        <div className="extract-pc" role="group" aria-labelledby={restId}>
          <h3 id={restId}>{pcs.length > 0 ? 'Other descriptions' : 'Descriptions'}</h3>
          <ul className="choices" aria-label={pcs.length > 0 ? 'Other descriptions' : 'Descriptions'}>
            {rest.slice(0, ITEM_CAP).map((d) => (
              <DescriptionItem key={d.index} d={d} pc={undefined} result={result} onPick={onPick} />
            ))}
            <Capped total={rest.length} />
          </ul>
        </div>
      )}
    </section>
  );
}
