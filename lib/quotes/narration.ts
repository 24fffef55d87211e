import { findQuoteSpans } from './quote-spans';

const cache = new Map<string, string>();

/**
 * The writer's own words of a paragraph: every quoted stretch blanked out (same length, so offsets hold).
 * Looking back for whom "he" or "the company" means must not read names out of someone's quote
 * (“Well, I had a clear view,” … “I’ve scored …”).
 */
export function narration(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let out = text;
  for (const s of findQuoteSpans(text)) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  if (cache.size > 500) cache.clear();
  cache.set(text, out);
  return out;
}
