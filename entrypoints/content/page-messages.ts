import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../../lib/messaging/messenger';
import type { InPageTarget } from '../../lib/messaging/protocol';
import { ok, type Result } from '../../lib/messaging/result';
import { checkExtensionPageSender, type SenderLike } from '../../lib/messaging/sender';
import { parseInPageTarget, parseStepQuote } from '../../lib/messaging/validate';

/** What the page does for the extension's other contexts. */
export interface PageActions {
  show(target: InPageTarget): boolean;
  step(step: 1 | -1): number;
}

/** Only this extension's own pages and worker may drive the page (a page cannot reach this listener anyway). */
function allowed(sender: SenderLike | undefined): Result<true> {
  return checkExtensionPageSender(sender, browser.runtime.id, browser.runtime.getURL('/'));
}

/**
 * Answers the side panel's "show this quote/paragraph" and the keyboard commands' "next/previous quote",
 * each checked (sender, payload) and answered as a Result. The listeners go away with ctx.
 */
export function listenForPageActions(ctx: ContentScriptContext, actions: PageActions): void {
  const removers = [
    onMessage('showInPage', ({ data, sender }) => {
      const from = allowed(sender);
      if (!from.ok) return from;
      const target = parseInPageTarget(data);
      return target.ok ? ok(actions.show(target.value)) : target;
    }),
    onMessage('stepQuote', ({ data, sender }) => {
      const from = allowed(sender);
      if (!from.ok) return from;
      const payload = parseStepQuote(data);
      return payload.ok ? ok(actions.step(payload.value.step)) : payload;
    }),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}
