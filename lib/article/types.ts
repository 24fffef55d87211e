/** A subhead kept apart from the body: its text and the index of the body paragraph it precedes. */
export interface Subhead {
  text: string;
  before: number;
}

/** What extraction learned about a page: metadata, clean body paragraphs, and why it is (not) an article. */
export interface Article {
  isArticle: boolean;
  /** Short machine-readable reasons for the isArticle decision, e.g. "jsonld:NewsArticle", "too-short". */
  reasons: string[];
  title: string | null;
  outlet: string | null;
  site: string | null;
  url: string | null;
  byline: string | null;
  /** ISO 8601 date (YYYY-MM-DD or a full timestamp) or null when the page gives none. */
  published: string | null;
  lang: string | null;
  /** Clean body paragraphs, page noise removed. */
  paragraphs: string[];
  subheads: Subhead[];
}

/** Metadata a caller may already know (seeds.json, a bundle) that overrides what the text implies. */
export interface KnownMetadata {
  title?: string | null;
  outlet?: string | null;
  site?: string | null;
  url?: string | null;
  byline?: string | null;
  published?: string | null;
  lang?: string | null;
}
