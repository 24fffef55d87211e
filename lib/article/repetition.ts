/**
 * Pull quotes repeat words from the body. Finding a line's wording inside a
 * longer body paragraph, exactly or with a few words changed, is a
 * site-independent way to tell a pull quote from a subhead or a short paragraph.
 */
import { foldForCompare, wordCount } from './text-shape';

// Quoted spans in any of the usual quote marks; the closing mark must not be followed
// by a letter, so apostrophes inside words ("Putin’s") do not end a span.
const QUOTED = /[“"‘«]([^“”"‘’«»]{8,}?)(?:[”"’»](?!\p{L}))/gu;

/** Share of a line's word pairs found in one longer paragraph above which the line is a reworded copy of it. */
const NEAR_COPY = { display: 0.6, sentence: 0.75 };

interface Entry { folded: string; padded: string; pairs?: Set<string> }

/** The body's paragraphs, folded once, so each candidate line is compared without re-folding them. */
export interface RepeatIndex { entries: Entry[] }

function pairsOf(folded: string): string[] {
  const w = folded.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 1; i < w.length; i++) out.push(`${w[i - 1]} ${w[i]}`);
  return out;
}

/** Folds the body paragraphs once for repeated `quotedRepeat` calls. */
export function repeatIndex(texts: string[]): RepeatIndex {
  return {
    entries: texts.map((t) => {
      const folded = foldForCompare(t);
      return { folded, padded: ` ${folded} ` };
    }),
  };
}

/**
 * True when the line, or (with `spans`) a quoted span of four words or more in it, reappears inside a longer
 * paragraph of the index, verbatim or nearly (most of its word pairs in one paragraph: pull quotes are
 * often edited to fit). Spans are only checked for display lines: full paragraphs legitimately repeat a quote.
 */
export function quotedRepeat(line: string, index: RepeatIndex | string[], spans = true): boolean {
  const idx = Array.isArray(index) ? repeatIndex(index) : index;
  const folded = foldForCompare(line);
  const needles: string[] = [];
  for (const m of spans ? line.matchAll(QUOTED) : []) {
    const span = foldForCompare(m[1]!);
    if (wordCount(span) >= 4) needles.push(span);
  }
  const words = wordCount(folded);
  if (words >= 5) needles.push(folded);
  if (needles.length === 0) return false;
  const longer = idx.entries.filter((e) => e.folded.length > folded.length);
  if (longer.some((e) => needles.some((n) => e.padded.includes(` ${n} `)))) return true;
  // Rewording is only looked for where a pull quote can hide: display lines and lines holding a quotation.
  if (words < 6 || (!spans && !/[“"‘«]/.test(line))) return false;
  const pairs = pairsOf(folded);
  const need = (spans ? NEAR_COPY.display : NEAR_COPY.sentence) * pairs.length;
  // Only a clearly longer paragraph can be the source: two similar paragraphs of one length are both reporting.
  return longer.some((e) => {
    if (e.folded.length < folded.length * 1.2) return false;
    const set = (e.pairs ??= new Set(pairsOf(e.folded)));
    return pairs.filter((p) => set.has(p)).length >= need;
  });
}
