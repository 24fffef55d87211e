/**
 * The DOM path (content script, and Node via from-html): Readability on a clone
 * of the document, paragraphs split from its result, the shared noise
 * classifier, metadata from the untouched original. Safe for the content
 * script: no linkedom, no extension APIs.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from './types';
import { declinedArticle } from './declined';
import { detectArticle } from './detect';
import { blocksFromContent } from './dom-blocks';
import { dropBigTables, MAX_ELEMENTS, MAX_TABLE_CELLS, MAX_TEXT_CHARS } from './limits';
import { metadataFromDocument, printedDate } from './metadata';
import { cleanBlocks } from './noise';
import { scanPage } from './page-scan';
import { pageSignals, paywallText } from './page-signals';
import { foldForCompare, resetFoldCache, wordCount } from './text-shape';
import { recaseFromText, stripSiteSuffix, titleFromFirstSentence, titleFromUrl } from './title';

function runReadability(doc: Document, owned: boolean, capTables: boolean): Element | null {
  // Readability rewrites the tree it is given; the live page must never see that. A document
  // we parsed ourselves (from-html) is ours to spend, which saves a full clone.
  const target = owned ? doc : (doc.cloneNode(true) as Document);
  // Tables never reach the body (dom-blocks skips them), but Readability scores every cell: a
  // 50k-cell data table costs it most of a second.
  if (capTables) dropBigTables(target);
  const parsed = new Readability<Node>(target, {
    maxElemsToParse: MAX_ELEMENTS,
    // Class names feed the furniture rules; Readability's own JSON-LD read duplicates ours.
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node,
  }).parse();
  const content = parsed?.content;
  return content && (content as Node).nodeType === 1 ? (content as Element) : null;
}

/** Options for the DOM path. */
export interface DocumentOptions {
  url?: string;
  /** The caller parsed this document for us and never reads it again: Readability may consume it (no clone). */
  owned?: boolean;
}

/** Extracts an Article from a Document; leaves it unmodified unless `owned`. Never throws. */
export function articleFromDocument(doc: Document, options: DocumentOptions = {}): Article {
  const known = { url: options.url ?? null };
  try {
    resetFoldCache();
    if (!doc || !doc.documentElement) return declinedArticle(['empty'], known);
    // The scan counts elements before walking them, so a huge page is declined at once.
    const scan = scanPage(doc, MAX_ELEMENTS);
    if (scan.elements > MAX_ELEMENTS || scan.visibleChars > MAX_TEXT_CHARS) return declinedArticle(['too-large'], known);
    if (!scan.hasText) return declinedArticle(['empty'], known);

    const meta = metadataFromDocument(doc, options.url, scan);
    // Read before Readability runs: an owned document is consumed by it.
    const signals = pageSignals(meta.url, scan);
    // The printed-stamp scan walks the page again, so it runs only when no metadata gave a date.
    const printed = meta.published ? null : printedDate(doc);
    const reasons: string[] = [];
    let content: Element | null = null;
    try {
      if (scan.cells > MAX_TABLE_CELLS) reasons.push('tables-capped');
      content = runReadability(doc, !!options.owned, scan.cells > MAX_TABLE_CELLS);
    } catch {
      // Readability throws past maxElemsToParse and on odd DOMs; treat as "no body found".
      reasons.push('readability-failed');
    }
    const clean = cleanBlocks(content ? blocksFromContent(content) : []);
    const body = clean.paragraphs.join('\n');
    const slug = titleFromUrl(meta.url);
    // A <title> that merely wraps the page's own headline line ("Gazette - <headline>") yields the
    // headline, and the rest names the outlet when nothing else did.
    let outlet = meta.outlet;
    if (meta.title && clean.title && meta.title !== clean.title && meta.title.includes(clean.title)) {
      const rest = meta.title.replace(clean.title, '').replace(/^[\s|:·•»–—-]+|[\s|:·•»–—-]+$/g, '');
      if (!outlet && rest && wordCount(rest) <= 5) outlet = rest;
      meta.title = clean.title;
    }
    const title =
      meta.title ?? (clean.title ? stripSiteSuffix(clean.title) : null) ?? (slug ? recaseFromText(slug, body) : null) ?? titleFromFirstSentence(clean.paragraphs[0] ?? '');
    // Readability sometimes keeps the headline (as h2) or a dek repeating it.
    const folded = title ? foldForCompare(title) : '';
    const paragraphs = clean.paragraphs.filter((p) => foldForCompare(p) !== folded);
    const subheads = clean.subheads.filter((s) => foldForCompare(s.text) !== folded);
    const shift = clean.paragraphs.length - paragraphs.length;
    const published = meta.published ?? clean.published ?? printed ?? clean.updated;
    const verdict = detectArticle({
      paragraphs,
      jsonLdTypes: meta.jsonLdTypes,
      ogType: meta.ogType,
      hasPublishedDate: !!published,
      ...signals,
      paywall: () => meta.paywalled || paywallText(scan),
    });
    return {
      isArticle: verdict.isArticle,
      reasons: [...verdict.reasons, ...reasons],
      title,
      outlet,
      site: meta.site,
      url: meta.url,
      byline: meta.byline ?? clean.byline,
      published,
      lang: meta.lang,
      paragraphs,
      subheads: shift ? subheads.map((s) => ({ ...s, before: Math.max(0, s.before - shift) })) : subheads,
    };
  } catch {
    return declinedArticle(['error'], known);
  }
}
