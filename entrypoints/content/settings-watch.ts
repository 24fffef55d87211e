import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SETTINGS_KEY, type StoredSettings } from '../../lib/messaging/protocol';
import { parseStoredSettings } from '../../lib/messaging/validate';

/** The reader's settings as the background stored them (defaults when unreadable: Parallax on). */
export async function readSettings(): Promise<StoredSettings> {
  try {
    return parseStoredSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return parseStoredSettings(undefined);
  }
}

/** Whether the reader turned Parallax off for this page's site. */
export function siteIsOff(settings: StoredSettings, host: string = location.hostname): boolean {
  return settings.disabledSites.includes(host);
}

/** Calls `onChange` with the new settings whenever the background writes them; stops with ctx. */
export function watchSettings(ctx: ContentScriptContext, onChange: (settings: StoredSettings) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(SETTINGS_KEY in changes) || !ctx.isValid) return;
    onChange(parseStoredSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
