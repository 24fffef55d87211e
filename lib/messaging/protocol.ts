import type { Article } from '../article/types';
import type { Quote, SpeakerEntry } from '../quotes/types';
import type { VersionMatch } from '../match/types';
import type { Result } from './result';

/** A quote on this page as the extension shows it: where it is, who said it, which versions carry it. */
export interface PageQuote extends Quote {
  /** Outlets of the other versions whose text carries this quote. */
  carriedBy: string[];
}

/** Everything the extension knows about one tab's page: shared by the badge, the side panel and the highlights. */
export interface TabReport {
  tabId: number;
  /** The tab's real URL as the browser reports it (never the URL the page claims). */
  url: string;
  article: Article;
  quotes: PageQuote[];
  speakers: SpeakerEntry[];
  matches: VersionMatch[];
}

/** Every message between content script, background and side panel, with its reply type. */
export interface ProtocolMap {
  /** content → background: the page's extracted article (isArticle false: only reasons). */
  reportArticle(data: { article: Article }): Result<TabReport>;
  /** side panel → background: the report for a tab, or null when that tab has none yet. */
  getTabReport(data: { tabId: number }): Result<TabReport | null>;
}
