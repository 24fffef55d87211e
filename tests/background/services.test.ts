import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createServices } from '../../entrypoints/background/services';
import { LATEST_SCHEMA_VERSION } from '../../lib/db/schema';
import { STORY_DB_NAME } from '../../lib/db/story-db';
import { fail, ok } from '../../lib/messaging/result';
import { freshDb, makeBundle } from './fixtures';

describe('createServices', () => {
  it('does no storage work until first asked, then seeds and builds once for all callers', async () => {
    const db = freshDb();
    const open = vi.spyOn(db, 'open');
    const services = createServices({ db, loadSeed: () => ok(makeBundle(2)), log: () => {} });
    expect(open).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([services.ready(), services.ready()]);
    expect(a).toBe(b);
    expect(a.source).toBe('built');
    expect(await db.stories.count()).toBe(3);
  });

  it('says "update needed" instead of misreading a database written by newer code', async () => {
    const factory = new IDBFactory();
    const newer = new Dexie(STORY_DB_NAME, { indexedDB: factory, IDBKeyRange });
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ stories: 'id', meta: 'key', searchIndex: 'key' });
    await newer.open();
    newer.close();
    const services = createServices({ db: freshDb(factory), loadSeed: () => ok(makeBundle(1)), log: () => {} });
    await expect(services.ready()).rejects.toThrow(/update needed/);
  });

  it('keeps serving stored stories when the seed bundle is rejected or storage is full', async () => {
    const logs: string[] = [];
    const db = freshDb();
    const rejected = createServices({ db, loadSeed: () => fail('invalid-message', 'bad bundle'), log: (m) => logs.push(m) });
    expect((await rejected.ready()).index.documentCount).toBe(0);
    expect(logs[0]).toMatch(/bad bundle/);

    const full = freshDb();
    const quota = Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    vi.spyOn(full.stories, 'bulkPut').mockRejectedValue(quota);
    const services = createServices({ db: full, loadSeed: () => ok(makeBundle(2)), log: (m) => logs.push(m) });
    await expect(services.ready()).resolves.toBeDefined();
    expect(logs[1]).toMatch(/seeding paused: Storage is full/);
  });

  it('does not cache a failure: the next call tries again', async () => {
    const db = freshDb();
    let calls = 0;
    const loadSeed = () => {
      calls++;
      if (calls === 1) throw new Error('transient');
      return ok(makeBundle(1));
    };
    const services = createServices({ db, loadSeed, log: () => {} });
    await expect(services.ready()).rejects.toThrow('transient');
    await expect(services.ready()).resolves.toBeDefined();
  });
});
