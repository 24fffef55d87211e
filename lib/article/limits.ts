/**
 * Size limits checked before any expensive work, so a pathological page (a
 * giant table, a log dump, a 10 MB text) is declined quickly instead of
 * freezing the tab or the CLI.
 */

/** Most elements a document may have before extraction declines it. */
export const MAX_ELEMENTS = 100_000;
/** Most characters of text a page (or a plain text) may have before extraction declines it. */
export const MAX_TEXT_CHARS = 5_000_000;

/** Table cells on a page above which big tables are removed before Readability (it scores every cell). */
export const MAX_TABLE_CELLS = 2_000;
/** Cells above which one table is treated as a data dump: never body text, and costly to score. */
const BIG_TABLE_CELLS = 500;

/** Removes data-dump tables from a document Readability is about to consume; returns how many went. Innermost first, so a layout table around the story survives. */
export function dropBigTables(doc: Document): number {
  let dropped = 0;
  const tables = Array.from(doc.querySelectorAll('table')).reverse();
  for (const table of tables) {
    if (table.querySelectorAll('td, th').length <= BIG_TABLE_CELLS) continue;
    table.remove();
    dropped++;
  }
  return dropped;
}

/** Counts a document's elements cheaply (falls back for DOMs whose getElementsByTagName('*') is incomplete). */
export function countElements(doc: Document): number {
  const n = doc.getElementsByTagName('*').length;
  if (n > 0 || !doc.documentElement) return n;
  return doc.querySelectorAll('*').length;
}

/** Returns "too-large" when the document is over the limits, else null. */
export function documentTooLarge(doc: Document): 'too-large' | null {
  if (countElements(doc) > MAX_ELEMENTS) return 'too-large';
  const textLength = doc.documentElement?.textContent?.length ?? 0;
  return textLength > MAX_TEXT_CHARS ? 'too-large' : null;
}

/** Estimates from raw HTML, before parsing, whether the page would exceed the limits (tag count, text without markup). */
export function htmlTooLarge(html: string): 'too-large' | null {
  // Markup can legitimately outweigh text several times over (inline scripts, JSON state).
  if (html.length > MAX_TEXT_CHARS * 8) return 'too-large';
  let tags = 0;
  const tagRe = /<[a-zA-Z]/g;
  while (tagRe.exec(html) && ++tags <= MAX_ELEMENTS);
  if (tags > MAX_ELEMENTS) return 'too-large';
  if (html.length <= MAX_TEXT_CHARS) return null;
  const text = html.replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>/g, '');
  return text.length > MAX_TEXT_CHARS ? 'too-large' : null;
}

/** Returns "too-large" for a plain text over the character limit, else null. */
export function textTooLarge(text: string): 'too-large' | null {
  return text.length > MAX_TEXT_CHARS ? 'too-large' : null;
}
