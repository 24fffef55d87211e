import { sendMessage } from '../../lib/messaging/messenger';
import type { InPageTarget } from '../../lib/messaging/protocol';

/**
 * Asks the tab's content script to scroll to a quote or paragraph and flash it. Resolves false when
 * the page no longer has it or has no content script (a reloaded extension, a page turned off).
 */
export async function showInPage(tabId: number, target: InPageTarget): Promise<boolean> {
  try {
    const reply = await sendMessage('showInPage', target, tabId);
    return reply.ok && reply.value;
  } catch {
    return false;
  }
}
