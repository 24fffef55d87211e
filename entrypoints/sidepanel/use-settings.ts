import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/messenger';
import type { TabSettings } from '../../lib/messaging/protocol';

/** The settings for the tab's site, and a function that changes them through the background. */
export function useSettings(tabId: number | null, url: string | undefined) {
  const [settings, setSettings] = useState<TabSettings | null>(null);
  useEffect(() => {
    if (tabId === null) return setSettings(null);
    let alive = true;
    sendMessage('getSettings', { tabId })
      .then((reply) => alive && setSettings(reply.ok ? reply.value : null))
      .catch(() => alive && setSettings(null));
    return () => void (alive = false);
  }, [tabId, url]);
  const update = useCallback((change: { siteEnabled?: boolean; markUnique?: boolean }) => {
    if (tabId === null) return;
    void sendMessage('updateSettings', { tabId, ...change })
      .then((reply) => reply.ok && setSettings(reply.value))
      .catch(() => undefined);
  }, [tabId]);
  return { settings, update };
}
