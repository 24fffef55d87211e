import type { browser } from 'wxt/browser';
import { SETTINGS_KEY, type StoredSettings, type TabSettings } from '../../lib/messaging/protocol';
import { ok, type Result } from '../../lib/messaging/result';
import { checkExtensionPageSender, type SenderLike } from '../../lib/messaging/sender';
import { parseGetTabReport, parseStoredSettings, parseUpdateSettings } from '../../lib/messaging/validate';

/** The storage area settings live in (storage.local: they outlast the browser session). */
export type LocalArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** What the settings handlers need: who may call, where settings live, and the tab's real URL. */
export interface SettingsEnv {
  extensionId: string;
  extensionOrigin: string;
  local: LocalArea | undefined;
  currentTabUrl: (tabId: number) => Promise<string | null>;
}

/** The site a URL belongs to, as the reader thinks of it: its host name; null for non-web pages. */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

async function read(local: LocalArea | undefined): Promise<StoredSettings> {
  return parseStoredSettings((await local?.get(SETTINGS_KEY))?.[SETTINGS_KEY]);
}

function forTab(stored: StoredSettings, site: string | null): TabSettings {
  return { site, siteEnabled: !site || !stored.disabledSites.includes(site), markUnique: stored.markUnique };
}

/** side panel → background: the settings as they apply to a tab's site (from the tab's real URL). */
export async function handleGetSettings(env: SettingsEnv, data: unknown, sender: SenderLike | undefined): Promise<Result<TabSettings>> {
  const allowed = checkExtensionPageSender(sender, env.extensionId, env.extensionOrigin);
  if (!allowed.ok) return allowed;
  const payload = parseGetTabReport(data);
  if (!payload.ok) return payload;
  return ok(forTab(await read(env.local), siteOf(await env.currentTabUrl(payload.value.tabId))));
}

/**
 * side panel → background: switches Parallax off or on for the tab's site, or the unique-paragraph
 * marks. Content scripts watch the stored value and re-run or clear themselves.
 */
export async function handleUpdateSettings(env: SettingsEnv, data: unknown, sender: SenderLike | undefined): Promise<Result<TabSettings>> {
  const allowed = checkExtensionPageSender(sender, env.extensionId, env.extensionOrigin);
  if (!allowed.ok) return allowed;
  const payload = parseUpdateSettings(data);
  if (!payload.ok) return payload;
  const { tabId, siteEnabled, markUnique } = payload.value;
  const site = siteOf(await env.currentTabUrl(tabId));
  const stored = await read(env.local);
  const others = stored.disabledSites.filter((s) => s !== site);
  const next: StoredSettings = {
    disabledSites: site && siteEnabled !== undefined ? (siteEnabled ? others : [...others, site]) : stored.disabledSites,
    markUnique: markUnique ?? stored.markUnique,
  };
  await env.local?.set({ [SETTINGS_KEY]: next });
  return ok(forTab(next, site));
}
