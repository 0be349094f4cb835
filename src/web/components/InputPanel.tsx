import { useMemo, useRef, useState, type DragEvent } from 'react';
import { decodeInput, decompress, ENCODING_NAMES } from '../../index.js';
import type { Side, SideAnalysis } from '../analysis.js';
import { useEngine } from '../engine.js';
import { InputArea } from './InputArea.js';
import { receive, receivedOf, type Received } from '../extraction.js';
import { countEols, dominantEol, eolCountsOf, eolLabel, restoreEols, toAreaValue, type Eol } from '../line-endings.js';
import { bytes, count } from '../text.js';

/** Files larger than this are not read (an SDP or a webrtc-internals dump is at most a few MB; this keeps the tab alive). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A paste into part of the box up to this size is extracted at once in this thread (a few ms), so the browser inserts it itself. */
const SYNC_PASTE_MAX = 64 * 1024;

interface Props {
  side: Side;
  text: string;
  analysis: SideAnalysis | undefined;
  onChange: (text: string) => void;
  /**
   * Text that came in whole (a paste over the whole box, a dropped or opened
   * file), with what the library's extractDescriptions found in it. The page
   * decides: raw SDP goes into this box as it is, anything else is loaded or
   * offered for choice.
   */
  onReceive: (received: Received) => void;
  /** Offered when the text looks like the other type. */
  onSwap: () => void;
}

/** A file's bytes (FileReader where Blob.arrayBuffer is missing: older engines, jsdom). */
function fileBytes(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(f);
  });
}

/** A paste or drop into part of the box is inserted as typed text, unless it is a dump or JSON with descriptions in it. */
function insertsAsText(r: Received): boolean {
  return r.plain || r.result.descriptions.length === 0;
}

