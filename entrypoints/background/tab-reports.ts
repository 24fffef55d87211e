import type { browser } from 'wxt/browser';
import type { TabReport } from '../../lib/messaging/protocol';

/** The storage area reports survive worker restarts in (cleared when the browser closes). */
export type SessionArea = Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'>;

const keyOf = (tabId: number) => `tabReport:${tabId}`;

/**
 * Each tab's latest report, in memory for speed and in storage.session so that a worker stopped
 * while idle still answers the side panel. Without storage.session (old browsers) or when it is
 * full, reports live in memory only: a restart then loses them and the content script reports again.
 */
export class TabReportStore {
  private readonly memory = new Map<number, TabReport>();

  constructor(private readonly session: SessionArea | undefined) {}

  /** Keeps the report for its tab, replacing any older one. */
  async put(report: TabReport): Promise<void> {
    this.memory.set(report.tabId, report);
    try {
      await this.session?.set({ [keyOf(report.tabId)]: report });
    } catch {
      // storage.session is capped (10 MB in Chrome); the in-memory copy still serves this worker.
    }
  }

  /** The tab's report, or null when it has none. */
  async get(tabId: number): Promise<TabReport | null> {
    const cached = this.memory.get(tabId);
    if (cached) return cached;
    try {
      const stored = (await this.session?.get(keyOf(tabId)))?.[keyOf(tabId)];
      if (!isReportFor(stored, tabId)) return null;
      this.memory.set(tabId, stored);
      return stored;
    } catch {
      return null;
    }
  }

  /** Forgets the tab's report (tab closed or navigated away). */
  async drop(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    try {
      await this.session?.remove(keyOf(tabId));
    } catch {
      // Nothing to undo: a stale stored report is replaced or dropped on the next event for the tab.
    }
  }
}

// Only this worker writes these keys, so a light shape check is enough to rule out foreign data.
function isReportFor(value: unknown, tabId: number): value is TabReport {
  return typeof value === 'object' && value !== null && (value as { tabId?: unknown }).tabId === tabId;
}
