import type { Article } from '../article/types';
import { findQuotes } from '../quotes/find-quotes';
import { listSpeakers } from '../quotes/speakers';
import type { Quote, SpeakerEntry } from '../quotes/types';

/** Version of the CLI's analyze JSON: bump on any change a consumer could notice. */
export const ANALYZE_SCHEMA = 'parallax.analyze/1';

/** The analyze JSON document (documented in docs/cli-json.md). */
export interface AnalysisJson {
  schema: typeof ANALYZE_SCHEMA;
  isArticle: boolean;
  reasons: string[];
  title: string | null;
  outlet: string | null;
  site: string | null;
  url: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  paragraphs: { index: number; text: string }[];
  subheads: { text: string; before: number }[];
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
    quotes: quotes.map(({ text, speaker, paragraph, start, end, kind }) => ({ text, speaker, paragraph, start, end, kind })),
    speakers: listSpeakers(quotes),
  };
}
