/**
 * Subheads: short display lines that sit between body paragraphs. They are kept
 * apart from the body so paragraph counts and quote positions stay comparable
 * between outlets that do and do not use them.
 */
import { cleanLine, endsSentence, isProse, isUpperCase, wordCount } from './text-shape';

/** Longest line (in words) still read as a display line rather than a paragraph. */
export const MAX_SUBHEAD_WORDS = 16;

/** True when a line is shaped like a subhead: short, no sentence-final punctuation. */
export function isSubheadShape(line: string): boolean {
  const t = line.trim();
  return wordCount(t) >= 1 && wordCount(t) <= MAX_SUBHEAD_WORDS && t.length <= 140 && !endsSentence(t) && !/[:;,]$/.test(t);
}

/** Subhead test that also admits longer lines the page itself marked as display text (headings, run-in caps). */
export function isSubheadLine(line: string, markedDisplay: boolean): boolean {
  if (!markedDisplay) return isSubheadShape(line);
  return wordCount(line) <= 25 && line.length <= 200;
}

// An explicit gap (NBSP or 2+ spaces) right after an upper-case run is the strongest sign
// that a template flattened "<h3>HEADING</h3><p>text</p>" onto one line.
const GAP_SPLIT = /^(.{8,160}?)(?:[ \t]*\u00a0[\s\u00a0]*|[ \t]{2,})(\S.*)$/su;
const GAP = /\u00a0|[ \t]{2}/;
// Without a gap: the upper-case run ends where a capitalised mixed-case word begins.
const CASE_SPLIT = /^((?:[\p{Lu}\d][\p{Lu}\d'’&.,-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d'’&.,-]*)\s+(?=[“"‘'(]?\p{Lu}\p{Ll})(.+)$/su;

function acceptableHead(head: string, rest: string): boolean {
  const h = cleanLine(head);
  // Datelines ("MOSCOW:", "LONDON —", "RIO DE JANEIRO, Nov 26 (Reuters) -") stay with their paragraph.
  if (/[:,—–(-]$/.test(h) || h.includes('(')) return false;
  return isUpperCase(h) && wordCount(h) >= 3 && wordCount(h) <= MAX_SUBHEAD_WORDS && isProse(cleanLine(rest), 6);
}

/** Splits an UPPER-CASE subhead run into the start of a paragraph ("HEADING   Text …"); null when there is none. */
export function splitRunInSubhead(rawLine: string): { subhead: string; rest: string } | null {
  const line = rawLine.trim();
  // A head must be all capitals, so a line opening with a lower-case letter has none; and GAP_SPLIT needs
  // its gap (its lazy prefix would otherwise be retried at up to 160 offsets on every paragraph).
  const first = line.charAt(0);
  if (first !== first.toUpperCase()) return null;
  for (const re of [GAP.test(line) ? GAP_SPLIT : null, CASE_SPLIT]) {
    const m = re?.exec(line);
    if (m && acceptableHead(m[1]!, m[2]!)) return { subhead: cleanLine(m[1]!), rest: cleanLine(m[2]!) };
  }
  return null;
}
