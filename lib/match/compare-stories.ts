import type { Article } from '../article/types';
import type { Story } from '../stories/types';
import { normalizeUrlKey } from '../stories/story-id';
import { paragraphCoverage } from '../compare/coverage';
import { containment, shingles } from '../text/shingles';
import { namedTerms } from '../text/entities';
import { cosine, termVector } from '../text/term-vector';
import { daysBetween, decideRelation, scoreEvidence, type PairEvidence } from './relation';
import type { VersionMatch } from './types';

/** Options for comparing an article with candidate stories. */
export interface CompareOptions {
  /** The article's own URL: a stored copy of the same page is not another version. */
  excludeUrl?: string | null;
}

interface Profile {
  text: string;
  shingles: Set<string>;
  names: Set<string>;
  terms: Map<string, number>;
}

function profile(paragraphs: string[]): Profile {
  const text = paragraphs.join('\n');
  return { text, shingles: shingles(text), names: namedTerms(text), terms: termVector(text) };
}

function evidence(a: Profile, b: Profile, aDate: string | null, bDate: string | null): PairEvidence {
  let shared = 0;
  for (const n of a.names) if (b.names.has(n)) shared++;
  const smaller = Math.min(a.names.size, b.names.size);
  return {
    containedInOther: containment(a.shingles, b.shingles),
    otherContained: containment(b.shingles, a.shingles),
    sharedNames: shared,
    nameOverlap: smaller ? shared / smaller : 0,
    termCosine: cosine(a.terms, b.terms),
    daysApart: daysBetween(aDate, bDate),
  };
}

/**
 * Compares an article with candidate stories in full and returns those that are versions of its
 * story, best first, each with the paragraphs this article adds and the ones it lacks.
 */
export function compareWithStories(article: Article, stories: Story[], options: CompareOptions = {}): VersionMatch[] {
  const own = options.excludeUrl ? normalizeUrlKey(options.excludeUrl) : null;
  const mine = profile(article.paragraphs);
  const matches: VersionMatch[] = [];
  for (const story of stories) {
    if (own && normalizeUrlKey(story.url) === own) continue;
    const e = evidence(mine, profile(story.paragraphs), article.published, story.published);
    const relation = decideRelation(e);
    if (!relation) continue;
    const coverage = paragraphCoverage(article.paragraphs, story.paragraphs);
    matches.push({
      id: story.id,
      outlet: story.outlet,
      url: story.url,
      title: story.title,
      published: story.published,
      score: scoreEvidence(e, relation),
      relation,
      added: coverage.onlyInA.map((i) => ({ paragraph: i, text: article.paragraphs[i]! })),
      missing: coverage.onlyInB.map((i) => ({ from: story.id, paragraph: i, text: story.paragraphs[i]! })),
    });
  }
  return matches.sort((x, y) => relationRank(x) - relationRank(y) || y.score - x.score || x.id.localeCompare(y.id));
}

function relationRank(m: VersionMatch): number {
  return m.relation === 'same-wire' ? 0 : 1;
}
