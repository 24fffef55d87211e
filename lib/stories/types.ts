/** A stored version of a story: what the database and the search index hold. */
export interface Story {
  /** Stable id: a hash of the canonical URL. */
  id: string;
  url: string;
  outlet: string;
  site: string;
  title: string;
  /** ISO 8601 date or null. */
  published: string | null;
  lang: string | null;
  byline: string | null;
  paragraphs: string[];
}

/** The file format that ships stories with the extension (and that the CLI can match against). */
export interface StoryBundle {
  format: 'parallax-bundle';
  version: 1;
  stories: Story[];
}
