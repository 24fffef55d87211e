import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setFlash } from './highlights';

/** On, off, on, off: two pulses a reader's eye catches after the page scrolls. */
const PULSES_MS = [0, 350, 600, 1300];

/** Scrolls a range to the middle of the viewport unless it is already fully in view. */
export function scrollToRange(range: Range): void {
  const box = range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0) return;
  // Scroll the range's own element: a Range cannot be scrolled to directly.
  const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** Scrolls to a range and flashes it; a newer flash cancels the pulses of an older one. */
export function createFlasher(ctx: ContentScriptContext): (range: Range) => void {
  let timers: number[] = [];
  return (range) => {
    timers.forEach((t) => clearTimeout(t));
    scrollToRange(range);
    timers = PULSES_MS.map((ms, i) => ctx.setTimeout(() => setFlash(i % 2 === 0 ? range : null), ms));
  };
}
