import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
  /** Extra text after the label, e.g. a count. */
  badge?: ReactNode;
}

/**
 * A tab list with roving focus (WAI-ARIA tabs pattern, automatic activation):
 * one tab is in the Tab order; arrow keys, Home and End move between tabs.
 */
export function Tabs<Id extends string>({ tabs, selected, onSelect, label }: { tabs: readonly TabDef<Id>[]; selected: Id; onSelect: (id: Id) => void; label: string }) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const list = useRef<HTMLDivElement>(null);
  // On a narrow screen the bar scrolls sideways; these say which way more tabs are, for the arrows and fades.
  const [more, setMore] = useState({ left: false, right: false });
  const measure = (): void => {
    const el = list.current;
    if (el === null) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
  };
  useLayoutEffect(() => {
    measure();
    const el = list.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [tabs.length]);
  // The selected tab is always in view (Alt+digit, arrow keys, a jump from another view).
  useEffect(() => {
    const el = refs.current.get(selected);
    const bar = list.current;
    if (el === undefined || bar === null) return;
    // Clear of the arrow that covers each edge (styles.css .tabs-more, 26 px).
    const edge = 30;
    const left = el.offsetLeft - bar.offsetLeft;
    if (left - edge < bar.scrollLeft) bar.scrollLeft = Math.max(0, left - edge);
    else if (left + el.offsetWidth + edge > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = left + el.offsetWidth + edge - bar.clientWidth;
    measure();
  }, [selected]);
  const slide = (way: 1 | -1): void => {
    const bar = list.current;
    if (bar === null) return;
    bar.scrollBy({ left: way * Math.max(80, bar.clientWidth * 0.7), behavior: 'smooth' });
  };
  const go = (index: number): void => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (tab === undefined) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    go(next);
  };
  return (
    <div className={`tabs-bar${more.left ? ' more-left' : ''}${more.right ? ' more-right' : ''}`}>
      {/* Pointer help only: keyboard users move with the arrow keys inside the tab list. */}
      {more.left && (
        <button type="button" className="tabs-more tabs-more-left" tabIndex={-1} aria-hidden="true" title="More views" onClick={() => slide(-1)}>
          ‹
        </button>
      )}
    <div role="tablist" aria-label={label} className="tabs" ref={list} onScroll={measure}>
      {tabs.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el === null) refs.current.delete(t.id);
            else refs.current.set(t.id, el);
          }}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-controls={`panel-${t.id}`}
          aria-selected={t.id === selected}
          tabIndex={t.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(t.id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t.label}
          {t.badge !== undefined && <span className="tab-badge">{t.badge}</span>}
          <kbd className="tab-key" aria-hidden="true">
            Alt+{i + 1}
          </kbd>
        </button>
      ))}
    </div>
      {more.right && (
        <button type="button" className="tabs-more tabs-more-right" tabIndex={-1} aria-hidden="true" title="More views" onClick={() => slide(1)}>
          ›
        </button>
      )}
    </div>
  );
}
