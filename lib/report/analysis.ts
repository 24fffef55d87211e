import type { Article } from '../article/types';
import { findQuotes } from '../quotes/find-quotes';
import { listSpeakers } from '../quotes/speakers';
import type { Quote, SpeakerEntry } from '../quotes/types';

/** Version of the CLI's analyze JSON: bump on any change a consumer could notice. */
export const ANALYZE_SCHEMA = 'parallax.analyze/1';

/** The analyze JSON document (documented in docs/cli-json.md): the article's metadata plus its quotes. */
export interface AnalysisJson
  extends Pick<Article, 'isArticle' | 'reasons' | 'title' | 'outlet' | 'site' | 'url' | 'byline' | 'published' | 'lang' | 'subheads'> {
  schema: typeof ANALYZE_SCHEMA;
  paragraphs: { index: number; text: string }[];
  quotes: Quote[];
  speakers: SpeakerEntry[];
}

/** Analyzes an extracted article into the stable JSON shape: metadata, paragraphs, quotes, speakers. */
export function analysisJson(article: Article): AnalysisJson {
  const quotes = article.isArticle ? findQuotes(article.paragraphs) : [];
  return {
    schema: ANALYZE_SCHEMA,
    isArticle: article.isArticle,
    reasons: article.reasons,
    title: article.title,
    outlet: article.outlet,
    site: article.site,
    url: article.url,
    byline: article.byline,
    published: article.published,
    lang: article.lang,
    paragraphs: article.paragraphs.map((text, index) => ({ index, text })),
    subheads: article.subheads,
    // Optional fields appear only when set, so a plain quote keeps the documented six keys.
    quotes: quotes.map(({ text, speaker, paragraph, start, end, kind, parts, continues }) => ({
      text, speaker, paragraph, start, end, kind, ...(parts ? { parts } : {}), ...(continues ? { continues } : {}),
    })),
    speakers: listSpeakers(quotes),
  };
}
