import type { Article } from '../article/types';
import type { Quote, SpeakerEntry } from '../quotes/types';
import type { VersionMatch } from '../match/types';
import type { VersionSummary } from '../match/summarize';
import type { NamedElsewhere } from '../compare/named-elsewhere';
import type { QuoteAcross } from '../compare/quote-xref';
import type { SpeakerAcross } from '../compare/speaker-quotes';
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
  /**
   * This article's paragraphs that no other version carries (indexes, ascending); absent when there
   * are no other versions to compare with. Computed once in the background.
   */
  uniqueParagraphs?: number[];
  /** Counts of the other versions (versions, outlets, distinct texts) and their text groups. */
  summary?: VersionSummary;
  /** Each of this article's quotes across the other versions: who carries it, in what wording. */
  quotesAcross?: QuoteAcross[];
  /** Every speaker with their quotes in this article and in the other versions. */
  speakersAcross?: SpeakerAcross[];
  /** Unnamed sources of this article that another version names. */
  namedElsewhere?: NamedElsewhere[];
}

/** The reader's settings as stored in `storage.local` under {@link SETTINGS_KEY}. */
export interface StoredSettings {
  /** Host names the reader turned Parallax off for. */
  disabledSites: string[];
  /** Also mark, in the page, the paragraphs no other version carries. */
  markUnique: boolean;
}

/** The storage.local key of {@link StoredSettings}: written by the background, read by content scripts. */
export const SETTINGS_KEY = 'parallax:settings';

/** The settings as they apply to one tab: its site (null for a page with none) and the switches. */
export interface TabSettings {
  site: string | null;
  siteEnabled: boolean;
  markUnique: boolean;
}

/** What the side panel asks a page to show: a quote (index into the report's quotes) or a paragraph. */
export interface InPageTarget {
  kind: 'quote' | 'paragraph';
  index: number;
}

/** Every message between content script, background and side panel, with its reply type. */
export interface ProtocolMap {
  /** content → background: the page's extracted article (isArticle false: only reasons). */
  reportArticle(data: { article: Article }): Result<TabReport>;
  /** side panel → background: the report for a tab, or null when that tab has none yet. */
  getTabReport(data: { tabId: number }): Result<TabReport | null>;
  /** side panel → background: the settings for the site shown in a tab. */
  getSettings(data: { tabId: number }): Result<TabSettings>;
  /** side panel → background: turns Parallax on or off for the tab's site, or the unique-paragraph marks. */
  updateSettings(data: { tabId: number; siteEnabled?: boolean; markUnique?: boolean }): Result<TabSettings>;
  /** background → side panel: a tab's report changed; the panel asks for it again. */
  reportUpdated(data: { tabId: number }): void;
  /** side panel → content: scroll to a quote or paragraph and flash it. False when it is not on the page. */
  showInPage(data: InPageTarget): Result<boolean>;
  /** background (keyboard command) → content: move to the next (1) or previous (-1) quote; its index, or -1. */
  stepQuote(data: { step: 1 | -1 }): Result<number>;
}
