import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSeedBundle } from '../../entrypoints/background/seed-data';
import { readRevision } from '../../lib/db/story-db';
import type { StoryBundle } from '../../lib/stories/types';
import { articleOf, notAnArticle } from './fixtures';
import { contentSender, deliver, startBackground, type Harness } from './harness';

const seed = loadSeedBundle();
if (!seed.ok) throw new Error(`seed bundle: ${seed.error.message}`);
const bundle: StoryBundle = seed.value;
const dawn = bundle.stories.find((s) => s.site.includes('dawn.com')) ?? bundle.stories[0]!;

let bg: Harness;
beforeEach(() => {
  fakeBrowser.reset();
  bg = startBackground(bundle);
});
afterEach(() => bg.stop());

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('reportArticle', () => {
  it('does not list the page’s own story stored under another address (same outlet, same text)', async () => {
    const mirror = 'https://amp.dawn.example/news/1957632';
    const tabId = await openTab(mirror);
    const { res } = await deliver('reportArticle', { article: articleOf(dawn, { url: mirror }) }, contentSender(tabId, mirror));
    expect(res?.ok).toBe(true);
    if (!res?.ok) return;
    expect(res.value.matches.map((m) => m.id)).not.toContain(dawn.id);
    // SRI carries the very same wire text, but it is another outlet: still another version.
    expect(res.value.matches.map((m) => m.outlet)).toContain('SRI');
    expect(res.value.matches).toHaveLength(bundle.stories.length - 1);
  });

  it('matches a seed article against the other seeds and sets that tab’s badge and title', async () => {
    const tabId = await openTab(dawn.url);
    const otherTab = await openTab('https://elsewhere.example/');
    const { res } = await deliver('reportArticle', { article: articleOf(dawn) }, contentSender(tabId, dawn.url));
    expect(res?.ok).toBe(true);
    if (!res?.ok) return;
    const report = res.value;
    expect(report.matches.length).toBeGreaterThan(0);
    // The tab's own page is never one of its other versions.
    expect(report.matches.map((m) => m.url)).not.toContain(dawn.url);
    expect(report.url).toBe(dawn.url);
    expect(report.quotes.length).toBeGreaterThan(0);
    expect(report.quotes.some((q) => q.carriedBy.length > 0)).toBe(true);
    const n = report.matches.length;
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(String(n));
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe(`Parallax: ${n} other version${n === 1 ? '' : 's'} of this story`);
    expect(await fakeBrowser.action.getBadgeText({ tabId: otherTab })).toBe('');
  });

  it("excludes the tab's real URL, not the URL the page claims", async () => {
    const tabId = await openTab(dawn.url);
    const claimed = bundle.stories.find((s) => s.id !== dawn.id)!;
    const { res } = await deliver('reportArticle', { article: articleOf(dawn, { url: claimed.url }) }, contentSender(tabId, dawn.url));
    expect(res?.ok && res.value.url).toBe(dawn.url);
    expect(res?.ok && res.value.matches.map((m) => m.id)).not.toContain(dawn.id);
  });

  it('seeds lazily on first use when the worker started without onInstalled', async () => {
    const tabId = await openTab(dawn.url);
    await deliver('reportArticle', { article: articleOf(dawn) }, contentSender(tabId, dawn.url));
    expect(await bg.services.db.stories.count()).toBe(bundle.stories.length);
  });

  it('seeds on install, once', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await bg.services.ready();
    const revision = await readRevision(bg.services.db);
    expect(await bg.services.db.stories.count()).toBe(bundle.stories.length);
    bg.restart();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    expect((await bg.services.ready()).source).toBe('loaded');
    expect(await readRevision(bg.services.db)).toBe(revision);
  });

  it('keeps a report with no matches for a non-article, and clears the badge', async () => {
    const tabId = await openTab('https://news.example/');
    await fakeBrowser.action.setBadgeText({ tabId, text: '3' });
    const { res } = await deliver('reportArticle', { article: notAnArticle() }, contentSender(tabId, 'https://news.example/'));
    expect(res?.ok && res.value.matches).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/not a news article/);
  });

  it('does not keep a report for a page the tab has already left', async () => {
    const tabId = await openTab('https://news.example/next');
    const { res } = await deliver('reportArticle', { article: articleOf(dawn) }, contentSender(tabId, dawn.url));
    expect(res?.ok).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('turns a failure inside into an internal error value, never a thrown one', async () => {
    const tabId = await openTab(dawn.url);
    bg.services.ready = () => Promise.reject(new Error('disk on fire'));
    const reply = await deliver('reportArticle', { article: articleOf(dawn) }, contentSender(tabId, dawn.url));
    expect(reply.err).toBeUndefined();
    expect(reply.res).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
  });
});

describe('reportArticle from forged senders and with bad payloads', () => {
  const url = 'https://news.example/story';
  const forged: [string, (tabId: number) => object][] = [
    ['another extension', (tabId) => ({ ...contentSender(tabId, url), id: 'evil-extension' })],
    ['a sub-frame', (tabId) => ({ ...contentSender(tabId, url), frameId: 2 })],
    ['no tab', (tabId) => ({ ...contentSender(tabId, url), tab: undefined })],
    ['a non-web tab', (tabId) => ({ ...contentSender(tabId, url), tab: { id: tabId, url: 'chrome://newtab/' } })],
    ['an empty sender', () => ({})],
  ];

  it.each(forged)('rejects %s with forbidden-sender; nothing stored, db untouched', async (_, sender) => {
    await bg.services.ready();
    const before = { count: await bg.services.db.stories.count(), revision: await readRevision(bg.services.db) };
    const tabId = await openTab(url);
    const { res } = await deliver('reportArticle', { article: articleOf(dawn) }, sender(tabId));
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect({ count: await bg.services.db.stories.count(), revision: await readRevision(bg.services.db) }).toEqual(before);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  const article = articleOf(dawn);
  const invalid: [string, unknown][] = [
    ['a wrong shape', { article: { ...article, paragraphs: [1, 2, 3] } }],
    ['no payload', undefined],
    ['__proto__ keys', JSON.parse(`{"__proto__":{"isAdmin":true},"article":${JSON.stringify(article)}}`)],
    ['a huge string', { article: { ...article, title: 'x'.repeat(5_000_000) } }],
    ['too many paragraphs', { article: { ...article, paragraphs: Array(2001).fill('p') } }],
  ];

  it.each(invalid)('rejects %s with invalid-message', async (_, data) => {
    const tabId = await openTab(url);
    const { res } = await deliver('reportArticle', data, contentSender(tabId, url));
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });
});
