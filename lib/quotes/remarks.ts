import type { Quote } from './types';
import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERBS } from './words';
import { sentenceBounds } from './sentences';

/** A quote with the marks it was found between, while the paragraph is being read. */
export interface Found {
  quote: Quote;
  span: QuoteSpan;
  /** True when the speaker came from a cue written right after the quote (“…,” he said). */
  cuedAfter: boolean;
  /** True when the words around the quote named its speaker (a cue), not the story's context. */
  cued?: true;
  /** True when a cue names someone by a description the story never resolves ("the full-time student said"). */
  describedSpeaker?: true;
}

// Between the two halves of one remark there is only an attribution: “A,” he said, “B.” / “A” — she said — “B”.
// "Dr.", "Ms.", "K." inside an attribution end no sentence.
const NOT_STOP = `(?:\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|St|Cllr|Supt|Insp|Det)\\.|(?<![\\p{L}])\\p{Lu}\\.|\\([^()]{1,30}\\)|[^.!?;:“”"‘’«»])`;
const BETWEEN = new RegExp(`^[\\s,—–-]*${NOT_STOP}{1,80}?\\b(?:${SPEECH_VERBS})\\b${NOT_STOP}{0,60}?[,—–-]\\s*$`, 'u');

// “A,” he told reporters on a call. “B.”: the attribution closes its sentence and the remark goes on in the next.
const BETWEEN_SENTENCES = new RegExp(`^[\\s,—–-]*${NOT_STOP}{1,80}?\\b(?:${SPEECH_VERBS})\\b${NOT_STOP}{0,140}?[.]\\s*$`, 'u');

/**
 * “A,” he said, “B.” is one remark: when a quote ends without closing its sentence and the next one
 * follows its attribution in the same sentence, the second joins the first as another part.
 */
export function joinsPrevious(text: string, prev: Found | undefined, next: QuoteSpan): boolean {
  if (!prev || !prev.cuedAfter || prev.quote.kind !== 'speech') return false;
  if (/[.!?]\s*$/.test(text.slice(prev.span.start, prev.span.end))) return false;
  return BETWEEN.test(text.slice(prev.span.close, next.open));
}

/**
 * “A,” he said. “B.” is one remark too (the rule: a remark interrupted by its attribution is
 * one): a quote that opens the sentence right after the attribution, with no cue of its own, goes on
 * with the words the attribution broke off. `nextCuedAfter` says whether the second quote names a speaker after it.
 */
export function continuesAfterAttribution(text: string, prev: Found | undefined, next: QuoteSpan, nextCuedAfter: boolean): boolean {
  if (!prev || !prev.cuedAfter || prev.quote.kind !== 'speech' || nextCuedAfter) return false;
  if (/[.!?]\s*$/.test(text.slice(prev.span.start, prev.span.end))) return false;
  // Only a remark that opens its sentence goes on after the attribution: a fragment woven into the
  // writer's sentence ("had become “dangerously thin,” Kovach replied. “…”") is not broken off by it.
  if (sentenceBounds(text, prev.span.open)[0] !== prev.span.open) return false;
  return BETWEEN_SENTENCES.test(text.slice(prev.span.close, next.open));
}

/** Adds a span to a remark as a further part, joining the texts with " … ". */
export function addPart(text: string, remark: Quote, span: QuoteSpan): void {
  remark.parts ??= [{ start: remark.start, end: remark.end }];
  remark.parts.push({ start: span.start, end: span.end });
  remark.end = span.end;
  remark.text = remark.parts.map((p) => text.slice(p.start, p.end)).join(' … ');
}

/**
 * A remark that runs on over several paragraphs has one speaker: whoever its attribution names in any
 * of them, given to the parts that had none or only a guess from the context.
 */
export function shareRunOnSpeakers(chains: Quote[][], cued: WeakSet<Quote>): void {
  for (const chain of chains) {
    // “… (runs on) … ,” Letsapa said: an attribution in any paragraph beats a guess from the context
    // ("According to preliminary police reports, …" before the first) for the whole remark.
    const speaker = (chain.find((q) => q.speaker && cued.has(q)) ?? chain.find((q) => q.speaker))?.speaker ?? null;
    for (const q of chain) {
      if (!cued.has(q) && speaker) q.speaker = speaker;
      q.speaker ??= speaker;
      if (q.speaker) q.kind = 'speech';
    }
  }
}
