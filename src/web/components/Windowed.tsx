import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Up to this many rows a table draws them all (nothing to gain, and the component tests see every row). */
export const WINDOW_FROM = 200;
/** Rows drawn above and below the ones in view. */
const OVERSCAN = 8;
/** The scroller's height when it has none yet (before layout; jsdom). */
const FALLBACK_HEIGHT = 600;

export interface RowWindow {
  /** The rows to draw: [first, last). */
  first: number;
  last: number;
  /** Give to the table's scroll container (null: not windowed, the container scrolls as before). */
  scroller: { ref: RefObject<HTMLDivElement | null>; onScroll: () => void; className: string } | null;
  /** Spacer rows standing for the rows not drawn, before and after (one table cell across `columns`). */
  before: ReactNode;
  after: ReactNode;
}

/**
 * Draws only the rows of a long table that are in view (as the Lines view does
 * for lines): laying out thousands of rows holds the page for hundreds of ms.
 * Rows vary in height, so the window works on an estimate that is corrected
 * from the rows drawn (their mean height); the spacers keep the scrollbar
 * close to the table's real length.
 */
export function useRowWindow(total: number, columns: number, estimate = 40): RowWindow {
  const ref = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const [rowHeight, setRowHeight] = useState(estimate);
  const windowed = total > WINDOW_FROM;
  const first = windowed ? Math.max(0, Math.min(total, Math.floor(scrollTop / rowHeight)) - OVERSCAN) : 0;
  const last = windowed ? Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN) : total;

  // Measured when the browser has laid the table out (a ResizeObserver's callback runs after layout):
  // reading sizes during React's commit would force that layout inside the same task.
  useEffect(() => {
    const el = ref.current;
    if (!windowed || el === null || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      if (el.clientHeight > 0) setHeight(el.clientHeight);
      // The mean height of the rows drawn (spacers excluded), when it differs enough to matter.
      const rows = el.querySelectorAll<HTMLElement>('tbody > tr:not(.row-spacer)');
      let sum = 0;
      rows.forEach((r) => (sum += r.offsetHeight));
      const mean = rows.length === 0 ? 0 : sum / rows.length;
      if (mean > 0) setRowHeight((h) => (Math.abs(mean - h) / h > 0.15 ? mean : h));
    };
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    const body = el.querySelector('tbody');
    if (body !== null) ro.observe(body);
    return () => ro.disconnect();
  }, [windowed]);

  if (!windowed) return { first, last, scroller: null, before: null, after: null };
  const spacer = (rows: number, key: string): ReactNode =>
    rows <= 0 ? null : (
      <tr className="row-spacer" aria-hidden="true" key={key}>
        <td colSpan={columns} style={{ height: `${Math.round(rows * rowHeight)}px` }} />
      </tr>
    );
  return {
    first,
    last,
    scroller: { ref, onScroll: () => setScrollTop(ref.current?.scrollTop ?? 0), className: 'table-wrap windowed' },
    before: spacer(first, 'before'),
    after: spacer(total - last, 'after'),
  };
}
