import { Dexie, type EntityTable } from 'dexie';
import type { Story, StoryBundle } from '../stories/types';
import { declareSchema, LATEST_SCHEMA_VERSION } from './schema';

/** A key-value row: e.g. which seed bundle was loaded, and the stories revision. */
export interface MetaRow {
  key: string;
  value: string | number;
}

/** The persisted MiniSearch index with what it was built from, so a stale one is detected. */
export interface SavedIndexRow {
  key: string;
  formatVersion: number;
  storyCount: number;
  /** The stories revision (meta `storiesRevision`) the index was built at. */
  revision: number;
  json: string;
}

/** IndexedDB implementation to use instead of the global one (tests pass fake-indexeddb's). */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Options for opening the story database. */
export interface StoryDbOptions extends Partial<IndexedDbDeps> {
  name?: string;
  /** Declare schema versions only up to this one (tests of upgrades). */
  schemaVersion?: number;
}

/** The database's name in the extension's origin. */
export const STORY_DB_NAME = 'parallax';
/** Meta key of the counter bumped in the same transaction as every write to `stories`. */
export const STORIES_REVISION_KEY = 'storiesRevision';
/** Meta key of the fingerprint of the seed bundle last written. */
export const SEED_KEY = 'seedBundle';

/** The extension's local database: stories, small metadata, and the saved search index. */
export class StoryDb extends Dexie {
  stories!: EntityTable<Story, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  searchIndex!: EntityTable<SavedIndexRow, 'key'>;

  constructor(options: StoryDbOptions = {}) {
    const { name = STORY_DB_NAME, indexedDB, IDBKeyRange, schemaVersion } = options;
    super(name, indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined);
    declareSchema(this, schemaVersion ?? LATEST_SCHEMA_VERSION);
  }
}

/** Reads the stories revision (0 before any write). Call inside a transaction that includes `meta`. */
export async function readRevision(db: StoryDb): Promise<number> {
  const row = await db.meta.get(STORIES_REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Bumps the stories revision. Call inside the same rw transaction as the stories write it describes. */
export async function bumpRevision(db: StoryDb): Promise<number> {
  const next = (await readRevision(db)) + 1;
  await db.meta.put({ key: STORIES_REVISION_KEY, value: next });
  return next;
}

/** Cheap fingerprint of a bundle (FNV-1a over its ids), so a changed seed set is written again. */
export function bundleFingerprint(bundle: StoryBundle): string {
  let hash = 0x811c9dc5;
  for (const story of bundle.stories) {
    for (let i = 0; i < story.id.length; i++) {
      hash ^= story.id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `v${bundle.version}:${bundle.stories.length}:${hash.toString(16)}`;
}

/**
 * Writes the seed bundle once: skipped when this very bundle was already written (so install and
 * lazy first-use seeding can both call it). One transaction, so a stopped worker leaves all or nothing.
 */
export async function seedIfEmpty(db: StoryDb, bundle: StoryBundle): Promise<'seeded' | 'already-seeded'> {
  const fingerprint = bundleFingerprint(bundle);
  return db.transaction('rw', db.stories, db.meta, async () => {
    const seeded = await db.meta.get(SEED_KEY);
    if (seeded?.value === fingerprint) return 'already-seeded';
    await db.stories.bulkPut(bundle.stories);
    await db.meta.put({ key: SEED_KEY, value: fingerprint });
    await bumpRevision(db);
    return 'seeded';
  });
}

/** The stories with these ids, in the order asked, skipping ids not in the database. */
export async function getStories(db: StoryDb, ids: readonly string[]): Promise<Story[]> {
  const rows = await db.stories.bulkGet([...ids]);
  return rows.filter((s): s is Story => s !== undefined);
}

/**
 * The schema version installed on disk. Dexie 4 opens a database written by newer code silently
 * (keeping its own `verno`), so "update needed" must be read from the native version (Dexie stores ×10).
 */
export async function installedSchemaVersion(db: StoryDb): Promise<number> {
  if (!db.isOpen()) await db.open();
  return db.backendDB().version / 10;
}
