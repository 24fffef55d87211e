import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../lib/messaging/messenger';
import type { TabReport } from '../../lib/messaging/protocol';

/** What the panel knows about its tab right now. */
export type ReportState =
  | { status: 'loading' }
  | { status: 'ready'; report: TabReport | null }
  | { status: 'error'; code: string; message: string };

/**
 * The background announces each new report (`reportUpdated`); this slow poll only covers a report
 * made while the panel was starting, or a worker restart that lost the announcement.
 */
const RETRY_MS = 1000;
const RETRIES = 12;

/** Asks the background for the tab's report, again when it announces a new one or the tab navigates. */
export function useTabReport(tabId: number | null): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) {
      setState({ status: 'ready', report: null });
      return;
    }
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (triesLeft: number): Promise<void> => {
      clearTimeout(timer);
      let next: ReportState;
      try {
        const reply = await sendMessage('getTabReport', { tabId });
        next = reply.ok ? { status: 'ready', report: reply.value } : { status: 'error', ...reply.error };
      } catch (err) {
        next = { status: 'error', code: 'internal', message: err instanceof Error ? err.message : String(err) };
      }
      if (!alive) return;
      setState(next);
      const settled = next.status === 'ready' && next.report !== null;
      if (!settled && triesLeft > 0) timer = setTimeout(() => void ask(triesLeft - 1), RETRY_MS);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }): void => {
      if (id !== tabId) return;
      // In-page navigation (pushState) changes the URL without a new "complete": ask on either.
      if (change.url) setState({ status: 'loading' });
      if (change.url || change.status === 'complete') void ask(RETRIES);
    };
    setState({ status: 'loading' });
    browser.tabs.onUpdated.addListener(onUpdated);
    // Only one listener per message type per page: this hook is mounted once, by App.
    const stopListening = onMessage('reportUpdated', ({ data }) => {
      if (data.tabId === tabId) void ask(0);
    });
    void ask(RETRIES);
    return () => {
      alive = false;
      clearTimeout(timer);
      stopListening();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return state;
}
