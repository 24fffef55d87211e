import type { Article } from '../article/types';
import type { Story } from './types';
import { storyId } from './story-id';

/** Turns an extracted article into a storable story, or null when it lacks what a story needs. */
export function storyFromArticle(article: Article): Story | null {
  if (!article.isArticle || !article.url || article.paragraphs.length === 0) return null;
  const site = article.site ?? hostOf(article.url);
  return {
    id: storyId(article.url),
    url: article.url,
    outlet: article.outlet ?? site,
    site,
    title: article.title ?? article.paragraphs[0]!.slice(0, 120),
    published: article.published,
    lang: article.lang,
    byline: article.byline,
    paragraphs: article.paragraphs,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown';
  }
}
