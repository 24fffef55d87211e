import type { browser as Browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../lib/messaging/messenger';
import { followCommands, type CommandEvent } from './commands';
import { withLoadingState } from './report-status';
import { handleGetSettings, handleUpdateSettings, type SettingsEnv } from './settings';
import { handleGetTabReport, handleReportArticle, safely, type HandlerEnv } from './handlers';
import type { BadgeApi } from './badge';
import type { BackgroundServices } from './services';
import { openPanelOnActionClick, type ClickEvent, type PanelApis } from './side-panel';
import { followTabs } from './tab-lifecycle';
import { TabReportStore } from './tab-reports';

type BrowserApi = typeof Browser;

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function actionApi(api: BrowserApi): (BadgeApi & { onClicked: ClickEvent }) | undefined {
  // Feature-detect at run time: the types declare both, a given browser and manifest version has one.
  return api.action ?? api.browserAction;
}

/**
 * Registers every background listener synchronously (a worker woken by an event must have its
 * listener in place before its first await). Returns a function that removes them all again.
 */
export function registerListeners(api: BrowserApi, services: BackgroundServices, log: (m: string) => void): () => void {
  const action = actionApi(api);
  const env: HandlerEnv = {
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL('/'),
    services,
    reports: new TabReportStore(api.storage?.session),
    action,
    currentTabUrl: async (tabId) => {
      try {
        // Chrome rejects for a closed tab; other implementations resolve undefined.
        return (await api.tabs.get(tabId))?.url ?? null;
      } catch {
        return null; // the tab is gone
      }
    },
  };
  const settingsEnv: SettingsEnv = { ...env, local: api.storage?.local };
  // Tells an open side panel that a tab's report changed; with no panel open nobody listens, which is fine.
  const announce = (tabId: number): void => {
    sendMessage('reportUpdated', { tabId }).catch(() => undefined);
  };
  const onInstalled = () => {
    services.ready().catch((error: unknown) => log(`seeding failed: ${String(error)}`));
  };
  api.runtime.onInstalled.addListener(onInstalled);
  const removers = [
    () => api.runtime.onInstalled.removeListener(onInstalled),
    onMessage('reportArticle', ({ data, sender }) => safely(async () => {
      const reply = await handleReportArticle(env, data, sender);
      if (reply.ok) announce(reply.value.tabId);
      return reply;
    })),
    onMessage('getTabReport', ({ data, sender }) => safely(async () => withLoadingState(await handleGetTabReport(env, data, sender), services))),
    onMessage('getSettings', ({ data, sender }) => safely(() => handleGetSettings(settingsEnv, data, sender))),
    onMessage('updateSettings', ({ data, sender }) => safely(() => handleUpdateSettings(settingsEnv, data, sender))),
    followCommands((api as { commands?: { onCommand: CommandEvent } }).commands?.onCommand, {
      activeTabId: async () => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
      stepQuote: (tabId, step) => sendMessage('stepQuote', { step }, tabId),
      log,
    }),
    followTabs(api.tabs, env.reports, action),
    openPanelOnActionClick(
      {
        sidePanel: api.sidePanel,
        sidebarAction: (api as { sidebarAction?: PanelApis['sidebarAction'] }).sidebarAction,
        action,
      },
      log,
    ),
  ];
  return () => removers.forEach((remove) => remove());
}
