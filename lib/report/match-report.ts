import type { Article } from '../article/types';
import { namedElsewhere, type NamedElsewhere } from '../compare/named-elsewhere';
import { crossReferenceQuotes, type QuoteAcross, type QuotedVersion } from '../compare/quote-xref';
import { quotesBySpeaker, type SpeakerAcross } from '../compare/speaker-quotes';
import { findVersions } from '../match/find-versions';
import { summarizeVersions, type VersionSummary } from '../match/summarize';
import type { VersionMatch } from '../match/types';
import { findQuotes } from '../quotes/find-quotes';
import { buildStoryIndex } from '../search/story-index';
import type { Story } from '../stories/types';
import { analysisJson, type AnalysisJson } from './analysis';

/** Version of the CLI's match JSON: bump on any change a consumer could notice. */
export const MATCH_SCHEMA = 'parallax.match/1';

/** The match JSON document (documented in docs/cli-json.md). */
export interface MatchJson {
  schema: typeof MATCH_SCHEMA;
  article: Omit<AnalysisJson, 'schema'>;
  /** How many other versions, outlets and distinct texts, and which versions share a text. */
  summary: VersionSummary;
  matches: VersionMatch[];
  /** Each of the article's quotes across the versions: who carries it, in what words, who lacks it. */
  quotesAcross: QuoteAcross[];
  /** Each speaker's quotes in this article and in the versions. */
  speakersAcross: SpeakerAcross[];
  /** Unnamed sources of this article that a version names. */
  namedElsewhere: NamedElsewhere[];
}

/** Matches an article against a set of stories (indexed in memory) into the stable JSON shape. */
export async function matchJson(article: Article, stories: Story[]): Promise<MatchJson> {
  const { schema: _schema, ...analysis } = analysisJson(article);
  if (!article.isArticle) {
    return { schema: MATCH_SCHEMA, article: analysis, summary: summarizeVersions([]), matches: [], quotesAcross: [], speakersAcross: [], namedElsewhere: [] };
  }
  const byId = new Map(stories.map((s) => [s.id, s]));
  const index = buildStoryIndex(stories);
  const matches = await findVersions(article, index, async (ids) => ids.flatMap((id) => byId.get(id) ?? []));
  const matched = matches.flatMap((m) => byId.get(m.id) ?? []);
  const versions: QuotedVersion[] = matched.map((s) => ({ id: s.id, outlet: s.outlet, quotes: findQuotes(s.paragraphs) }));
  const quotes = findQuotes(article.paragraphs);
  return {
    schema: MATCH_SCHEMA,
    article: analysis,
    summary: summarizeVersions(matches),
    matches,
    quotesAcross: crossReferenceQuotes(quotes, versions),
    speakersAcross: quotesBySpeaker({ outlet: article.outlet ?? article.site ?? 'this article', quotes }, versions),
    namedElsewhere: namedElsewhere(article.paragraphs, matched),
  };
}
