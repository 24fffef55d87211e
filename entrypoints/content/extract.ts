import { articleFromDocument } from '../../lib/article/from-document';
import type { Article } from '../../lib/article/types';

/** A not-an-article report for a page Parallax did not parse (too large, site turned off), so the side panel can say why. */
export function skipped(reason: string): Article {
  return {
    isArticle: false, reasons: [reason], title: document.title || null, outlet: null, site: location.hostname,
    url: location.href, byline: null, published: null, lang: document.documentElement.lang || null,
    paragraphs: [], subheads: [],
  };
}

/** Extracts the page's article; a page too large to parse, or a parse that throws, becomes a reasoned non-article. */
export function extractArticle(tooLarge: boolean): Article {
  if (tooLarge) return skipped('too-large');
  try {
    return articleFromDocument(document, { url: location.href });
  } catch (err) {
    // Readability throws past maxElemsToParse; any other throw is a bug worth a line in the page console.
    console.debug('[parallax] extraction failed', err);
    return skipped('extract-failed');
  }
}
