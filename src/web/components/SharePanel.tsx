import { useEffect, useMemo, useRef, useState } from 'react';
import { encodeFragment, shareUrl, unredactedInPair } from '../share.js';
import { count } from '../text.js';

interface Props {
  offer: string;
  answer: string;
  onRedact: () => void;
  onClose: () => void;
}

/** Addresses listed in the warning; the rest is counted. */
const LISTED = 8;

export function SharePanel({ offer, answer, onRedact, onClose }: Props) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    setUrl(undefined);
    encodeFragment({ offer, answer })
      .then((fragment) => {
        if (live) setUrl(shareUrl(window.location, fragment));
      })
      .catch((e: unknown) => {
        if (live) setError(`The link could not be made: ${e instanceof Error ? e.message : String(e)}`);
      });
    return () => {
      live = false;
    };
  }, [offer, answer]);

  const addresses = useMemo(() => unredactedInPair({ offer, answer }), [offer, answer]);
  const copy = async (): Promise<void> => {
    if (url === undefined) return;
    try {
      await navigator.clipboard.writeText(url);
      setNote('Link copied.');
    } catch {
      input.current?.select();
      setNote('The browser refused the clipboard: the link is selected, press Ctrl+C (⌘C).');
    }
  };

  return (
    <section className="share-panel" aria-label="Share link">
      <div className="share-head">
        <h2>Share link</h2>
        <button type="button" className="small-button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="small">
        The SDP travels compressed in the link's fragment (after <code>#</code>), which browsers never send to a server: whoever opens the link sees the
        inspection, and so does anyone who can read the link.
      </p>
      {addresses.length > 0 && (
        <div className="warning" role="alert" data-testid="share-warning">
          <strong>This SDP holds {count(addresses.length, 'unredacted address', 'unredacted addresses')}:</strong>{' '}
          {addresses
            .slice(0, LISTED)
            .map((a) => (a.length > 80 ? `${a.slice(0, 80)}…` : a))
            .join(', ')}
          {addresses.length > LISTED ? ` and ${addresses.length - LISTED} more` : ''}.{' '}
          <button type="button" className="small-button" onClick={onRedact}>
            Redact first
          </button>
        </div>
      )}
      {error !== '' && <p className="panel-error">{error}</p>}
      <div className="share-row">
        <input ref={input} className="share-url" readOnly aria-label="Share link" value={url ?? 'making the link…'} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="small-button" onClick={() => void copy()} disabled={url === undefined}>
          Copy link
        </button>
      </div>
      {url !== undefined && <p className="muted small">{count(url.length, 'character')}{url.length > 32000 ? ': some apps cut links this long' : ''}.</p>}
      {note !== '' && <p className="note small">{note}</p>}
    </section>
  );
}
