import type { Article } from '../article/types';
import type { Story } from '../stories/types';
import type { StoryIndex } from '../search/story-index';
import type { VersionMatch } from './types';
import { candidateIds } from './candidates';
import { compareWithStories } from './compare-stories';

/** Options for a match: which URL is the article's own (never listed as another version). */
export interface FindVersionsOptions {
  excludeUrl?: string | null;
  /** How many index hits are compared in full. */
  candidateLimit?: number;
}

/**
 * Finds the other versions of an article's story: index candidates first, then a full comparison of
 * only those candidates, so the cost does not grow with a scan of the whole database.
 */
export async function findVersions(
  article: Article,
  index: StoryIndex,
  getStories: (ids: string[]) => Promise<Story[]>,
  options: FindVersionsOptions = {},
): Promise<VersionMatch[]> {
  const ids = candidateIds(index, article, options.candidateLimit ?? 20);
  if (ids.length === 0) return [];
  const stories = await getStories(ids);
  return compareWithStories(article, stories, { excludeUrl: options.excludeUrl ?? article.url });
}
