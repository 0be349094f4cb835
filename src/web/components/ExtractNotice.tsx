import { formatName, notesOf, numberOf, pickedDescriptions, type Pick, type Received } from '../extraction.js';
import { Clip } from './Clip.js';
import { InputNotes, MungedBadge, TypeBadge } from './ExtractParts.js';

interface Props {
  received: Received;
  /** What was loaded; undefined when nothing was found (the text went into the box as it is). */
  pick: Pick | undefined;
  onChoose: () => void;
  onDismiss: () => void;
}

function titleOf(pick: Pick): string {
  switch (pick.kind) {
    case 'negotiation':
      return `${pick.pc.label} · ${pick.negotiation.label}`;
    case 'pair':
      return 'an offer and its answer';
    case 'description':
      return pick.description.label;
  }
}

/** Where the boxes' text came from, and what the library had to repair to get it. */
export function ExtractNotice({ received, pick, onChoose, onDismiss }: Props) {
  const { result } = received;
  const used = pick === undefined ? [] : pickedDescriptions(pick, received.side);
  const more = result.descriptions.length > used.length;
  return (
    <section className="extract-panel extract-notice" aria-label="Extraction">
      <div className="share-head">
        {pick === undefined ? (
          <p className="extract-title">
            No session description found in <Clip text={received.from} max={120} />: it is read as SDP as it is.
          </p>
        ) : (
          <p className="extract-title">
            Extracted from {formatName(result.format)}: <strong><Clip text={titleOf(pick)} max={300} /></strong>
          </p>
        )}
        <span className="extract-actions">
          {pick !== undefined && more && (
            <button type="button" className="small-button" onClick={onChoose}>
              Choose another…
            </button>
          )}
          <button type="button" className="small-button" onClick={onDismiss}>
            Dismiss
          </button>
        </span>
      </div>
      {used.length > 0 && (
        <ul className="extract-used small">
          {used.map(({ side, description: d }) => (
            <li key={d.index}>
              {side} box ← <TypeBadge type={d.type} /> <span className="mono">{numberOf(d)}</span> <Clip text={d.label} max={300} />
              {d.munged !== undefined && (
                <>
                  {' '}
                  <MungedBadge munged={d.munged} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <InputNotes notes={notesOf(result, used.map((u) => u.description))} label="What the extraction repaired or noticed" />
    </section>
  );
}
