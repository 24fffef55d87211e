import type { Article } from '../../lib/article/types';
import { namedElsewhere } from '../../lib/compare/named-elsewhere';
import { crossReferenceQuotes } from '../../lib/compare/quote-xref';
import { quotesBySpeaker } from '../../lib/compare/speaker-quotes';
import { getStories, type StoryDb } from '../../lib/db/story-db';
import { carriedBy } from '../../lib/match/quote-carriers';
import { findVersions } from '../../lib/match/find-versions';
import { isOwnCopy } from '../../lib/match/own-copy';
import { summarizeVersions } from '../../lib/match/summarize';
import type { VersionMatch } from '../../lib/match/types';
import type { TabReport } from '../../lib/messaging/protocol';
import type { TabOrigin } from '../../lib/messaging/sender';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { listSpeakers } from '../../lib/quotes/speakers';
import type { StoryIndex } from '../../lib/search/story-index';

/** The report for a page that is not an article: kept so the side panel can say why. */
export function emptyReport(article: Article, origin: TabOrigin): TabReport {
  return { tabId: origin.tabId, url: origin.url, article, quotes: [], speakers: [], matches: [] };
}

/** This article's paragraphs that every other version lacks: the ones only this outlet printed. */
export function uniqueParagraphs(matches: VersionMatch[]): number[] | undefined {
  if (matches.length === 0) return undefined;
  const [first, ...rest] = matches.map((m) => new Set(m.added.map((a) => a.paragraph)));
  return [...first!].filter((p) => rest.every((set) => set.has(p))).sort((a, b) => a - b);
}

/**
 * Everything the extension shows for an article, computed once here so the side panel and the page
 * only display it: its quotes and speakers, the other versions of its story with their counts and
 * text groups, each quote across those versions (with wording differences), who is quoted where, and
 * the unnamed sources other versions name. The tab's real URL, never the page's claim, is the one
 * excluded from the matches, and so is a stored copy of this very page under another address.
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
  const quoted = matchedStories.map((s) => ({ id: s.id, outlet: s.outlet, quotes: findQuotes(s.paragraphs) }));
  return {
    tabId: origin.tabId,
    url: origin.url,
    article,
    quotes: quotes.map((quote) => ({ ...quote, carriedBy: carriedBy(quote, matchedStories) })),
    speakers: listSpeakers(quotes),
    matches,
    uniqueParagraphs: uniqueParagraphs(matches),
    summary: summarizeVersions(matches),
    quotesAcross: crossReferenceQuotes(quotes, quoted),
    speakersAcross: quotesBySpeaker({ outlet: article.outlet ?? article.site ?? '', quotes }, quoted),
    namedElsewhere: namedElsewhere(article.paragraphs, matchedStories),
  };
}
