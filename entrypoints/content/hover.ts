import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRange } from '../../lib/quotes/page-ranges';

/** How often at most the pointer position is checked against the quotes. */
const THROTTLE_MS = 60;

interface HoverHandlers {
  ranges: () => PageRange[];
  enter: (target: PageRange, pointerX: number) => void;
  leave: () => void;
}

/** The quote whose line boxes contain the point; rects, not caret APIs, so gaps between lines do not count. */
export function rangeAt(ranges: PageRange[], x: number, y: number): PageRange | null {
  for (const pr of ranges) {
    for (const r of Array.from(pr.range.getClientRects())) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return pr;
    }
  }
  return null;
}

/**
 * Watches the pointer (throttled) and calls enter/leave as it moves on and off a quote. Escape, scrolling
 * and leaving the window also call leave. Every listener and timer goes through ctx, so nothing outlives it.
 */
export function watchHover(ctx: ContentScriptContext, h: HoverHandlers): void {
  let current: PageRange | null = null;
  let pending = false;
  let x = 0;
  let y = 0;

  const leave = (): void => {
    if (current) h.leave();
    current = null;
  };
  const check = (): void => {
    pending = false;
    const hit = rangeAt(h.ranges(), x, y);
    if (hit === current) return;
    if (!hit) return leave();
    current = hit;
    h.enter(hit, x);
  };

  ctx.addEventListener(document, 'mousemove', (e: MouseEvent) => {
    x = e.clientX;
    y = e.clientY;
    if (pending || h.ranges().length === 0) return;
    pending = true;
    ctx.setTimeout(check, THROTTLE_MS);
  }, { passive: true });
  ctx.addEventListener(document, 'mouseout', (e: MouseEvent) => {
    if (!e.relatedTarget) leave(); // the pointer left the window
  });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') leave();
  });
  // The card is fixed to where the quote was: after a scroll it would point at the wrong text.
  ctx.addEventListener(window, 'scroll', leave, { passive: true, capture: true });
}
