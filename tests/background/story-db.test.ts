import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, STORY_DB_SCHEMA } from '../../lib/db/schema';
import {
  getStories,
  installedSchemaVersion,
  readRevision,
  SEED_KEY,
  seedIfEmpty,
  STORY_DB_NAME,
} from '../../lib/db/story-db';
import { freshDb, makeBundle, makeStory } from './fixtures';

describe('seedIfEmpty', () => {
  it('writes the bundle once and records it; a second call changes nothing', async () => {
    const db = freshDb();
    const bundle = makeBundle(3);
    expect(await seedIfEmpty(db, bundle)).toBe('seeded');
    expect(await db.stories.count()).toBe(4);
    const revision = await readRevision(db);
    expect(await seedIfEmpty(db, bundle)).toBe('already-seeded');
    expect(await db.stories.count()).toBe(4);
    expect(await readRevision(db)).toBe(revision);
    expect((await db.meta.get(SEED_KEY))?.value).toMatch(/^v1:4:/);
  });

  it('writes a changed seed bundle (a new release) again', async () => {
    const db = freshDb();
    await seedIfEmpty(db, makeBundle(2));
    expect(await seedIfEmpty(db, makeBundle(3))).toBe('seeded');
    expect(await db.stories.count()).toBe(4);
  });

  it('leaves nothing behind when the write fails midway', async () => {
    const db = freshDb();
    const bundle = makeBundle(2);
    // An invalid key (no id) makes bulkPut fail inside the transaction.
    const broken = { ...bundle, stories: [...bundle.stories, { ...makeStory(7), id: undefined as unknown as string }] };
    await expect(seedIfEmpty(db, broken)).rejects.toThrow();
    expect(await db.stories.count()).toBe(0);
    expect(await db.meta.get(SEED_KEY)).toBeUndefined();
  });
});

describe('getStories', () => {
  it('returns stories in the order asked and skips unknown ids', async () => {
    const db = freshDb();
    await seedIfEmpty(db, makeBundle(3));
    const [a, b] = [makeStory(3).id, makeStory(1).id];
    const found = await getStories(db, [a, 'ffffffffffffffff', b]);
    expect(found.map((s) => s.id)).toEqual([a, b]);
  });
});

describe('schema versions', () => {
  it('are numbered 1, 2, … without gaps (append-only)', () => {
    expect(STORY_DB_SCHEMA.map((s) => s.version)).toEqual(STORY_DB_SCHEMA.map((_, i) => i + 1));
  });

  it.each(STORY_DB_SCHEMA.map((s) => s.version))('a database written at schema %i opens with the current code, data kept', async (version) => {
    const factory = new IDBFactory();
    const old = freshDb(factory, version);
    await seedIfEmpty(old, makeBundle(2));
    old.close();
    const current = freshDb(factory);
    expect(await current.stories.count()).toBe(3);
    expect((await current.stories.get(makeStory(1).id))?.paragraphs).toEqual(makeStory(1).paragraphs);
    expect(await installedSchemaVersion(current)).toBe(LATEST_SCHEMA_VERSION);
    current.close();
    // Opening again (the upgrade already ran) keeps the data too.
    expect(await freshDb(factory).stories.count()).toBe(3);
  });

  it('reports the installed version when newer code wrote the database', async () => {
    const factory = new IDBFactory();
    const newer = new Dexie(STORY_DB_NAME, { indexedDB: factory, IDBKeyRange });
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ stories: 'id, url, published, outlet, site', meta: 'key', searchIndex: 'key' });
    await newer.open();
    newer.close();
    expect(await installedSchemaVersion(freshDb(factory))).toBe(LATEST_SCHEMA_VERSION + 1);
  });
});
