import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { bumpRevision, seedIfEmpty, type StoryDb } from '../../lib/db/story-db';
import { loadOrBuildIndex, SAVED_INDEX_KEY } from '../../lib/search/persisted-index';
import { buildStoryIndex, INDEX_FORMAT_VERSION, type StoryIndex } from '../../lib/search/story-index';
import { freshDb, makeBundle, makeStory } from './fixtures';

const QUERIES = ['flood valley rescue', 'central bank interest', 'governor Marsh'];

/** Results as comparable data: ids and scores of a few queries. */
function resultsOf(index: StoryIndex) {
  return QUERIES.map((q) => index.search(q).map((r) => [r.id, r.score.toFixed(6)]));
}

async function seeded(): Promise<{ db: StoryDb; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const db = freshDb(factory);
  await seedIfEmpty(db, makeBundle(3));
  return { db, factory };
}

async function freshResults(db: StoryDb) {
  return resultsOf(buildStoryIndex(await db.stories.toArray()));
}

describe('loadOrBuildIndex', () => {
  it('builds and saves on first use; a worker restart loads it instead of rebuilding', async () => {
    const { db, factory } = await seeded();
    const first = await loadOrBuildIndex(db);
    expect(first.source).toBe('built');
    expect(first.saveError).toBeUndefined();
    db.close();
    // A new StoryDb over the same IndexedDB is what a restarted service worker sees.
    const restarted = freshDb(factory);
    const second = await loadOrBuildIndex(restarted);
    expect(second.source).toBe('loaded');
    expect(resultsOf(second.index)).toEqual(resultsOf(first.index));
    expect(resultsOf(second.index)).toEqual(await freshResults(restarted));
  });

  it('builds an empty index for an empty database without throwing', async () => {
    const loaded = await loadOrBuildIndex(freshDb());
    expect(loaded.source).toBe('built');
    expect(loaded.index.documentCount).toBe(0);
  });

  type Tamper = (db: StoryDb) => Promise<unknown>;
  const cases: [string, Tamper][] = [
    ['missing', (db) => db.searchIndex.delete(SAVED_INDEX_KEY)],
    ['from another format version', (db) => db.searchIndex.update(SAVED_INDEX_KEY, { formatVersion: INDEX_FORMAT_VERSION + 1 })],
    ['truncated', async (db) => {
      const row = await db.searchIndex.get(SAVED_INDEX_KEY);
      await db.searchIndex.update(SAVED_INDEX_KEY, { json: row!.json.slice(0, row!.json.length / 2) });
    }],
    ['JSON that is not an index', (db) => db.searchIndex.update(SAVED_INDEX_KEY, { json: '{"hello":"world"}' })],
    ['not a string', (db) => db.searchIndex.update(SAVED_INDEX_KEY, { json: 42 as unknown as string })],
    ['holding another document count', (db) => db.searchIndex.update(SAVED_INDEX_KEY, { json: JSON.stringify(buildStoryIndex([makeStory(1)])) })],
    ['out of step: a story added', (db) => db.transaction('rw', db.stories, db.meta, async () => {
      await db.stories.put(makeStory(5, { title: 'Volcano erupts near the coast' }));
      await bumpRevision(db);
    })],
    ['out of step: same count, a story rewritten', (db) => db.transaction('rw', db.stories, db.meta, async () => {
      await db.stories.put(makeStory(99, { title: 'Volcano erupts near the coast', paragraphs: ['Lava reached the sea.'] }));
      await bumpRevision(db);
    })],
  ];

  it.each(cases)('rebuilds a saved index that is %s, equal to a fresh build, then loads it next time', async (_, tamper) => {
    const { db } = await seeded();
    await loadOrBuildIndex(db);
    await tamper(db);
    const rebuilt = await loadOrBuildIndex(db);
    expect(rebuilt.source).toBe('built');
    expect(resultsOf(rebuilt.index)).toEqual(await freshResults(db));
    expect(rebuilt.index.documentCount).toBe(await db.stories.count());
    // No crash loop: the rebuilt index was saved and is loaded from now on.
    expect((await loadOrBuildIndex(db)).source).toBe('loaded');
  });

  it('keeps working in memory when storage is full, with a clear message, and does not retry', async () => {
    const { db } = await seeded();
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    });
    const put = vi.spyOn(db.searchIndex, 'put').mockRejectedValue(quota);
    const loaded = await loadOrBuildIndex(db);
    expect(loaded.source).toBe('built');
    expect(loaded.saveError).toMatch(/^Storage is full/);
    expect(put).toHaveBeenCalledTimes(1);
    expect(resultsOf(loaded.index)).toEqual(await freshResults(db));
    // Stored stories stay readable.
    expect(await db.stories.count()).toBe(4);
  });
});
