/**
 * Shape tests for single lines of page text. Noise and subhead rules are written
 * against these shapes (length, case, final punctuation) rather than against
 * particular wordings, so they carry over to pages we have never seen.
 */
import { fold } from './fold';

// NBSP, narrow NBSP, thin/figure spaces and zero-width marks all arrive from CMS
// templates; treat them as ordinary spaces (or nothing) before any other rule runs.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

// Anything cleanLine would change; most lines (already collapsed by dom-blocks) have none of it.
const NEEDS_CLEAN = /[\u00ad\u200b-\u200d\u2060\ufeff\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

/** Trims a line and folds NBSP/odd spaces into single spaces. */
export function cleanLine(text: string): string {
  if (!NEEDS_CLEAN.test(text)) return text;
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** True for the character codes JavaScript's \s matches (and String#trim removes). */
export function isSpaceCode(c: number): boolean {
  // Letters and punctuation (33-159) are most of any text: two comparisons settle them.
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;
}

/** Counts whitespace-separated words. */
export function wordCount(text: string): number {
  // A character loop: this runs on every line many times, and split() allocates an array each time.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Length of the text with whitespace runs counted as one character and the ends trimmed, as a reader sees it. */
export function collapsedLength(text: string | null | undefined): number {
  if (!text) return 0;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) pendingSpace = n > 0;
    else {
      n += pendingSpace ? 2 : 1;
      pendingSpace = false;
    }
  }
  return n;
}

// Closing quotes/brackets may follow the full stop: `…yet.”` or `…(Reuters).`
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINALS = new Set(['.', '!', '?', '…']);

/** True when the line ends like a finished sentence (full stop, ?, ! possibly inside closing quotes). */
export function endsSentence(text: string): boolean {
  // Read backwards from the end rather than with an end-anchored pattern, which V8 tries at every offset.
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && TERMINALS.has(text[i]!);
}

/** True when the first letter of the line is lower-case: a continuation of a broken line. */
export function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  // Most lines start with an ASCII letter: answer without the unicode pattern.
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return false;
  // Only a letter among the first three characters counts; the slice keeps the search short.
  const m = /\p{L}/u.exec(text.slice(0, 8));
  return !!m && m.index < 3 && m[0] === m[0].toLowerCase() && m[0] !== m[0].toUpperCase();
}

/** True when every cased letter in the text is upper-case and there are at least a few letters. */
export function isUpperCase(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase());
  return cased.length >= 4 && cased.every((c) => c === c.toUpperCase());
}

/** True for prose: a finished sentence of some length that starts like a sentence. */
export function isProse(text: string, minWords = 8): boolean {
  return wordCount(text) >= minWords && endsSentence(text) && !startsLowercase(text);
}

// The same paragraphs are folded by several checks (pull quotes, title echo, header); the
// unicode-class regex is slow enough that remembering recent results pays for itself.
const foldCache = new Map<string, string>();

/** Forgets remembered folds: called at the start of each extraction so one page never benefits from another. */
export function resetFoldCache(): void {
  foldCache.clear();
}

/** Normalises text for repetition checks: lower-case letters and digits only, quotes ignored. */
export function foldForCompare(text: string): string {
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const folded = fold(text.toLowerCase());
  if (foldCache.size > 4000) foldCache.clear();
  foldCache.set(text, folded);
  return folded;
}

/** True when the words look like a name list: 1-4 capitalised words per comma/and-separated part. */
export function isNameList(text: string): boolean {
  const parts = text.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return false;
  return parts.every((p) => {
    const words = p.split(/\s+/);
    return words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w));
  });
}
