import { browser } from 'wxt/browser';

/** The tab named by `?tabId=N` (the e2e tests and the demo open the panel as a tab that way), else null. */
export function fixedTabId(search: string = location.search): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/**
 * Calls `onTab` with the tab the panel describes: the fixed one, or the active tab of the panel's window,
 * following tab switches. Returns the function that stops following.
 */
export function followTargetTab(onTab: (tabId: number | null) => void): () => void {
  const fixed = fixedTabId();
  if (fixed !== null) {
    onTab(fixed);
    return () => {};
  }
  let windowId: number | undefined;
  const onActivated = (info: { tabId: number; windowId: number }): void => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  void (async () => {
    const win = await browser.windows.getCurrent();
    windowId = win.id;
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    onTab(tab?.id ?? null);
  })().catch(() => onTab(null));
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
