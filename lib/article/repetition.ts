/**
 * Pull quotes repeat words from the body. Finding a line's wording inside a
 * longer body paragraph is a site-independent way to tell a pull quote from a
 * subhead or a short paragraph.
 */
import { foldForCompare, wordCount } from './text-shape';

// Quoted spans in any of the usual quote marks; the closing mark must not be followed
// by a letter, so apostrophes inside words ("Putin’s") do not end a span.
const QUOTED = /[“"‘«]([^“”"‘’«»]{8,}?)(?:[”"’»](?!\p{L}))/gu;

function contains(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * True when the line, or (with `spans`) a quoted span of four words or more in it, reappears inside a longer line of `others`.
 * Spans are only checked for display lines: full paragraphs legitimately repeat a quote.
 */
export function quotedRepeat(line: string, others: string[], spans = true): boolean {
  const folded = foldForCompare(line);
  const needles: string[] = [];
  for (const m of spans ? line.matchAll(QUOTED) : []) {
    const span = foldForCompare(m[1]!);
    if (wordCount(span) >= 4) needles.push(span);
  }
  if (wordCount(folded) >= 5) needles.push(folded);
  if (needles.length === 0) return false;
  return others.some((o) => {
    if (o === line) return false;
    const f = foldForCompare(o);
    return f.length > folded.length && needles.some((n) => contains(f, n));
  });
}
