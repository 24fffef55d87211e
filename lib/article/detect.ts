/**
 * isArticle: a small additive score over structured data, page structure and
 * the body text. No domain lists: the same rules must judge sites we have
 * never seen. Each rule that fires leaves a short reason for debugging.
 */
import { endsSentence, wordCount } from './text-shape';

/** What the page (or text) tells us, gathered by the DOM or text path. */
export interface DetectSignals {
  paragraphs: string[];
  jsonLdTypes?: string[];
  ogType?: string | null;
  /** true/false when a page was searched for a date; undefined when unknown (plain text). */
  hasPublishedDate?: boolean;
  /** Share of the page body's text inside links. */
  linkDensity?: number;
  /** Headline links / <article> cards on the page: a front page has many. */
  teasers?: number;
  passwordField?: boolean;
  /** Numbered item headings ("1. …", "2. …"): a listicle or ranking, which Parallax does not treat as news. */
  listItems?: number;
  codeBlocks?: number;
  commerce?: boolean;
  searchPage?: boolean;
  /** Read only when the page is too short to be an article: a function defers the text scan until then. */
  paywall?: boolean | (() => boolean);
  /** Fewest body words to count as an article; lower for plain text, where no paywall stub can hide. */
  minWords?: number;
}

const NEWS_TYPES = /^(?:NewsArticle|ReportingNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting)$/;
const ARTICLE_TYPES = /^(?:Article|BlogPosting|Report|SocialMediaPosting|DiscussionForumPosting|SatiricalArticle)$/;
const NOT_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|SoftwareApplication|WebApplication|MobileApplication|SoftwareSourceCode|TechArticle|APIReference|SearchResultsPage|CollectionPage|ItemList|FAQPage|HowTo|Recipe|Course|JobPosting|ProfilePage|Book|Movie|Store|Event)$/;
const ATTRIBUTION = /\b(?:said|says|told|according to|added|stated|announced|quoted|warned|confirmed|denied|noted|wrote|reported|insisted|argued|urged)\b/i;
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{2,30}(?:,[^:—–]{0,40})?\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s/u;
const TIME_WORDS = /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|month|year)|this (?:week|month|year)|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i;

/** Fewest body words for a page to count as an article at all. */
export const MIN_ARTICLE_WORDS = 120;

/** Decides whether the signals describe a news article (or news-like post) and says why. */
export function detectArticle(s: DetectSignals): { isArticle: boolean; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(reason);
  };
  const types = s.jsonLdTypes ?? [];
  const news = types.find((t) => NEWS_TYPES.test(t));
  const generic = types.find((t) => ARTICLE_TYPES.test(t));
  const negative = types.find((t) => NOT_ARTICLE_TYPES.test(t));
  if (news) add(3, `jsonld:${news}`);
  else if (generic) add(2, `jsonld:${generic}`);
  if (negative) add(-4, `jsonld:${negative}`);
  const og = s.ogType?.toLowerCase();
  if (og === 'article') add(1, 'og:type=article');
  else if (og && /product|book|video\.|music\.|profile|business/.test(og)) add(-3, `og:type=${og}`);
  if (s.hasPublishedDate) add(1, 'published-date');
  // Only the DOM path says "false" here: a page with no date anywhere is rarely news.
  else if (s.hasPublishedDate === false) add(-1, 'no-date');

  const prose = s.paragraphs.filter((p) => wordCount(p) >= 15 && endsSentence(p));
  const words = s.paragraphs.reduce((n, p) => n + wordCount(p), 0);
  reasons.push(`paragraphs:${prose.length}`);
  if (prose.length >= 6) score += 2;
  else if (prose.length >= 3) score += 1;
  const attributions = s.paragraphs.filter((p) => ATTRIBUTION.test(p)).length;
  if (attributions >= 1) add(attributions >= 3 ? 2 : 1, `attribution:${attributions}`);
  if (s.paragraphs[0] && DATELINE.test(s.paragraphs[0])) add(1, 'dateline');
  if (s.paragraphs.some((p) => TIME_WORDS.test(p))) add(1, 'time-words');

  if ((s.linkDensity ?? 0) > 0.5) add(-3, 'link-dense');
  if ((s.teasers ?? 0) >= 10 && (s.teasers ?? 0) > prose.length) add(-3, `teasers:${s.teasers}`);
  if (s.passwordField) add(-3, 'login-form');
  // A listicle ("The 10 best …") is a list of items, not a report of an event, even when marked up as Article.
  if ((s.listItems ?? 0) >= 5) add(-4, `numbered-items:${s.listItems}`);
  if ((s.codeBlocks ?? 0) >= 3) add(-2, `code-blocks:${s.codeBlocks}`);
  if (s.commerce) add(-3, 'commerce');
  if (s.searchPage) add(-3, 'search-page');

  // Hard limits: a stub (login wall, paywall teaser, error page) is never an article,
  // whatever its metadata claims.
  if (words < (s.minWords ?? MIN_ARTICLE_WORDS) || prose.length < 2) {
    if (typeof s.paywall === 'function' ? s.paywall() : s.paywall) reasons.push('paywall');
    return { isArticle: false, reasons: ['too-short', ...reasons] };
  }
  return { isArticle: score >= 3, reasons };
}
