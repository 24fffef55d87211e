import type { browser } from 'wxt/browser';
import { showBadge, type BadgeApi } from './badge';
import { samePage } from './same-page';
import type { TabReportStore } from './tab-reports';

/** The tab events a report's lifetime follows. */
export type TabEvents = Pick<typeof browser.tabs, 'onRemoved' | 'onUpdated'>;

/**
 * Drops a tab's report when the tab closes, and clears report and badge when it navigates to
 * another URL (the content script reports the new page). Returns a function removing both listeners.
 */
export function followTabs(tabs: TabEvents, reports: TabReportStore, action: BadgeApi | undefined): () => void {
  const onRemoved = (tabId: number) => {
    void reports.drop(tabId);
  };
  const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
    if (!change.url) return;
    void (async () => {
      // Same document (an anchor jump, or a late event for a page already reported) keeps the report.
      if (samePage((await reports.get(tabId))?.url, change.url)) return;
      await reports.drop(tabId);
      if (action) await showBadge(action, tabId, null);
    })();
  };
  tabs.onRemoved.addListener(onRemoved);
  tabs.onUpdated.addListener(onUpdated);
  return () => {
    tabs.onRemoved.removeListener(onRemoved);
    tabs.onUpdated.removeListener(onUpdated);
  };
}
