/**
 * Page metadata from the places publishers put it, best source first:
 * JSON-LD, Open Graph / article:* meta, <time>, <link rel=canonical>, <html lang>.
 * Reads the document only; never changes it.
 */
import { cleanByline } from './byline';
import { findTextDate, parseDate } from './dates';
import { ldResolve, ldText, ldTypes, parseJsonLdBlocks, type LdNode } from './jsonld';
import { outletFromSite, outletFromTitle, siteFromUrl } from './outlet';
import { scanPage, type PageScan } from './page-scan';
import { stripSiteSuffix } from './title';
import { cleanLine } from './text-shape';

/** Metadata read from a document's head and structured data. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  site: string | null;
  url: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  jsonLdTypes: string[];
  ogType: string | null;
  /** The structured data marks the article as not free to read (a paywall). */
  paywalled: boolean;
}

const LEGAL_SUFFIX = /,?\s+(?:inc|ltd|llc|plc|gmbh|limited|pvt\.? ltd|corp|corporation|s\.a|ag|co)\.?$/i;
const ARTICLE_LIKE = /Article$|^(?:BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

function metaOf(scan: PageScan, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = scan.metas.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

function httpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const u = new URL(value, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Scans short page elements for a printed stamp ("First Published: Nov 26 2025 | 7:31 PM IST").
 * Costly on big pages, so callers run it last, when neither metadata nor the body gave a date.
 */
export function printedDate(doc: Document): string | null {
  let updated: string | null = null;
  const els = doc.querySelectorAll('time, p, span, div, li');
  for (let i = 0; i < els.length && i < 5000; i++) {
    const text = els[i]!.textContent ?? '';
    if (text.length > 120 || !/\d{4}/.test(text)) continue;
    const found = findTextDate(cleanLine(text));
    if (found?.kind === 'published') return found.iso;
    if (found) updated ??= found.iso;
  }
  return updated;
}

function primaryLang(value: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(value?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** Reads title, outlet, site, url, byline, published date, language and types from a document. */
export function metadataFromDocument(doc: Document, pageUrl?: string, scan: PageScan = scanPage(doc)): PageMetadata {
  const nodes = parseJsonLdBlocks(scan.ldJson);
  const jsonLdTypes = [...new Set(nodes.flatMap(ldTypes))];
  const art: LdNode | undefined = nodes.find((n) => ldTypes(n).some((t) => ARTICLE_LIKE.test(t)));
  const canonical = scan.canonical;
  const url = httpUrl(pageUrl) ?? httpUrl(canonical, pageUrl) ?? httpUrl(metaOf(scan, 'og:url'), pageUrl) ?? httpUrl(ldText(art?.url));
  const site = siteFromUrl(url);
  const publisher = ldText(ldResolve(art?.publisher, nodes));
  const ogSite = metaOf(scan, 'og:site_name', 'application-name');
  // Publishers give legal names ("Lakeshore Tribune Media Inc."); the brand readers know is og:site_name.
  // The <title> suffix ("… | Valley Herald") is the name readers see, when it matches the domain.
  const titleName = outletFromTitle(scan.title, site);
  const short = [ogSite, titleName].find((n) => n && publisher && publisher.toLowerCase().includes(n.toLowerCase()));
  const brand = short ?? publisher;
  const siteName = (brand ? brand.replace(LEGAL_SUFFIX, '') : null) || ogSite;
  const outlet = siteName ? cleanLine(siteName) : titleName ?? outletFromSite(site);

  const rawTitle = ldText(art?.headline) ?? metaOf(scan, 'og:title', 'twitter:title') ?? scan.h1 ?? (scan.title || null);
  const title = rawTitle ? stripSiteSuffix(rawTitle, [outlet, siteName, site]) || null : null;

  const byline =
    cleanByline(ldText(ldResolve(art?.author, nodes)), outlet) ??
    cleanByline(metaOf(scan, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'), outlet) ??
    cleanByline(scan.authorText, outlet);

  const published =
    parseDate(ldText(art?.datePublished)) ??
    parseDate(metaOf(scan, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date')) ??
    parseDate(scan.timeDatetime) ??
    parseDate(ldText(art?.dateModified) ?? metaOf(scan, 'article:modified_time'));

  const lang =
    primaryLang(doc.documentElement?.getAttribute('lang')) ??
    primaryLang(metaOf(scan, 'og:locale', 'language', 'content-language')) ??
    primaryLang(ldText(art?.inLanguage));

  const paywalled = nodes.some((n) => n.isAccessibleForFree === false || String(n.isAccessibleForFree).toLowerCase() === 'false');
  return { title, outlet, site, url, byline, published, lang, jsonLdTypes, ogType: metaOf(scan, 'og:type'), paywalled };
}
