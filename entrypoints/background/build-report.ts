import type { Article } from '../../lib/article/types';
import { getStories, type StoryDb } from '../../lib/db/story-db';
import { carriedBy } from '../../lib/match/quote-carriers';
import { findVersions } from '../../lib/match/find-versions';
import { isOwnCopy } from '../../lib/match/own-copy';
import type { TabReport } from '../../lib/messaging/protocol';
import type { TabOrigin } from '../../lib/messaging/sender';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { listSpeakers } from '../../lib/quotes/speakers';
import type { StoryIndex } from '../../lib/search/story-index';

/** The report for a page that is not an article: kept so the side panel can say why. */
export function emptyReport(article: Article, origin: TabOrigin): TabReport {
  return { tabId: origin.tabId, url: origin.url, article, quotes: [], speakers: [], matches: [] };
}

/**
 * Everything the extension shows for an article: its quotes and speakers, the other versions of its
 * story, and which of those versions carry each quote. The tab's real URL, never the page's claim,
 * is the one excluded from the matches, and so is a stored copy of this very page under another
 * address (same outlet, same text).
 */
export async function buildReport(
  article: Article,
  origin: TabOrigin,
  index: StoryIndex,
  db: StoryDb,
): Promise<TabReport> {
  const quotes = findQuotes(article.paragraphs);
  const found = await findVersions(article, index, (ids) => getStories(db, ids), { excludeUrl: origin.url });
  const matches = found.filter((m) => !isOwnCopy(article.outlet, m));
  const matchedStories = await getStories(db, matches.map((m) => m.id));
  return {
    tabId: origin.tabId,
    url: origin.url,
    article,
    quotes: quotes.map((quote) => ({ ...quote, carriedBy: carriedBy(quote, matchedStories) })),
    speakers: listSpeakers(quotes),
    matches,
  };
}
