import type { QuoteSpan } from './quote-spans';

// Photo credits and caption labels: "Photograph: Toby Melville/Reuters", "(AP Photo/…)", "REUTERS/Maxim Shemetov".
const CAPTION = /\b(?:Photograph|Photo|Photos|Image|Picture|Illustration|Credit|File photo)\s*:|\((?:AP|AFP|Reuters|EPA)\s+Photo|Getty Images|\b(?:REUTERS|AFP|EPA|AP)\s*\/\s*\p{Lu}/u;
const SENTENCE_END = /[.!?…]["”’'»)\]]*\s*$/;

/**
 * Captions, subheads and pull-quote lines are display text, not body text: a caption carries a photo
 * credit; a subhead or a pull-quote line is short and does not end a sentence.
 */
export function isDisplayText(text: string): boolean {
  if (CAPTION.test(text)) return true;
  const words = text.trim().split(/\s+/).length;
  // (“I will miss you all so much. Holly”: a sentence ended inside makes body text, whatever follows it.)
  return words <= 12 && !SENTENCE_END.test(text) && !/[\p{Ll}\d][.!?]\s+\p{Lu}/u.test(text);
}

/** True when the paragraph is nothing but one quotation: no attribution, no words of the writer's. */
export function isNakedQuote(text: string, spans: QuoteSpan[]): boolean {
  if (spans.length !== 1) return false;
  const [s] = spans as [QuoteSpan];
  return !text.slice(0, s.open).trim() && !/[\p{L}\p{N}]/u.test(text.slice(s.close));
}

const trigrams = (text: string): string[] => {
  const w = text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`);
};

/**
 * A pull quote repeats words the body already has: most of its three-word runs occur in other paragraphs
 * (an attribution in the middle of the body's version breaks only a few of them).
 */
export function isRepeated(paragraphs: string[], index: number, text: string): boolean {
  const mine = trigrams(text);
  if (mine.length < 2) return false;
  const others = new Set(paragraphs.flatMap((p, i) => (i === index ? [] : trigrams(p))));
  // A short line partly echoed in a dialogue ("They’ll come. They’ve been waiting ten years.") is no
  // pull quote: a short pull quote repeats the body whole.
  return mine.filter((t) => others.has(t)).length / mine.length >= (mine.length < 6 ? 1 : 0.6);
}
