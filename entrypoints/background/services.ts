import { installedSchemaVersion, seedIfEmpty, type StoryDb } from '../../lib/db/story-db';
import { LATEST_SCHEMA_VERSION } from '../../lib/db/schema';
import { describeStorageError, readStorageUsage } from '../../lib/db/storage-errors';
import type { Result } from '../../lib/messaging/result';
import { loadOrBuildIndex, type IndexSource } from '../../lib/search/persisted-index';
import type { StoryIndex } from '../../lib/search/story-index';
import type { StoryBundle } from '../../lib/stories/types';

/** What the background needs to build services: the database and where the seed bundle comes from. */
export interface ServiceDeps {
  db: StoryDb;
  loadSeed: () => Result<StoryBundle>;
  log: (message: string) => void;
}

/** The background's data services: the database and its search index, made ready once per worker. */
export interface BackgroundServices {
  db: StoryDb;
  /** Seeds the database if needed, then loads (or rebuilds) the index. Shared by every caller. */
  ready(): Promise<{ index: StoryIndex; source: IndexSource }>;
}

/**
 * Builds the services without touching storage: the work starts on the first `ready()` call (install
 * or first message), because a worker can start without onInstalled and must still seed.
 */
export function createServices({ db, loadSeed, log }: ServiceDeps): BackgroundServices {
  let pending: Promise<{ index: StoryIndex; source: IndexSource }> | null = null;

  async function prepare(): Promise<{ index: StoryIndex; source: IndexSource }> {
    // Rows written by a newer schema may not fit this code: refuse clearly instead of misreading them.
    const installed = await installedSchemaVersion(db);
    if (installed > LATEST_SCHEMA_VERSION) {
      throw new Error(`database schema ${installed} is newer than this version of Parallax: update needed`);
    }
    const seed = loadSeed();
    if (!seed.ok) log(`seed bundle rejected: ${seed.error.message}`);
    else {
      try {
        await seedIfEmpty(db, seed.value);
      } catch (error) {
        // E.g. storage full: the transaction rolled back, stories already stored still serve matches.
        log(`seeding paused: ${describeStorageError(error, await readStorageUsage())}`);
      }
    }
    const loaded = await loadOrBuildIndex(db);
    if (loaded.saveError) log(`search index not saved: ${loaded.saveError}`);
    return { index: loaded.index, source: loaded.source };
  }

  return {
    db,
    ready() {
      // A failure is not cached: the next message tries again (one attempt per message, no loop).
      pending ??= prepare().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
  };
}
