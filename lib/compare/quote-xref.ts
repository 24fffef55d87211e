import type { Quote } from '../quotes/types';
import { wordTokens } from '../text/tokens';
import { wordDiff, type DiffPiece } from './word-diff';

/** A version's rendering of one of this article's quotes, with the word diff from its wording to ours. */
export interface QuoteCarrier {
  id: string;
  outlet: string;
  /** The version's own wording of the remark, and where it stands in that version. */
  text: string;
  paragraph: number;
  speaker: string | null;
  /** null when the wording is the same (typography aside) or too different to diff. */
  diff: DiffPiece[] | null;
}

/** One quote of this article across the other versions. */
export interface QuoteAcross {
  /** Index into this article's quotes. */
  quote: number;
  text: string;
  speaker: string | null;
  carriedBy: QuoteCarrier[];
  /** Ids of the versions that do not carry the remark at all. */
  lackedBy: string[];
}

/** A version with its quotes, as the cross-reference reads it. */
export interface QuotedVersion {
  id: string;
  outlet: string;
  quotes: Quote[];
}

const surname = (q: Quote): string | null => q.speaker?.name.split(/\s+/).pop()?.toLowerCase() ?? null;

/** Dice overlap of two quotes' words (all words: a remark's small words are its wording). */
function overlap(a: string, b: string): number {
  const wa = wordTokens(a);
  const wb = new Map<string, number>();
  for (const w of wordTokens(b)) wb.set(w, (wb.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wa) {
    const n = wb.get(w) ?? 0;
    if (n > 0) (shared++, wb.set(w, n - 1));
  }
  const total = wa.length + wordTokens(b).length;
  return total ? (2 * shared) / total : 0;
}

// The same remark, cut or worded differently: half its words shared when the speaker agrees (e.g.
// "It's too early to say" / "Wait, it's premature to say that yet."), most of them when unknown.
const SAME_SPEAKER = 0.4;
const ANY_SPEAKER = 0.6;

/** The version's quote that renders the given quote, if any. */
function counterpart(q: Quote, quotes: Quote[]): Quote | null {
  let best: [Quote | null, number] = [null, 0];
  for (const o of quotes) {
    if (o.kind !== q.kind && (o.kind === 'scare' || q.kind === 'scare')) continue;
    const s = overlap(q.text, o.text);
    const sameSpeaker = surname(q) !== null && surname(q) === surname(o);
    const contained = o.text.toLowerCase().includes(q.text.toLowerCase()) || q.text.toLowerCase().includes(o.text.toLowerCase());
    const needed = sameSpeaker ? SAME_SPEAKER : ANY_SPEAKER;
    const score = contained && Math.min(q.text.length, o.text.length) >= 12 ? 1 : s;
    if (score >= needed && score > best[1]) best = [o, score];
  }
  return best[0];
}

/**
 * For each of this article's speech and headline quotes, the versions that carry the remark (with
 * their wording and a word diff) and those that lack it.
 */
export function crossReferenceQuotes(quotes: Quote[], versions: QuotedVersion[]): QuoteAcross[] {
  return quotes.flatMap((q, i) => {
    if (q.kind === 'scare') return [];
    const carriedBy: QuoteCarrier[] = [];
    const lackedBy: string[] = [];
    for (const v of versions) {
      const o = counterpart(q, v.quotes);
      if (!o) {
        lackedBy.push(v.id);
        continue;
      }
      const d = wordDiff(q.text, o.text);
      const diff = d.tooDifferent || d.pieces.every((p) => p.op === 'same') ? null : d.pieces;
      carriedBy.push({ id: v.id, outlet: v.outlet, text: o.text, paragraph: o.paragraph, speaker: o.speaker?.name ?? null, diff });
    }
    return [{ quote: i, text: q.text, speaker: q.speaker?.name ?? null, carriedBy, lackedBy }];
  });
}
