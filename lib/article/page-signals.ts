/**
 * Structural signals read from the whole page (before Readability trims it):
 * how link-heavy it is, how many story cards it lists, whether it asks for a
 * password, shows code, sells something or lists search results.
 */
import type { DetectSignals } from './detect';

type PageSignals = Omit<DetectSignals, 'paragraphs' | 'jsonLdTypes' | 'ogType' | 'hasPublishedDate'>;

const COMMERCE = /\badd to (?:cart|bag|basket)\b|\bbuy now\b|\bout of stock\b|\bfree (?:shipping|returns)\b/i;
const PAYWALL = /\bsubscribe to (?:continue|read)|\bto continue reading\b|\balready a subscriber\b|\bsubscribers? only\b|\bfor (?:paid )?subscribers\b|\bcreate a free account to (?:read|continue)\b/i;
const SEARCH_URL = /[?&](?:q|query|s|search|keywords?|text)=[^&]|\/search(?:[/?#]|$)/i;

function visibleText(el: Element | null): string {
  if (!el) return '';
  let junk = 0;
  for (const s of Array.from(el.querySelectorAll('script, style, noscript, template'))) junk += s.textContent?.length ?? 0;
  const all = el.textContent ?? '';
  return junk ? all.slice(0, Math.max(0, all.length - junk)) : all;
}

/** Reads the page-structure signals used by isArticle detection. */
export function pageSignals(doc: Document, url: string | null): PageSignals {
  const body = doc.body ?? doc.documentElement;
  const text = visibleText(body).replace(/\s+/g, ' ');
  let linkChars = 0;
  for (const a of Array.from(body?.querySelectorAll('a') ?? [])) linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const headingLinks = body?.querySelectorAll('h1 a, h2 a, h3 a, h4 a, a h2, a h3, a h4').length ?? 0;
  const cards = body?.querySelectorAll('article').length ?? 0;
  const title = doc.title ?? '';
  return {
    linkDensity: text.length ? Math.min(1, linkChars / text.length) : 0,
    teasers: Math.max(headingLinks, cards > 1 ? cards : 0),
    passwordField: !!doc.querySelector('input[type="password"]'),
    codeBlocks: doc.querySelectorAll('pre').length,
    commerce: COMMERCE.test(text) || !!doc.querySelector('[itemprop="price"], meta[property="product:price:amount"]'),
    searchPage: (!!url && SEARCH_URL.test(url)) || /\bsearch results?\b|\bresults for\b/i.test(title),
    paywall: PAYWALL.test(text),
  };
}
