import { useState } from 'react';
import type { DiffLine, ExtractedDescription, Munging, SdpType } from '../../index.js';
import { numberOf, type InputNote } from '../extraction.js';
import { count } from '../text.js';
import { Clip } from './Clip.js';
import { SeverityBadge } from './SeverityBadge.js';

/** Changed lines shown around each change of a munged description. */
const CONTEXT = 1;
/** Diff lines drawn; the rest is counted. */
const DIFF_CAP = 400;

export function TypeBadge({ type }: { type: SdpType | undefined }) {
  if (type === undefined) {
    return (
      <span className="type-badge type-unknown" title="The source does not say whether this is an offer or an answer">
        type?
      </span>
    );
  }
  return <span className={`type-badge type-${type}`}>{type}</span>;
}

export function MungedBadge({ munged }: { munged: Munging }) {
  return (
    <span className="flag-badge flag-munged" title={munged.summary}>
      munged
    </span>
  );
}

function lineNumber(l: DiffLine): number {
  return l.kind === 'removed' ? (l.createdLine ?? l.line) : (l.appliedLine ?? l.line);
}

/** The changed lines with a line of context, and `…` where unchanged lines are left out. */
function excerpt(changes: readonly DiffLine[]): (DiffLine | 'gap')[] {
  const keep = changes.map(() => false);
  changes.forEach((l, i) => {
    if (l.kind === 'same') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(changes.length - 1, i + CONTEXT); k++) keep[k] = true;
  });
  const out: (DiffLine | 'gap')[] = [];
  changes.forEach((l, i) => {
    if (keep[i]) out.push(l);
    else if (out[out.length - 1] !== 'gap') out.push('gap');
  });
  return out;
}

const SIGN: Readonly<Record<DiffLine['kind'], string>> = { added: '+', removed: '−', same: ' ' };

/** The changed lines of a line diff (the library's DiffLine list) with a line of context around each change. */
export function DiffLines({ changes, label }: { changes: readonly DiffLine[]; label: string }) {
  const lines = excerpt(changes);
  const shown = lines.slice(0, DIFF_CAP);
  return (
    <>
      <div className="diff-lines mono" role="list" aria-label={label}>
        {shown.map((l, i) =>
          l === 'gap' ? (
            <div key={i} className="diff-gap" role="listitem">
              …
            </div>
          ) : (
            <div key={i} className={`diff-line diff-${l.kind}`} role="listitem">
              <span className="diff-sign" aria-hidden="true">
                {SIGN[l.kind]}
              </span>
              <span className="sr-only">{l.kind === 'same' ? 'unchanged' : l.kind} </span>
              <span className="diff-num">{lineNumber(l)}</span>
              <span className="diff-text">
                <Clip text={l.text} max={300} />
              </span>
            </div>
          ),
        )}
      </div>
      {lines.length > shown.length && <p className="muted small">{count(lines.length - shown.length, 'more line')} not drawn.</p>}
    </>
  );
}

/**
 * What the app changed between createOffer/createAnswer and
 * setLocalDescription (the library's line diff), drawn when asked for.
 */
export function MungedDiff({ description, created }: { description: ExtractedDescription & { munged: Munging }; created: ExtractedDescription | undefined }) {
  const [open, setOpen] = useState(false);
  const m = description.munged;
  return (
    <details className="munged-diff" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        line diff ({m.added} added, {m.removed} removed)
      </summary>
      {open && (
        <>
          <p className="small muted">
            <Clip text={m.summary} />
            {/[.!?]$/.test(m.summary) ? '' : '.'}
            {created !== undefined && ` Compared with ${numberOf(created)}${created.event !== undefined ? ` (${created.event})` : ''}.`}
            {m.eolChanged && ' The line ends changed too.'}
          </p>
          <DiffLines changes={m.changes} label={`Changes of ${numberOf(description)}`} />
        </>
      )}
    </details>
  );
}

/** Extraction diagnostics: positions refer to the pasted input, not to a box. */
export function InputNotes({ notes, label }: { notes: readonly InputNote[]; label: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className="findings input-notes" aria-label={label}>
      {notes.slice(0, 50).map((n, i) => (
        <li key={i}>
          <SeverityBadge severity={n.diagnostic.severity} /> {n.where !== undefined && <span className="mono">{n.where}: </span>}
          <Clip text={n.diagnostic.message} /> <span className="muted small">
            ({n.diagnostic.code}, input line {n.diagnostic.line})
          </span>
        </li>
      ))}
      {notes.length > 50 && <li className="muted small">{count(notes.length - 50, 'more note')} not drawn.</li>}
    </ul>
  );
}
