import type { Article } from '../article/types';
import type { Story } from '../stories/types';
import { normalizeUrlKey } from '../stories/story-id';
import { compareParagraphs } from '../compare/changes';
import { containment } from '../text/shingles';
import { storyParagraphs } from './boilerplate';
import { isLiveBlog } from './live-blog';
import { profileOf, themeCosine, type Profile } from './profile';
import { storyProfile } from './profile-cache';
import { cosine } from '../text/term-vector';
import { daysBetween, decideRelation, scoreEvidence, type PairEvidence } from './relation';
import { textGroups } from './text-groups';
import type { Relation, VersionMatch } from './types';

/** Options for comparing an article with candidate stories. */
export interface CompareOptions {
  /** The article's own URL: a stored copy of the same page is not another version. */
  excludeUrl?: string | null;
}

function evidence(a: Profile, b: Profile, dates: [string | null, string | null], liveBlog: boolean): PairEvidence {
  let shared = 0;
  for (const n of a.names) if (b.names.has(n)) shared++;
  let sharedShingles = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) sharedShingles++;
  const smaller = Math.min(a.names.size, b.names.size);
  return {
    containedInOther: containment(a.shingles, b.shingles),
    otherContained: containment(b.shingles, a.shingles),
    sharedShingles,
    sharedNames: shared,
    nameOverlap: smaller ? shared / smaller : 0,
    termCosine: cosine(a.terms, b.terms),
    themeCosine: themeCosine(a, b),
    daysApart: daysBetween(dates[0], dates[1]),
    liveBlog,
  };
}

/** The relation of one story to the article, with the profile it was decided on. */
function relate(article: Article, mine: Profile, mineIsLive: boolean, story: Story): { relation: Relation; score: number; profile: Profile } | null {
  let [own, theirs] = [mine, storyProfile(story)];
  if (article.site && article.site === story.site) {
    // Two pages of one site share its furniture: judge them on what each says about its story.
    const [a, b] = storyParagraphs(article.paragraphs, story.paragraphs, true);
    [own, theirs] = [profileOf(a), profileOf(b)];
  }
  const e = evidence(own, theirs, [article.published, story.published], mineIsLive || isLiveBlog(story.paragraphs, story.title));
  const relation = decideRelation(e);
  return relation ? { relation, score: scoreEvidence(e, relation), profile: theirs } : null;
}

/**
 * Compares an article with candidate stories in full and returns those that are versions of its
 * story, best first, each with the paragraphs this article adds, those it lacks, those reworded, and
 * which text it carries.
 */
export function compareWithStories(article: Article, stories: Story[], options: CompareOptions = {}): VersionMatch[] {
  const ownUrl = options.excludeUrl ? normalizeUrlKey(options.excludeUrl) : null;
  const [body] = storyParagraphs(article.paragraphs, [], false);
  const mine = profileOf(body);
  const mineIsLive = isLiveBlog(article.paragraphs, article.title);
  const found: { match: Omit<VersionMatch, 'text'>; profile: Profile }[] = [];
  for (const story of stories) {
    if (ownUrl && normalizeUrlKey(story.url) === ownUrl) continue;
    const related = relate(article, mine, mineIsLive, story);
    if (!related) continue;
    const { alignment, changed } = compareParagraphs(article.paragraphs, story.paragraphs);
    found.push({
      profile: related.profile,
      match: {
        id: story.id, outlet: story.outlet, url: story.url, title: story.title, published: story.published,
        score: related.score, relation: related.relation,
        added: alignment.added.map((i) => ({ paragraph: i, text: article.paragraphs[i]! })),
        missing: alignment.missing.map((j) => ({ from: story.id, paragraph: j, text: story.paragraphs[j]! })),
        changed,
      },
    });
  }
  found.sort((x, y) => rank(x.match) - rank(y.match) || y.match.score - x.match.score || x.match.id.localeCompare(y.match.id));
  const groups = textGroups(found.map((f) => ({ sameWire: f.match.relation === 'same-wire', profile: f.profile })));
  return found.map((f, i) => ({ ...f.match, text: groups[i]! }));
}

function rank(m: Pick<VersionMatch, 'relation'>): number {
  return m.relation === 'same-wire' ? 0 : 1;
}
