import { namedTerms } from '../text/entities';
import { GENERIC_TERMS } from '../text/generic-terms';
import { shingles } from '../text/shingles';
import { cosine, termVector } from '../text/term-vector';
import { contentTokens } from '../text/tokens';

/** What the relation decision reads from one version's text, computed once per text. */
export interface Profile {
  shingles: Set<string>;
  names: Set<string>;
  terms: Map<string, number>;
  /** Event vocabulary: content words that are neither names nor generic news words, crudely stemmed. */
  theme: Map<string, number>;
}

/** Folds inflections so "leak", "leaked" and "leaks" count as one event word. */
function stem(word: string): string {
  return word.replace(/'s$/, '').replace(/(?:ings?|ed|es|s)$/, '');
}

/** Builds the profile of a version's paragraphs. */
export function profileOf(paragraphs: string[]): Profile {
  const text = paragraphs.join('\n');
  const names = namedTerms(text);
  const theme = new Map<string, number>();
  for (const t of contentTokens(text)) {
    if (names.has(t) || GENERIC_TERMS.has(t) || /^\d/.test(t)) continue;
    const s = stem(t);
    theme.set(s, (theme.get(s) ?? 0) + 1);
  }
  return { shingles: shingles(text), names, terms: termVector(text), theme };
}

/** Cosine of two profiles' event vocabularies. */
export function themeCosine(a: Profile, b: Profile): number {
  return cosine(a.theme, b.theme);
}
