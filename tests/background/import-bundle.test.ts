import { describe, expect, it, vi } from 'vitest';
import { importBundleText, jsonDepth, parseBundleText } from '../../lib/db/import-bundle';
import { readRevision, seedIfEmpty, type StoryDb } from '../../lib/db/story-db';
import { freshDb, makeBundle, makeStory } from './fixtures';

async function seededDb(): Promise<StoryDb> {
  const db = freshDb();
  await seedIfEmpty(db, makeBundle(2));
  return db;
}

const good = { format: 'parallax-bundle', version: 1, stories: [makeStory(40), makeStory(41)] };
const text = (data: unknown) => JSON.stringify(data);

describe('importBundleText', () => {
  it('imports a valid bundle in one go', async () => {
    const db = await seededDb();
    expect(await importBundleText(db, text(good))).toEqual({ ok: true, value: { stories: 2 } });
    expect(await db.stories.count()).toBe(5);
  });

  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const cases: [string, string, RegExp][] = [
    ['not JSON', 'hello, world', /not JSON/],
    ['truncated', text(good).slice(0, 200), /not JSON/],
    ['the wrong shape', text({ stories: 'none' }), /bundle/],
    ['a future format version', text({ ...good, version: 2 }), /newer.*update needed/],
    ['duplicate ids', text({ ...good, stories: [makeStory(40), makeStory(40)] }), /duplicate/],
    ['very deep nesting', deep, /nests too deeply/],
    ['a 10 MB string', text({ ...good, stories: [makeStory(40, { paragraphs: ['x'.repeat(10_000_000)] })] }), /bundle at stories/],
    ['__proto__ keys', text(good).replace('"url"', '"__proto__":{"polluted":true},"url"'), /bundle at stories/],
    ['a bad id', text({ ...good, stories: [{ ...makeStory(40), id: '../../etc' }] }), /bundle at stories/],
  ];

  it.each(cases)('rejects %s before any write, with a specific message', async (_, input, message) => {
    const db = await seededDb();
    const before = { count: await db.stories.count(), revision: await readRevision(db) };
    const result = await importBundleText(db, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect({ count: await db.stories.count(), revision: await readRevision(db) }).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('rejects a file over the size limit before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseBundleText(text(good), 100);
    expect(result.ok || result.error.code).toBe('too-large');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('keeps HTML in text fields as literal text (it is never rendered as markup)', async () => {
    const db = await seededDb();
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = await importBundleText(db, text({ ...good, stories: [makeStory(42, { title: html })] }));
    expect(result.ok).toBe(true);
    expect((await db.stories.get(makeStory(42).id))?.title).toBe(html);
  });

  it('reports a full disk clearly and leaves existing data as it was', async () => {
    const db = await seededDb();
    const quota = Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    vi.spyOn(db.stories, 'bulkPut').mockRejectedValue(quota);
    const result = await importBundleText(db, text(good));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Storage is full/);
    expect(await db.stories.count()).toBe(3);
  });
});

describe('jsonDepth', () => {
  it('counts nesting and ignores brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
  });
});
