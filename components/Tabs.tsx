import type { ComponentChildren } from 'preact';
import { strings } from './strings';

/** One tab: its id (also used for element ids) and label. */
export interface TabDef<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  tabs: TabDef<Id>[];
  current: Id;
  onChange: (id: Id) => void;
  children: ComponentChildren;
}

/**
 * ARIA tabs: a tablist whose arrow keys (and Home/End) move between tabs, only the current tab in the
 * Tab order, and one tabpanel labelled by its tab.
 */
export function Tabs<Id extends string>({ tabs, current, onChange, children }: Props<Id>) {
  const onKeyDown = (e: KeyboardEvent): void => {
    const i = tabs.findIndex((t) => t.id === current);
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    onChange(next.id);
    requestAnimationFrame(() => document.getElementById(`tab-${next.id}`)?.focus());
  };
  return (
    <>
      <div role="tablist" aria-label={strings.tabsLabel} class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}
            aria-selected={t.id === current} tabIndex={t.id === current ? 0 : -1} onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} class="tabpanel">
        {children}
      </div>
    </>
  );
}
