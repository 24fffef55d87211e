import type { Article } from '../article/types';
import type { StoryIndex } from '../search/story-index';
import { namedTerms } from '../text/entities';
import { contentTokens } from '../text/tokens';
import { GENERIC_TERMS } from '../text/generic-terms';

/** How many of the article's characteristic words make up its query: query cost grows with each. */
const QUERY_TERMS = 12;
/** Names tell one event from another far better than common words: they count this much more. */
const NAME_WEIGHT = 3;

/**
 * The article's most characteristic words (most frequent content words, title words counted twice,
 * names weighted up, generic news words left out so the query's words are the rarer ones), as one
 * query: short enough to be fast, wide enough to find rewritten versions.
 */
export function queryTerms(article: Article): string[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number): void => {
    for (const t of contentTokens(text)) if (!/^\d+$/.test(t) && !GENERIC_TERMS.has(t)) counts.set(t, (counts.get(t) ?? 0) + weight);
  };
  if (article.title) add(article.title, 2);
  for (const p of article.paragraphs) add(p, 1);
  for (const name of namedTerms(article.paragraphs.join('\n'))) if (counts.has(name)) counts.set(name, counts.get(name)! * NAME_WEIGHT);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, QUERY_TERMS)
    .map(([t]) => t);
}

/** Ids of the stories the index ranks closest to the article, best first. */
export function candidateIds(index: StoryIndex, article: Article, limit: number): string[] {
  const terms = queryTerms(article);
  if (terms.length === 0) return [];
  const hits = index.search({ combineWith: 'OR', queries: terms }, { boost: { title: 2 } });
  return hits.slice(0, limit).map((h) => String(h.id));
}
