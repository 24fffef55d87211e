import { wordTokens } from './tokens';

/** Words that editions spell differently ("19 per cent" / "19%", "Nato" / "NATO") folded to one form. */
function canonicalTokens(text: string): string[] {
  return wordTokens(text.replace(/(\d)\s*(?:%|per\s*cent\b|percent\b)/gi, '$1 percent'));
}

/** How many words make one shingle: long enough that shared runs mean shared copy, not shared topic. */
export const SHINGLE_SIZE = 4;

/** The set of k-word runs of a text (a text shorter than k words is one shingle of all its words). */
export function shingles(text: string, k: number = SHINGLE_SIZE): Set<string> {
  const words = canonicalTokens(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** The share of `part`'s shingles that also occur in `whole` (0 when `part` is empty). */
export function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const s of part) if (whole.has(s)) shared++;
  return shared / part.size;
}
