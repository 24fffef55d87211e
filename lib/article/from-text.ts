/**
 * The plain-text path (seeds, bundles, the CLI): one paragraph per line with the
 * page's noise left in, optionally prefixed with " date YYYY-MM-DD ".
 */
import type { Article, KnownMetadata } from './types';
import { stripDatePrefix } from './dates';
import { declinedArticle } from './declined';
import { detectArticle } from './detect';
import { textTooLarge } from './limits';
import { cleanBlocks } from './noise';
import { outletFromSite, siteFromUrl } from './outlet';
import { resetFoldCache } from './text-shape';
import { recaseFromText, titleFromFirstSentence, titleFromUrl } from './title';

/** Extracts an Article from plain text; `known` metadata (e.g. from seeds.json) overrides what the text implies. Never throws. */
export function articleFromText(text: string, known: KnownMetadata = {}): Article {
  try {
    resetFoldCache();
    if (typeof text !== 'string' || !text.trim()) return declinedArticle(['empty'], known);
    const large = textTooLarge(text);
    if (large) return declinedArticle([large], known);
    // Binary data decoded as text is full of control characters; real pages have none.
    if ((text.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0) > 16) {
      return declinedArticle(['not-text'], known);
    }
    const { date, rest } = stripDatePrefix(text);
    const clean = cleanBlocks(rest.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => ({ text: line })));
    const url = known.url ?? null;
    const site = known.site ?? siteFromUrl(url);
    const body = clean.paragraphs.join('\n');
    const slugTitle = titleFromUrl(url);
    const title =
      known.title ?? clean.title ?? (slugTitle ? recaseFromText(slugTitle, body) : null) ?? titleFromFirstSentence(clean.paragraphs[0] ?? '');
    const published = known.published ?? date ?? clean.published ?? clean.updated;
    const verdict = detectArticle({ paragraphs: clean.paragraphs, hasPublishedDate: published ? true : undefined, minWords: 60 });
    return {
      isArticle: verdict.isArticle,
      reasons: verdict.reasons,
      title,
      outlet: known.outlet ?? outletFromSite(site),
      site,
      url,
      byline: known.byline ?? clean.byline,
      published,
      lang: known.lang ?? null,
      paragraphs: clean.paragraphs,
      subheads: clean.subheads,
    };
  } catch {
    // Extraction is best effort: a bug in a rule must not break the caller.
    return declinedArticle(['error'], known);
  }
}
