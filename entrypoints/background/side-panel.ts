import type { browser } from 'wxt/browser';

/** The toolbar button's click event (same shape for `action` and MV2's `browserAction`). */
export interface ClickEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

/** The side-panel APIs the toolbar button may use; each exists in only one browser family. */
export interface PanelApis {
  /** Chrome: the panel opens itself on an action click once this behaviour is set. */
  sidePanel?: Pick<typeof browser.sidePanel, 'setPanelBehavior'>;
  /** Firefox: the sidebar must be opened from the click handler itself (user gesture). */
  sidebarAction?: { open(): Promise<void> };
  action?: { onClicked: ClickEvent };
}

/**
 * Makes the toolbar button open the side panel (Chrome) or sidebar (Firefox). Returns a function
 * that removes the click listener again (tests register and unregister listeners per case).
 */
export function openPanelOnActionClick(apis: PanelApis, log: (message: string) => void): () => void {
  if (apis.sidePanel?.setPanelBehavior) {
    const report = (error: unknown) => log(`side panel behaviour not set: ${String(error)}`);
    // Some environments throw synchronously instead of rejecting; neither may stop the other listeners.
    try {
      apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(report);
    } catch (error) {
      report(error);
    }
    return () => {};
  }
  const sidebar = apis.sidebarAction;
  const onClicked = apis.action?.onClicked;
  if (!sidebar || !onClicked) return () => {};
  // No await before open(): Firefox allows it only synchronously inside the user's click.
  const listener = () => {
    sidebar.open().catch((error: unknown) => log(`sidebar not opened: ${String(error)}`));
  };
  onClicked.addListener(listener);
  return () => onClicked.removeListener(listener);
}
