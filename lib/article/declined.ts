/**
 * The Article returned when extraction declines a page before looking at it
 * (empty, too large, unparsable): no body, only the reason.
 */
import type { Article, KnownMetadata } from './types';

/** An Article with isArticle false, the given reason(s) and whatever metadata the caller already knew. */
export function declinedArticle(reasons: string[], known: KnownMetadata = {}): Article {
  return {
    isArticle: false,
    reasons,
    title: known.title ?? null,
    outlet: known.outlet ?? null,
    site: known.site ?? null,
    url: known.url ?? null,
    byline: known.byline ?? null,
    published: known.published ?? null,
    lang: known.lang ?? null,
    paragraphs: [],
    subheads: [],
  };
}
