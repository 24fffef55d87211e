/**
 * Structural signals read from the whole page (before Readability trims it):
 * how link-heavy it is, how many story cards it lists, whether it asks for a
 * password, shows code, sells something or lists search results.
 */
import type { DetectSignals } from './detect';
import type { PageScan } from './page-scan';

type PageSignals = Omit<DetectSignals, 'paragraphs' | 'jsonLdTypes' | 'ogType' | 'hasPublishedDate'>;

const COMMERCE = /\badd to (?:cart|bag|basket)\b|\bbuy now\b|\bout of stock\b|\bfree (?:shipping|returns)\b/i;
const PAYWALL = /\bsubscribe to (?:continue|read)|\bto continue reading\b|\balready a subscriber\b|\bsubscribers? only\b|\bfor (?:paid )?subscribers\b|\bcreate a free account to (?:read|continue)\b/i;
const SEARCH_URL = /[?&](?:q|query|s|search|keywords?|text)=[^&]|\/search(?:[/?#]|$)/i;

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

/** True when the phrase occurs in the page's visible text: more often in the body than in its scripts. */
function visibleHit(re: RegExp, body: string, scan: PageScan): boolean {
  const global = new RegExp(re.source, 'gi');
  const all = count(global, body);
  return all > 0 && all > scan.junkTexts.reduce((n, t) => n + count(global, t), 0);
}

/** Reads the page-structure signals used by isArticle detection from one page scan. */
export function pageSignals(doc: Document, url: string | null, scan: PageScan): PageSignals {
  const text = doc.body?.textContent ?? '';
  const title = doc.title ?? '';
  return {
    linkDensity: scan.visibleChars ? Math.min(1, scan.linkChars / scan.visibleChars) : 0,
    listItems: scan.numberedHeadings,
    teasers: Math.max(scan.headingLinks, scan.articles > 1 ? scan.articles : 0),
    passwordField: scan.passwordField,
    codeBlocks: scan.codeBlocks,
    commerce: visibleHit(COMMERCE, text, scan) || scan.priceMarkup || scan.metas.has('product:price:amount'),
    searchPage: (!!url && SEARCH_URL.test(url)) || /\bsearch results?\b|\bresults for\b/i.test(title),
    paywall: visibleHit(PAYWALL, text, scan),
  };
}
