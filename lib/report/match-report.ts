import type { Article } from '../article/types';
import { findVersions } from '../match/find-versions';
import type { VersionMatch } from '../match/types';
import { buildStoryIndex } from '../search/story-index';
import type { Story } from '../stories/types';
import { analysisJson, type AnalysisJson } from './analysis';

/** Version of the CLI's match JSON: bump on any change a consumer could notice. */
export const MATCH_SCHEMA = 'parallax.match/1';

/** The match JSON document (documented in docs/cli-json.md). */
export interface MatchJson {
  schema: typeof MATCH_SCHEMA;
  article: Omit<AnalysisJson, 'schema'>;
  matches: VersionMatch[];
}

/** Matches an article against a set of stories (indexed in memory) into the stable JSON shape. */
export async function matchJson(article: Article, stories: Story[]): Promise<MatchJson> {
  const { schema: _schema, ...analysis } = analysisJson(article);
  if (!article.isArticle) return { schema: MATCH_SCHEMA, article: analysis, matches: [] };
  const byId = new Map(stories.map((s) => [s.id, s]));
  const index = buildStoryIndex(stories);
  const matches = await findVersions(article, index, async (ids) => ids.flatMap((id) => byId.get(id) ?? []));
  return { schema: MATCH_SCHEMA, article: analysis, matches };
}
