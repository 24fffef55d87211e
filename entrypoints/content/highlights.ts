import { SPEAKER_SLOTS } from '../../components/speaker-slot';

/** Every quote of the page, in report order: the underline all quotes share (and what tests count). */
export const QUOTE_HIGHLIGHT = 'parallax-quote';
/** Quotes of the n-th speaker slot (the page's CSS gives each slot its own tint). */
export const speakerHighlight = (slot: number): string => (slot < 0 ? 'parallax-unattributed' : `parallax-speaker-${slot}`);
const ACTIVE_HIGHLIGHT = 'parallax-quote-active';
const FLASH_HIGHLIGHT = 'parallax-flash';
const UNIQUE_HIGHLIGHT = 'parallax-unique';
const ALL_NAMES = [
  QUOTE_HIGHLIGHT, ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, UNIQUE_HIGHLIGHT, speakerHighlight(-1),
  ...Array.from({ length: SPEAKER_SLOTS }, (_, i) => speakerHighlight(i)),
];

/** Whether this browser has the CSS Custom Highlight API (happy-dom and older browsers do not). */
export function canHighlight(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

function put(name: string, ranges: Range[], priority = 0): void {
  if (ranges.length === 0) return void CSS.highlights.delete(name);
  const highlight = new Highlight(...ranges);
  // Quotes paint over the paragraph marks; the active quote and a flash paint over everything.
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/**
 * Replaces Parallax's quote highlights: one underline set for all quotes, and one tinted set per
 * speaker slot (`slots[i]` for `ranges[i]`, -1 for unattributed). No DOM node is created or changed.
 */
export function setQuoteHighlights(ranges: Range[], slots: number[] = []): void {
  if (!canHighlight()) return;
  for (const name of [QUOTE_HIGHLIGHT, speakerHighlight(-1), ...Array.from({ length: SPEAKER_SLOTS }, (_, i) => speakerHighlight(i))]) {
    CSS.highlights.delete(name);
  }
  put(QUOTE_HIGHLIGHT, ranges, 1);
  const bySlot = new Map<number, Range[]>();
  ranges.forEach((r, i) => {
    const slot = slots[i] ?? -1;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), r]);
  });
  for (const [slot, list] of bySlot) put(speakerHighlight(slot), list, 1);
}

/** Marks the paragraphs only this version carries (none clears the marks). */
export function setUniqueHighlights(ranges: Range[]): void {
  if (canHighlight()) put(UNIQUE_HIGHLIGHT, ranges, 0);
}

/** Marks the quote under the pointer or keyboard focus (null unmarks). */
export function setActiveHighlight(range: Range | null): void {
  if (canHighlight()) put(ACTIVE_HIGHLIGHT, range ? [range] : [], 2);
}

/** Shows or hides the flash mark on a range the reader asked to see from the side panel. */
export function setFlash(range: Range | null): void {
  if (canHighlight()) put(FLASH_HIGHLIGHT, range ? [range] : [], 3);
}

/** Removes every highlight Parallax added. */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  for (const name of ALL_NAMES) CSS.highlights.delete(name);
}
