/** Names of the CSS highlights, shared with the content script's CSS (`::highlight(...)`). */
export const QUOTE_HIGHLIGHT = 'parallax-quote';
const ACTIVE_HIGHLIGHT = 'parallax-quote-active';

/** Whether this browser has the CSS Custom Highlight API (happy-dom and older browsers do not). */
export function canHighlight(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** Replaces Parallax's quote highlights with these ranges (none clears them). No DOM node is created. */
export function setQuoteHighlights(ranges: Range[]): void {
  if (!canHighlight()) return;
  clearHighlights();
  if (ranges.length) CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(...ranges));
}

/** Marks the quote under the pointer (null unmarks). */
export function setActiveHighlight(range: Range | null): void {
  if (!canHighlight()) return;
  if (range) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
}

/** Removes every highlight Parallax added. */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  CSS.highlights.delete(QUOTE_HIGHLIGHT);
  CSS.highlights.delete(ACTIVE_HIGHLIGHT);
}
