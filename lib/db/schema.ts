import type { Dexie, Transaction } from 'dexie';

/** One schema version of the story database: its stores and, from version 2 on, how old rows are upgraded. */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexed fields. `null` deletes a store. */
  stores: Record<string, string | null>;
  /**
   * Rewrites rows written under the previous version. Must be safe to run twice (a worker can stop
   * mid-upgrade and IndexedDB then rolls back and runs it again), so test "already upgraded" rows too.
   */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version ever shipped, oldest first. Append-only: a user may still hold any of these,
 * so never edit or drop an entry. The next change looks like:
 *
 *   { version: 2, stores: { stories: 'id, url, published, outlet, site' },
 *     upgrade: (tx) => tx.table('stories').toCollection().modify((s) => { s.site ??= '' }) },
 */
export const STORY_DB_SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      stories: 'id, url, published, outlet',
      meta: 'key',
      searchIndex: 'key',
    },
  },
];

/** The newest schema version this code knows. */
export const LATEST_SCHEMA_VERSION = STORY_DB_SCHEMA.at(-1)?.version ?? 1;

/** Declares schema versions up to `upTo` (default: all) on a Dexie instance; tests open older schemas with it. */
export function declareSchema(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const step of STORY_DB_SCHEMA) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}
