import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';

/**
 * An input box's textarea. A textarea lays out all of its text whenever it
 * changes: for a 1.3 MB description (20,000 lines) Chromium takes 300–500 ms,
 * on a paste and again on every key. Past LARGE_LINES lines, the box holds
 * only the lines around its view (blocks of BLOCK lines) between two spacers,
 * in a scroller of the box's size, as the Lines view draws only the rows in
 * view. Edits are mapped back onto the whole text; Ctrl+A selects the whole
 * text for what follows it (typing, Delete, cut, copy, paste).
 */
export const LARGE_LINES = 2000;
const BLOCK = 100;
/** The large box's line height in px (its CSS sets the same). */
const LINE = 17;

/** Where a paste lands: the whole text, or between `before` and `after` (area values, LF). */
export interface PasteAt {
  whole: boolean;
  before: string;
  after: string;
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onPaste'>;

interface Props extends AreaProps {
  /** The whole text, as the textarea shows it (LF endings). */
  value: string;
  onValue: (value: string) => void;
  /** A paste; the handler may preventDefault (the browser then inserts nothing). */
  onPasteAt: (e: ClipboardEvent<HTMLTextAreaElement>, at: PasteAt) => void;
  areaRef?: React.RefObject<HTMLTextAreaElement | null>;
}

function lineStarts(value: string): number[] {
  const starts = [0];
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function InputArea({ value, onValue, onPasteAt, areaRef, className, ...rest }: Props) {
  const starts = useMemo(() => lineStarts(value), [value]);
  const lines = starts.length;
  const large = lines > LARGE_LINES;
  const own = useRef<HTMLTextAreaElement | null>(null);
  const area = areaRef ?? own;
  const scroller = useRef<HTMLDivElement | null>(null);
  /** The window: `first` line, and `tail` lines after it (kept across edits inside it, so the window is what the textarea holds). */
  const [win, setWin] = useState({ first: 0, tail: Math.max(0, lines - 3 * BLOCK) });
  /** Ctrl+A selected the whole text (not only the lines held). */
  const all = useRef(false);
  // A text from outside (a paste over everything, a file, an action) opens at its top; an edit made here keeps the window.
  const emitted = useRef(value);
  const seen = useRef(value);
  const reset = useRef(false);
  let w = win;
  if (seen.current !== value) {
    seen.current = value;
    if (value !== emitted.current) {
      w = { first: 0, tail: Math.max(0, lines - 3 * BLOCK) };
      reset.current = true;
      setWin(w);
    }
  }
  const emit = (next: string): void => {
    emitted.current = next;
    onValue(next);
  };
  useLayoutEffect(() => {
    if (!reset.current) return;
    reset.current = false;
    if (scroller.current !== null) scroller.current.scrollTop = 0;
  });
  const first = Math.min(w.first, lines);
  const last = Math.max(first, lines - Math.min(w.tail, lines - first));
  // Offsets in `value` of the window's first character and of the character after its last.
  const from = starts[first] ?? value.length;
  const to = last >= lines ? value.length : starts[last]! - 1;
  const held = large ? value.slice(from, to) : value;
  const pendingCaret = useRef<[number, number] | undefined>(undefined);

  const rewindow = (): void => {
    const el = scroller.current;
    if (el === null) return;
    const top = Math.floor(el.scrollTop / LINE);
    const visible = Math.ceil(el.clientHeight / LINE) + 1;
    const f = Math.max(0, (Math.floor(top / BLOCK) - 1) * BLOCK);
    const l = Math.min(lines, (Math.floor((top + visible) / BLOCK) + 2) * BLOCK);
    if (f === first && l === last) return;
    // Keep the caret where it was in the whole text.
    const a = area.current;
    if (a !== null && document.activeElement === a) pendingCaret.current = [from + a.selectionStart, from + a.selectionEnd];
    setWin({ first: f, tail: lines - l });
  };

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const a = area.current;
    pendingCaret.current = undefined;
    if (caret === undefined || a === null) return;
    const clamp = (n: number): number => Math.min(Math.max(n - from, 0), held.length);
    a.setSelectionRange(clamp(caret[0]), clamp(caret[1]));
  }, [from, held.length, area]);

  const whole = (el: HTMLTextAreaElement): boolean => (all.current || (from === 0 && to === value.length)) && el.selectionStart === 0 && el.selectionEnd === el.value.length;

  if (!large) {
    return (
      <textarea
        {...rest}
        ref={area}
        className={className}
        value={value}
        onChange={(e) => emit(e.currentTarget.value)}
        onPaste={(e) => {
          const el = e.currentTarget;
          onPasteAt(e, { whole: whole(el), before: el.value.slice(0, el.selectionStart), after: el.value.slice(el.selectionEnd) });
        }}
      />
    );
  }
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      e.currentTarget.select();
      all.current = true;
      return;
    }
    if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(e.key)) all.current = false;
  };
  const longest = held.split('\n').reduce((n, l) => Math.max(n, l.length), 0);
  return (
    <div ref={scroller} className={`${className ?? ''} sdp-input-large`} onScroll={rewindow} data-lines={lines}>
      <div style={{ height: `${first * LINE}px` }} />
      <textarea
        {...rest}
        ref={area}
        className="sdp-window"
        value={held}
        rows={Math.max(1, last - first)}
        style={{ height: `${Math.max(1, last - first) * LINE}px`, minWidth: `calc(${longest + 2}ch)` }}
        onKeyDown={onKeyDown}
        onMouseDown={() => (all.current = false)}
        onCopy={(e) => {
          if (!whole(e.currentTarget) || !all.current) return;
          e.preventDefault();
          e.clipboardData.setData('text/plain', value);
        }}
        onCut={(e) => {
          if (!whole(e.currentTarget) || !all.current) return;
          e.preventDefault();
          e.clipboardData.setData('text/plain', value);
          all.current = false;
          emit('');
        }}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (all.current) {
            // The whole text was selected: what the window holds now is the whole text.
            all.current = false;
            setWin({ first: 0, tail: 0 });
            emit(next);
            return;
          }
          emit(value.slice(0, from) + next + value.slice(to));
        }}
        onPaste={(e) => {
          const el = e.currentTarget;
          const at = whole(el)
            ? { whole: true, before: '', after: '' }
            : { whole: false, before: value.slice(0, from + el.selectionStart), after: value.slice(from + el.selectionEnd) };
          onPasteAt(e, at);
          if (at.whole && e.defaultPrevented) all.current = false;
        }}
      />
      <div style={{ height: `${(lines - last) * LINE}px` }} />
    </div>
  );
}
