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
import { documentTooLarge, MAX_ELEMENTS } from './limits';
import { metadataFromDocument } from './metadata';
import { cleanBlocks } from './noise';
import { pageSignals } from './page-signals';
import { foldForCompare } from './text-shape';
import { recaseFromText, stripSiteSuffix, titleFromFirstSentence, titleFromUrl } from './title';

function runReadability(doc: Document): Element | null {
  // Readability rewrites the tree it is given; the live page must never see that.
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, {
    maxElemsToParse: MAX_ELEMENTS,
    keepClasses: true,
    serializer: (node) => node,
  }).parse();
  const content = parsed?.content;
  return content && (content as Node).nodeType === 1 ? (content as Element) : null;
}

/** Extracts an Article from a Document without modifying it. Never throws. */
export function articleFromDocument(doc: Document, options: { url?: string } = {}): Article {
  const known = { url: options.url ?? null };
  try {
    if (!doc || !doc.documentElement) return declinedArticle(['empty'], known);
    const large = documentTooLarge(doc);
    if (large) return declinedArticle([large], known);
    if (!(doc.documentElement.textContent ?? '').trim()) return declinedArticle(['empty'], known);

    const meta = metadataFromDocument(doc, options.url);
    const reasons: string[] = [];
    let content: Element | null = null;
    try {
      content = runReadability(doc);
    } catch {
      // Readability throws past maxElemsToParse and on odd DOMs; treat as "no body found".
      reasons.push('readability-failed');
    }
    const clean = cleanBlocks(content ? blocksFromContent(content) : []);
    const body = clean.paragraphs.join('\n');
    const slug = titleFromUrl(meta.url);
    const title =
      meta.title ?? (clean.title ? stripSiteSuffix(clean.title) : null) ?? (slug ? recaseFromText(slug, body) : null) ?? titleFromFirstSentence(clean.paragraphs[0] ?? '');
    // Readability sometimes keeps the headline (as h2) or a dek repeating it.
    const folded = title ? foldForCompare(title) : '';
    const paragraphs = clean.paragraphs.filter((p) => foldForCompare(p) !== folded);
    const subheads = clean.subheads.filter((s) => foldForCompare(s.text) !== folded);
    const shift = clean.paragraphs.length - paragraphs.length;
    const published = meta.published ?? clean.published ?? clean.updated;
    const signals = pageSignals(doc, meta.url);
    const verdict = detectArticle({
      paragraphs,
      jsonLdTypes: meta.jsonLdTypes,
      ogType: meta.ogType,
      hasPublishedDate: !!published,
      ...signals,
      paywall: signals.paywall || meta.paywalled,
    });
    return {
      isArticle: verdict.isArticle,
      reasons: [...verdict.reasons, ...reasons],
      title,
      outlet: meta.outlet,
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
