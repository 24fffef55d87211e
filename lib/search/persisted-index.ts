import type { StoryDb, SavedIndexRow } from '../db/story-db';
import { readRevision } from '../db/story-db';
import { describeStorageError } from '../db/storage-errors';
import {
  buildStoryIndex,
  INDEX_FORMAT_VERSION,
  loadStoryIndex,
  serializeStoryIndex,
  upsertStory,
  type StoryIndex,
} from './story-index';

/** Key of the one saved index row. */
export const SAVED_INDEX_KEY = 'stories';

/** Where an index came from: read back from the database, or built from its stories. */
export type IndexSource = 'loaded' | 'built';

/** A ready index, how it was obtained, and why saving it failed (it still works in memory). */
export interface LoadedIndex {
  index: StoryIndex;
  source: IndexSource;
  /** Set when a freshly built index could not be saved (e.g. storage full); the next start rebuilds. */
  saveError?: string;
}

/** The saved index when it matches the database exactly; null when missing, stale or unreadable. */
function loadIfCurrent(saved: SavedIndexRow | undefined, storyCount: number, revision: number): StoryIndex | null {
  if (!saved) return null;
  if (saved.formatVersion !== INDEX_FORMAT_VERSION) return null;
  if (saved.storyCount !== storyCount || saved.revision !== revision) return null;
  if (typeof saved.json !== 'string') return null;
  try {
    const index = loadStoryIndex(saved.json);
    // A truncated or hand-edited JSON can still parse; the document count must agree too.
    return index.documentCount === storyCount ? index : null;
  } catch {
    return null;
  }
}

/**
 * Loads the saved search index when it was built from exactly the current stories (same format
 * version, story count and revision); otherwise rebuilds it from the database and saves it. A worker
 * restart therefore loads instead of re-indexing. Never throws for a bad saved index: it rebuilds.
 */
export async function loadOrBuildIndex(db: StoryDb): Promise<LoadedIndex> {
  // Read the three together so the saved row and the counts it is checked against are one snapshot.
  const { storyCount, revision, saved } = await db.transaction('r', db.stories, db.meta, db.searchIndex, async () => ({
    storyCount: await db.stories.count(),
    revision: await readRevision(db),
    saved: await db.searchIndex.get(SAVED_INDEX_KEY),
  }));
  const index = loadIfCurrent(saved, storyCount, revision);
  if (index) return { index, source: 'loaded' };
  return buildAndSave(db);
}

/** Builds the index from every story and saves it with the revision it was built at. */
async function buildAndSave(db: StoryDb): Promise<LoadedIndex> {
  // One read transaction: the count and revision describe exactly the stories indexed.
  const built = await db.transaction('r', db.stories, db.meta, async () => {
    const index = buildStoryIndex([]);
    await db.stories.each((story) => upsertStory(index, story));
    return { index, storyCount: await db.stories.count(), revision: await readRevision(db) };
  });
  const row: SavedIndexRow = {
    key: SAVED_INDEX_KEY,
    formatVersion: INDEX_FORMAT_VERSION,
    storyCount: built.storyCount,
    revision: built.revision,
    json: serializeStoryIndex(built.index),
  };
  try {
    await db.searchIndex.put(row);
    return { index: built.index, source: 'built' };
  } catch (error) {
    // Storage full or similar: the in-memory index still serves this worker's lifetime. No retry here,
    // so a full disk does not turn into a write storm; the next worker start tries once again.
    return { index: built.index, source: 'built', saveError: describeStorageError(error) };
  }
}
