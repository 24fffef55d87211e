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

interface Entry { folded: string; pairs?: Set<number> }

/** The body's paragraphs, folded once, so each candidate line is compared without re-folding them. */
export interface RepeatIndex {
  entries: Entry[];
  /** Every paragraph as " folded ", longest first, joined by newlines: one native substring search finds a line in any of them. */
  joined: string;
  /** For each entry of `joined` in order: its folded length, and where it ends. */
  lengths: number[];
  ends: number[];
  /** Word → small number, so word pairs are compared as numbers rather than built strings. */
  ids: Map<string, number>;
}

const PAIR_BASE = 1 << 20;

/** The folded text's adjacent word pairs as numbers (word ids from the index's shared table). */
function pairsOf(folded: string, ids: Map<string, number>): number[] {
  const out: number[] = [];
  let prev = -1;
  for (const w of folded.split(' ')) {
    if (!w) continue;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    if (prev >= 0) out.push(prev * PAIR_BASE + id);
    prev = id;
  }
  return out;
}

/** Folds the body paragraphs once for repeated `quotedRepeat` calls. */
export function repeatIndex(texts: string[]): RepeatIndex {
  const entries = texts.map((t) => ({ folded: foldForCompare(t) }));
  const sorted = entries.map((e) => e.folded).sort((x, y) => y.length - x.length);
  const ends: number[] = [];
  let at = 0;
  for (const f of sorted) ends.push((at += f.length + 3));
  return { entries, joined: sorted.map((f) => ` ${f} `).join('\n'), lengths: sorted.map((f) => f.length), ends, ids: new Map() };
}

/** True when " needle " occurs inside an entry longer than `than` characters. */
function inLonger(idx: RepeatIndex, needle: string, than: number): boolean {
  // Longer entries come first: search only their stretch of the joined text (the line's own paragraph
  // and shorter ones lie past it). Newline separators keep a hit inside one entry.
  let n = 0;
  while (n < idx.lengths.length && idx.lengths[n]! > than) n++;
  return n > 0 && idx.joined.slice(0, idx.ends[n - 1]).includes(` ${needle} `);
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
  if (spans) {
    for (const m of line.matchAll(QUOTED)) {
      const span = foldForCompare(m[1]!);
      if (wordCount(span) >= 4) needles.push(span);
    }
  }
  const words = wordCount(folded);
  if (words >= 5) needles.push(folded);
  if (needles.length === 0) return false;
  if (needles.some((n) => inLonger(idx, n, folded.length))) return true;
  // Rewording is only looked for where a pull quote can hide: display lines and lines holding a quotation.
  if (words < 6 || (!spans && !/[“"‘«]/.test(line))) return false;
  const pairs = pairsOf(folded, idx.ids);
  const need = (spans ? NEAR_COPY.display : NEAR_COPY.sentence) * pairs.length;
  // Only a clearly longer paragraph can be the source: two similar paragraphs of one length are both reporting.
  return idx.entries.some((e) => {
    if (e.folded.length <= folded.length || e.folded.length < folded.length * 1.2) return false;
    const set = (e.pairs ??= new Set(pairsOf(e.folded, idx.ids)));
    let hits = 0;
    for (const p of pairs) if (set.has(p)) hits++;
    return hits >= need;
  });
}
