import MiniSearch, { type Options } from 'minisearch';
import type { Story } from '../stories/types';
import { contentTokens } from '../text/tokens';
import { namedTerms } from '../text/entities';

/** Bump when the fields, tokenizer or options below change: a saved index of another version is rebuilt. */
export const INDEX_FORMAT_VERSION = 2;

/** What the index holds per story: its title and characteristic words; stories stay in the database. */
interface IndexedStory {
  id: string;
  title: string;
  text: string;
}

/** The one set of MiniSearch options: building and loading must agree, so both use this. */
export const STORY_INDEX_OPTIONS: Options<IndexedStory> = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: (text) => contentTokens(text),
  // contentTokens already lower-cases and folds; MiniSearch must not undo that.
  processTerm: (term) => term,
};

/** A MiniSearch index of stories. */
export type StoryIndex = MiniSearch<IndexedStory>;

/** How many of a story's words the index keeps: enough to find any version, small enough to load fast. */
export const INDEXED_TERMS = 48;

/**
 * A story's most characteristic words (names first, then the most frequent content words), each
 * once: versions of a story share these, and an index of them is a fraction of a full-text index.
 */
export function indexedTerms(paragraphs: string[]): string[] {
  const text = paragraphs.join('\n');
  const names = namedTerms(text);
  const counts = new Map<string, number>();
  for (const t of contentTokens(text)) if (!/^\d+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + (names.has(t) ? 3 : 1));
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, INDEXED_TERMS)
    .map(([t]) => t);
}

function toIndexed(story: Story): IndexedStory {
  return { id: story.id, title: story.title, text: indexedTerms(story.paragraphs).join(' ') };
}

/** Builds a fresh index over the given stories. */
export function buildStoryIndex(stories: Iterable<Story>): StoryIndex {
  const index = new MiniSearch<IndexedStory>(STORY_INDEX_OPTIONS);
  for (const story of stories) index.add(toIndexed(story));
  return index;
}

/** Adds or replaces one story in the index. */
export function upsertStory(index: StoryIndex, story: Story): void {
  if (index.has(story.id)) index.replace(toIndexed(story));
  else index.add(toIndexed(story));
}

/** Serializes an index for storage; load it back with `loadStoryIndex`. */
export function serializeStoryIndex(index: StoryIndex): string {
  return JSON.stringify(index);
}

/** Loads a serialized index; throws if the text is not a MiniSearch index (callers rebuild then). */
export function loadStoryIndex(json: string): StoryIndex {
  return MiniSearch.loadJSON<IndexedStory>(json, STORY_INDEX_OPTIONS);
}
