import { fail, ok, type Result } from './result';

/** The parts of a runtime.MessageSender the checks read (all optional: a forged sender may lack any). */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** The tab a content script speaks for, as the browser (not the page) reports it. */
export interface TabOrigin {
  tabId: number;
  url: string;
}

function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Accepts only this extension's content script in the top frame of an http(s) tab, and returns the
 * tab's real URL: the page's own claim about its URL is never used for storage or exclusion.
 */
export function checkContentScriptSender(sender: SenderLike | undefined, extensionId: string): Result<TabOrigin> {
  if (!sender || sender.id !== extensionId) return fail('forbidden-sender', 'message is not from this extension');
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return fail('forbidden-sender', 'message is not from a tab');
  if (sender.frameId !== 0) return fail('forbidden-sender', 'message is not from the top frame');
  const url = sender.tab?.url;
  if (!isHttpUrl(url)) return fail('forbidden-sender', 'tab is not an http(s) page');
  return ok({ tabId, url });
}

/**
 * Accepts only this extension's own pages (side panel, sidebar, or such a page opened in a tab).
 * A content script has the extension's id too, so the frame's URL must be the extension's, and
 * when a tab is known its URL must be as well.
 */
export function checkExtensionPageSender(
  sender: SenderLike | undefined,
  extensionId: string,
  extensionOrigin: string,
): Result<true> {
  if (!sender || sender.id !== extensionId) return fail('forbidden-sender', 'message is not from this extension');
  if (!sender.url?.startsWith(extensionOrigin)) return fail('forbidden-sender', 'message is not from an extension page');
  if (sender.tab && !sender.tab.url?.startsWith(extensionOrigin)) {
    return fail('forbidden-sender', 'message is from a content script tab');
  }
  return ok(true);
}
