import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uniqueParagraphs } from '../../entrypoints/background/build-report';
import { forwardCommand } from '../../entrypoints/background/commands';
import { loadingState, withLoadingState } from '../../entrypoints/background/report-status';
import { siteOf } from '../../entrypoints/background/settings';
import { SETTINGS_KEY } from '../../lib/messaging/protocol';
import { fail, ok } from '../../lib/messaging/result';
import type { VersionMatch } from '../../lib/match/types';
import { articleOf, makeBundle, makeStory } from './fixtures';
import { commandEvent, contentSender, deliver, panelSender, startBackground, type Harness } from './harness';

const story = makeStory(1, { url: 'https://reader.example/flood', outlet: 'Reader Weekly' });
let bg: Harness;
let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  bg = startBackground(makeBundle(3));
  tabId = (await fakeBrowser.tabs.create({ url: story.url })).id!;
});
afterEach(() => bg.stop());

describe('settings', () => {
  it('turns the tab’s site off and on, stored for content scripts to read', async () => {
    expect((await deliver('getSettings', { tabId }, panelSender())).res).toEqual(ok({ site: 'reader.example', siteEnabled: true, markUnique: false }));
    const off = await deliver('updateSettings', { tabId, siteEnabled: false }, panelSender());
    expect(off.res).toEqual(ok({ site: 'reader.example', siteEnabled: false, markUnique: false }));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ disabledSites: ['reader.example'], markUnique: false });
    await deliver('updateSettings', { tabId, siteEnabled: true, markUnique: true }, panelSender());
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ disabledSites: [], markUnique: true });
  });

  it('only the extension’s pages may change settings, with a well-formed payload', async () => {
    const forged = await deliver('updateSettings', { tabId, siteEnabled: false }, contentSender(tabId, story.url));
    expect(forged.res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const bad = await deliver('updateSettings', { tabId, siteEnabled: 'no', __proto__: { x: 1 } }, panelSender());
    expect(bad.res).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });

  it('a site is an http(s) host name; other pages have none', () => {
    expect(siteOf('https://news.example:8443/a?b')).toBe('news.example');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf(null)).toBeNull();
  });
});

describe('database still loading', () => {
  it('a tab without a report while the database prepares gets db-loading, then null', async () => {
    let resolve: () => void = () => {};
    const services = { ready: () => new Promise<never>((r) => (resolve = r as () => void)) };
    expect(await withLoadingState(ok(null), services)).toMatchObject({ ok: false, error: { code: 'db-loading' } });
    resolve();
    expect(await withLoadingState(ok(null), { ready: () => Promise.resolve({} as never) })).toEqual(ok(null));
  });

  it('a failed preparation is reported as such, not as loading forever', async () => {
    expect(await loadingState({ ready: () => Promise.reject(new Error('update needed')) })).toMatchObject({ error: { code: 'internal', message: 'update needed' } });
  });
});

describe('keyboard commands', () => {
  it('forwards next/previous quote to the tab, and ignores other commands', async () => {
    const stepQuote = vi.fn().mockResolvedValue(ok(3));
    const deps = { activeTabId: async () => 7, stepQuote, log: () => {} };
    expect(await forwardCommand(deps, 'next-quote', { id: 5 })).toBe(3);
    expect(stepQuote).toHaveBeenLastCalledWith(5, 1);
    expect(await forwardCommand(deps, 'prev-quote')).toBe(3);
    expect(stepQuote).toHaveBeenLastCalledWith(7, -1);
    expect(await forwardCommand(deps, 'something-else')).toBeNull();
    expect(stepQuote).toHaveBeenCalledTimes(2);
  });

  it('a tab without the content script is logged, not thrown', async () => {
    const logs: string[] = [];
    const deps = { activeTabId: async () => 7, stepQuote: vi.fn().mockRejectedValue(new Error('Receiving end does not exist')), log: (m: string) => logs.push(m) };
    expect(await forwardCommand(deps, 'next-quote')).toBeNull();
    expect(logs[0]).toMatch(/Receiving end/);
    expect(await forwardCommand({ ...deps, stepQuote: vi.fn().mockResolvedValue(fail('internal', 'x')) }, 'next-quote')).toBeNull();
  });

  it('the background listens for commands and stops with its listeners', () => {
    expect(commandEvent.count()).toBe(1);
    bg.stop();
    expect(commandEvent.count()).toBe(0);
    bg = startBackground(makeBundle(3));
  });
});

describe('the report', () => {
  it('carries the counts, the quotes across versions and the paragraphs only this version has', async () => {
    const article = articleOf(story, { paragraphs: [...story.paragraphs, 'A closing line only Reader Weekly printed about the flood defences.'] });
    const { res } = await deliver('reportArticle', { article }, contentSender(tabId, story.url));
    expect(res?.ok).toBe(true);
    if (!res?.ok) return;
    expect(res.value.summary).toMatchObject({ versions: 3, outlets: 3, texts: 1 });
    expect(res.value.uniqueParagraphs).toContain(article.paragraphs.length - 1);
    expect(res.value.quotesAcross?.length).toBeGreaterThan(0);
  });

  it('uniqueParagraphs: what every version lacks; none without versions', () => {
    const m = (added: number[]) => ({ added: added.map((paragraph) => ({ paragraph, text: '' })) }) as VersionMatch;
    expect(uniqueParagraphs([m([4, 1, 2]), m([2, 4])])).toEqual([2, 4]);
    expect(uniqueParagraphs([])).toBeUndefined();
  });
});
