/**
 * Structural signals read from the whole page (before Readability trims it):
 * how link-heavy it is, how many story cards it lists, whether it asks for a
 * password, shows code, sells something or lists search results.
 */
import type { DetectSignals } from './detect';
import type { PageScan } from './page-scan';

type PageSignals = Omit<DetectSignals, 'paragraphs' | 'jsonLdTypes' | 'ogType' | 'hasPublishedDate' | 'paywall'>;

// Matched against the visible text only (the scan leaves scripts out), so a phrase inside a
// page's JSON state or analytics code never counts.
const COMMERCE = /\badd to (?:cart|bag|basket)\b|\bbuy now\b|\bout of stock\b|\bfree (?:shipping|returns)\b/i;
const PAYWALL = /\bsubscribe to (?:continue|read)|\bto continue reading\b|\balready a subscriber\b|\bsubscribers? only\b|\bfor (?:paid )?subscribers\b|\bcreate a free account to (?:read|continue)\b/i;
const SEARCH_URL = /[?&](?:q|query|s|search|keywords?|text)=[^&]|\/search(?:[/?#]|$)/i;
const SEARCH_TITLE = /\bsearch results?\b|\bresults for\b/i;

/** Reads the page-structure signals used by isArticle detection from one page scan. */
export function pageSignals(url: string | null, scan: PageScan): PageSignals {
  return {
    linkDensity: scan.visibleChars ? Math.min(1, scan.linkChars / scan.visibleChars) : 0,
    listItems: scan.numberedHeadings,
    teasers: Math.max(scan.headingLinks, scan.articles > 1 ? scan.articles : 0),
    passwordField: scan.passwordField,
    codeBlocks: scan.codeBlocks,
    commerce: scan.priceMarkup || scan.metas.has('product:price:amount') || COMMERCE.test(scan.visibleText),
    searchPage: (!!url && SEARCH_URL.test(url)) || SEARCH_TITLE.test(scan.title),
  };
}

/** True when the visible text asks the reader to subscribe to go on: asked only of pages too short to be articles. */
export function paywallText(scan: PageScan): boolean {
  return PAYWALL.test(scan.visibleText);
}
