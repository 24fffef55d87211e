import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../lib/messaging/messenger';
import type { TabReport } from '../../lib/messaging/protocol';
import { quoteRanges, type PageRange } from '../../lib/quotes/page-ranges';
import { createCardHost } from './card-host';
import { extractArticle } from './extract';
import { gate } from './gates';
import { clearHighlights, setActiveHighlight, setQuoteHighlights } from './highlights';
import { watchHover } from './hover';

/** How long extraction may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * One page's life: gate, extract at idle, report once, highlight the quotes from the reply, show cards
 * on hover. An in-page navigation clears everything and starts over; replies for an old URL are dropped.
 */
export function startPageSession(ctx: ContentScriptContext): void {
  let report: TabReport | null = null;
  let ranges: PageRange[] = [];
  let generation = 0;
  const card = createCardHost(ctx);

  const reset = (): void => {
    report = null;
    ranges = [];
    card.hide();
    clearHighlights();
  };

  const run = async (gen: number): Promise<void> => {
    const t0 = performance.now();
    const outcome = gate();
    if (outcome === 'skip') return;
    const article = extractArticle(outcome === 'too-large');
    // Debug level: hidden by default; the e2e run reads these lines to watch the 50 ms budget.
    console.debug(`[parallax] extract ${Math.round(performance.now() - t0)} ms (${outcome})`);
    let reply;
    try {
      reply = await sendMessage('reportArticle', { article });
    } catch (err) {
      // The background may be restarting or the extension reloaded: nothing to show, nothing to break.
      console.debug('[parallax] report failed', err);
      return;
    }
    if (gen !== generation || !ctx.isValid) return;
    if (!reply.ok) return;
    report = reply.value;
    const t1 = performance.now();
    ranges = quoteRanges(document.body, report.article.paragraphs, report.quotes);
    setQuoteHighlights(ranges.map((r) => r.range));
    console.debug(`[parallax] highlight ${Math.round(performance.now() - t1)} ms`);
  };

  const schedule = (): void => {
    const gen = ++generation;
    const go = (): void => void run(gen);
    if (typeof window.requestIdleCallback === 'function') ctx.requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
    else ctx.setTimeout(go, 200);
  };

  watchHover(ctx, {
    ranges: () => ranges,
    enter: (target, pointerX) => {
      const quote = report?.quotes[target.quote];
      if (!quote) return;
      setActiveHighlight(target.range);
      card.show(quote, target.range.getBoundingClientRect(), pointerX);
    },
    leave: () => {
      setActiveHighlight(null);
      card.hide();
    },
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    reset();
    schedule();
  });
  ctx.onInvalidated(reset);
  schedule();
}
