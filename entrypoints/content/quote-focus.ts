import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabReport } from '../../lib/messaging/protocol';
import type { PageRange } from '../../lib/quotes/page-ranges';
import type { CardHost } from './card-host';
import { scrollToRange } from './flash';
import { setActiveHighlight } from './highlights';

/** Which quote is current (hover, keyboard or the side panel) and the card that describes it. */
export interface QuoteFocus {
  /** New page data: forgets the current quote. */
  reset(report: TabReport | null, ranges: PageRange[]): void;
  /** The pointer is on a quote (x: pointer position) or left it (null). */
  hover(target: PageRange | null, pointerX?: number): void;
  /** Moves to the next (1) or previous (-1) quote in the page, wrapping; returns its index or -1. */
  step(step: 1 | -1): number;
  /** Makes the quote with this report index current, scrolled into view with its card; false if not on the page. */
  open(quote: number): boolean;
  /** Closes the card (Escape, scrolling away). */
  close(): void;
}

/**
 * Keeps one current quote for every way of reaching one, so hovering, the next/previous-quote commands and
 * a click in the side panel all show the same card. Keyboard moves also select the quote's text, which
 * moves the caret there and lets a screen reader read it; the card is announced through its live region.
 */
export function createQuoteFocus(ctx: ContentScriptContext, card: CardHost): QuoteFocus {
  let report: TabReport | null = null;
  let ranges: PageRange[] = [];
  let current = -1; // index into ranges
  let shown: 'none' | 'pointer' | 'keys' = 'none';
  // Bumped by every close: a card scheduled before an Escape must not reopen after it.
  let generation = 0;

  const showCard = (i: number, pointerX?: number, announce = false): void => {
    const target = ranges[i];
    const quote = target && report?.quotes[target.quote];
    if (!target || !quote || !report) return;
    setActiveHighlight(target.range);
    const box = target.range.getBoundingClientRect();
    card.show({ report, quote: target.quote, announce }, box, pointerX ?? (box.left + box.right) / 2);
    shown = pointerX === undefined ? 'keys' : 'pointer';
  };
  const close = (): void => {
    generation++;
    setActiveHighlight(null);
    card.hide();
    shown = 'none';
  };
  const moveTo = (i: number): void => {
    const target = ranges[i];
    if (!target) return;
    current = i;
    scrollToRange(target.range);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(target.range.cloneRange());
    // Place the card once the scroll has been painted, or it would point at where the quote was.
    const scheduled = generation;
    ctx.requestAnimationFrame(() => ctx.requestAnimationFrame(() => {
      if (scheduled === generation) showCard(i, undefined, true);
    }));
  };

  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  });
  // The card is fixed to where the quote was: after a scroll a pointer's card closes (the pointer is
  // elsewhere now) and a keyboard card follows its quote.
  ctx.addEventListener(window, 'scroll', () => {
    if (shown === 'pointer') close();
    else if (shown === 'keys') showCard(current);
  }, { passive: true, capture: true });

  return {
    reset(next, nextRanges) {
      close();
      report = next;
      ranges = nextRanges;
      current = -1;
    },
    hover(target, pointerX) {
      if (!target) return shown === 'pointer' ? close() : undefined;
      const i = ranges.indexOf(target);
      if (i < 0) return;
      current = i;
      showCard(i, pointerX ?? 0);
    },
    step(step) {
      if (ranges.length === 0) return -1;
      const next = current < 0 ? (step > 0 ? 0 : ranges.length - 1) : (current + step + ranges.length) % ranges.length;
      moveTo(next);
      return ranges[next]!.quote;
    },
    open(quote) {
      const i = ranges.findIndex((r) => r.quote === quote);
      if (i < 0) return false;
      moveTo(i);
      return true;
    },
    close,
  };
}
