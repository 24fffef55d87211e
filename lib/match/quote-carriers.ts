import type { Quote } from '../quotes/types';
import type { Story } from '../stories/types';
import { containment, shingles } from '../text/shingles';

/** A version carries a quote when this share of the quote's word runs occur in its text. */
const CARRIED = 0.6;

// A story's shingles are reused for every quote of the page: computed once per story and size.
const cache = new WeakMap<Story, Map<number, Set<string>>>();

function storyShingles(story: Story, k: number): Set<string> {
  let bySize = cache.get(story);
  if (!bySize) cache.set(story, (bySize = new Map()));
  let set = bySize.get(k);
  if (!set) bySize.set(k, (set = shingles(story.paragraphs.join('\n'), k)));
  return set;
}

/** Outlets among the stories whose text carries the quote's words (wording may differ slightly). */
export function carriedBy(quote: Quote, stories: Story[]): string[] {
  // Short quotes are compared by word pairs: a four-word run would demand the whole quote verbatim.
  const k = quote.text.split(/\s+/).length < 6 ? 2 : 3;
  const words = shingles(quote.text, k);
  const outlets: string[] = [];
  for (const story of stories) {
    if (containment(words, storyShingles(story, k)) >= CARRIED && !outlets.includes(story.outlet)) outlets.push(story.outlet);
  }
  return outlets;
}
