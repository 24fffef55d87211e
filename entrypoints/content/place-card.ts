/** A rectangle in viewport coordinates (a DOMRect fits). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the card goes: its top-left corner in viewport pixels, and on which side of the quote. */
export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

/**
 * Places a card of `size` next to the quote's box without covering it: below when it fits, else above,
 * else on the side with more room (the quote then keeps its visible part uncovered). Horizontally it
 * follows the pointer and stays inside the viewport.
 */
export function placeCard(
  quote: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  pointerX: number,
  gap = 8,
): Placement {
  const below = quote.bottom + gap;
  const above = quote.top - gap - size.height;
  const fitsBelow = below + size.height <= viewport.height;
  const fitsAbove = above >= 0;
  const side = fitsBelow || (!fitsAbove && viewport.height - quote.bottom >= quote.top) ? 'below' : 'above';
  const top = side === 'below' ? below : above;
  const maxLeft = Math.max(gap, viewport.width - size.width - gap);
  const left = Math.min(Math.max(pointerX - size.width / 2, gap), maxLeft);
  return { top: Math.round(top), left: Math.round(left), side };
}
