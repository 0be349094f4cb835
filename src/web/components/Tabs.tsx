import { useRef, type KeyboardEvent, type ReactNode } from 'react';

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
    <div role="tablist" aria-label={label} className="tabs">
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
  );
}