export function InputPanel({ side, text, analysis, onChange, onReceive, onSwap }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [note, setNote] = useState('');
  const engine = useEngine();
  /** extractDescriptions of a text, by the page's worker where there is one (it takes ~100 ms on a 1.3 MB SDP). */
  const extract = (t: string, from: string): Promise<Received> => (engine.sync ? Promise.resolve(receive(t, from, side)) : engine.extract(t).then((r) => receivedOf(t, from, side, r)));
  // The box's line-ending style, from the last text that had an ending (pasted, opened, loaded): a line
  // typed into a cleared CRLF box still gets CRLF.
  const style = useRef<Eol>('\n');
  // Each of these reads the whole text (1.3 MB for a big description): once per text, not per render.
  // The style of a large text is read from its first 64 kB (about 500 lines): a keystroke in a 1.3 MB box must not count every ending again.
  const own = useMemo(() => dominantEol(eolCountsOf(text.length > 65_536 ? text.slice(0, 65_536) : text)), [text]);
  const areaValue = useMemo(() => toAreaValue(text), [text]);
  const lineCount = analysis?.result.document.lines.length ?? 0;
  const eolStyle = useMemo(() => (analysis === undefined ? '' : eolLabel(countEols(analysis.result.document.lines.map((l) => l.source?.eol ?? '')))), [analysis]);
  if (own !== undefined) style.current = own;
  const title = side === 'offer' ? 'Offer' : 'Answer';
  const detected = analysis?.detected;
  const mismatch = detected?.type !== undefined && detected.type !== side;

  const read = async (f: File): Promise<void> => {
    if (f.size > MAX_FILE_BYTES) {
      setNote(`${f.name} is ${bytes(f.size)}: too large to be an SDP (limit ${bytes(MAX_FILE_BYTES)}).`);
      return;
    }
    // The library's decoder, as the CLI: a binary is not shown as SDP errors of its junk, and a
    // file that is not UTF-8 is read losslessly (Latin-1) instead of with U+FFFD in place of its bytes.
    // A gzip or zlib file (Chromium's default webrtc-internals download) is unpacked by the library first.
    const unpacked = await decompress(await fileBytes(f));
    if (!unpacked.ok) {
      setNote(`${f.name}: ${unpacked.error}. Not loaded.`);
      return;
    }
    const decoded = decodeInput(unpacked.bytes);
    if (decoded.binary !== undefined) {
      setNote(`${f.name} looks binary (${decoded.binary.reason}), not SDP text: not loaded.`);
      return;
    }
    const r = await extract(decoded.text, f.name);
    onReceive(r);
    const packed = unpacked.format === undefined ? '' : `; ${unpacked.format}, ${bytes(unpacked.bytes.length)} unpacked`;
    const how = `${packed}${decoded.encoding === 'utf-8' ? '' : `; not UTF-8: read as ${ENCODING_NAMES[decoded.encoding]}`}`;
    setNote(`${r.plain || r.result.descriptions.length === 0 ? 'Loaded' : 'Read'} ${f.name} (${bytes(f.size)}${how}).`);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f === undefined) {
      // Dropped text: the textarea inserts it where it falls, unless it holds descriptions to extract.
      const dropped = e.dataTransfer.getData('text/plain');
      if (dropped === '') return;
      const r = receive(dropped, 'the dropped text', side);
      if (insertsAsText(r)) return;
      e.preventDefault();
      onReceive(r);
      return;
    }
    e.preventDefault();
    void read(f);
  };
  const copy = async (): Promise<void> => {
    try {
      // The exact text (its own line endings), which is what the analysis reads; not the textarea's LF value.
      await navigator.clipboard.writeText(text);
      setNote('Copied to the clipboard.');
    } catch {
      area.current?.select();
      setNote('The browser refused the clipboard: the text is selected, press Ctrl+C (⌘C).');
    }
  };

  return (
    <div
      className={`input-panel${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="input-head">
        <label htmlFor={`input-${side}`} className="input-title">
          {title}
        </label>
        {detected !== undefined && (
          <span className={`detected${mismatch ? ' mismatch' : ''}`} title={detected.evidence} data-testid={`detected-${side}`}>
            {detected.type === undefined ? 'type not detected' : `looks like an ${detected.type}`}
          </span>
        )}
        {mismatch && (
          <button type="button" className="small-button" onClick={onSwap}>
            Swap offer and answer
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="small-button" onClick={() => file.current?.click()}>
          Open file…
        </button>
        <input
          ref={file}
          type="file"
          accept=".sdp,.txt,.log,.json,.html,.gz,text/plain,application/sdp,application/json,text/html,application/gzip"
          hidden
          aria-label={`Open an ${side} file`}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f !== undefined) void read(f);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" className="small-button" onClick={() => void copy()} disabled={text === ''}>
          Copy
        </button>
        <button type="button" className="small-button" onClick={() => onChange('')} disabled={text === ''}>
          Clear
        </button>
      </div>
      <InputArea
        areaRef={area}
        id={`input-${side}`}
        className="sdp-input"
        // The textarea holds LF only (HTML normalises endings): it is shown the LF form, so React never
        // rewrites it under the caret, and each change is mapped back onto the exact text.
        value={areaValue}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        wrap="off"
        placeholder={`Paste ${side === 'offer' ? 'an offer' : 'an answer'} here (SDP, JSON, a log, a webrtc-internals or about:webrtc dump), or drop a file`}
        onValue={(value) => onChange(restoreEols(text, value, style.current))}
        onPasteAt={(e, at) => {
          const pasted = e.clipboardData.getData('text/plain');
          if (pasted === '') return;
          const { whole, before, after } = at;
          if (!engine.sync && (whole || pasted.length > SYNC_PASTE_MAX)) {
            // Extraction runs in the worker; the box is updated when it answers. Into part of the box,
            // SDP is then inserted where the selection was, as the browser would have.
            e.preventDefault();
            void extract(pasted, 'the pasted text').then((r) => {
              if (!whole && insertsAsText(r)) onChange(restoreEols(text, before + toAreaValue(pasted) + after, style.current));
              else onReceive(r);
            });
            return;
          }
          const r = receive(pasted, 'the pasted text', side);
          // Into part of the box, SDP is inserted as the browser does.
          if (!whole && insertsAsText(r)) return;
          // A textarea turns CRLF into LF (HTML's value normalisation). When the
          // paste replaces everything, keep the pasted text byte for byte instead.
          e.preventDefault();
          onReceive(r);
        }}
      />
      <div className="input-foot" aria-live="polite">
        {analysis !== undefined ? (
          <span>
            {count(lineCount, 'line')} · {bytes(analysis.text.length)} · {count(analysis.diagnostics.length, 'problem')} ·{' '}
            <span className="eol-style" data-testid={`eol-${side}`} title="Line endings of the analysed text (kept as pasted or opened; typed lines get the same)">
              {eolStyle}
            </span>
          </span>
        ) : (
          <span className="muted">{text.trim() === '' ? 'empty' : '…'}</span>
        )}
        {note !== '' && <span className="note">{note}</span>}
      </div>
    </div>
  );
}
