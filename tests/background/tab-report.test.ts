import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabReportStore } from '../../entrypoints/background/tab-reports';
import type { TabReport } from '../../lib/messaging/protocol';
import { articleOf, makeBundle, makeStory } from './fixtures';
import { contentSender, deliver, panelSender, startBackground, type Harness } from './harness';

// Another outlet carrying outlet 1's text: all three stored versions are other versions of it.
const story = makeStory(1, { url: 'https://reader.example/flood', outlet: 'Reader Weekly' });
let bg: Harness;
let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  bg = startBackground(makeBundle(3));
  tabId = (await fakeBrowser.tabs.create({ url: story.url })).id!;
  const { res } = await deliver('reportArticle', { article: articleOf(story) }, contentSender(tabId, story.url));
  expect(res?.ok && res.value.matches.length).toBe(3);
});
afterEach(() => bg.stop());

const getReport = (id: number, sender = panelSender()) => deliver('getTabReport', { tabId: id }, sender);

describe('getTabReport', () => {
  it('gives the side panel the stored report, and null for a tab without one', async () => {
    const { res } = await getReport(tabId);
    expect(res?.ok && res.value?.tabId).toBe(tabId);
    expect((await getReport(999)).res).toEqual({ ok: true, value: null });
  });

  it('rejects a content script (even ours) and other extensions with forbidden-sender', async () => {
    for (const sender of [contentSender(tabId, story.url), { ...panelSender(), id: 'evil' }, {}]) {
      expect((await getReport(tabId, sender)).res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('rejects a malformed request with invalid-message', async () => {
    const { res } = await deliver('getTabReport', { tabId: '1; drop' }, panelSender());
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('still answers after a worker restart (storage.session)', async () => {
    bg.restart();
    const { res } = await getReport(tabId);
    expect(res?.ok && res.value?.matches.length).toBe(3);
  });
});

describe('report lifetime', () => {
  it('drops the report when the tab closes', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    await vi.waitFor(async () => expect((await getReport(tabId)).res).toEqual({ ok: true, value: null }));
  });

  it('clears report and badge when the tab navigates to another page', async () => {
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('3');
    await fakeBrowser.tabs.update(tabId, { url: 'https://reader.example/other' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(''));
    expect((await getReport(tabId)).res).toEqual({ ok: true, value: null });
  });

  it('keeps report and badge on an in-page anchor jump', async () => {
    await fakeBrowser.tabs.update(tabId, { url: `${story.url}#comments` });
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('3');
    expect((await getReport(tabId)).res?.ok).toBe(true);
  });
});

describe('TabReportStore', () => {
  const report = { tabId: 5, url: 'https://a.example/' } as TabReport;

  it('works in memory only where storage.session is missing', async () => {
    const store = new TabReportStore(undefined);
    await store.put(report);
    expect(await store.get(5)).toBe(report);
    await store.drop(5);
    expect(await store.get(5)).toBeNull();
  });

  it('keeps the report in memory when storage.session is full', async () => {
    const full = { ...fakeBrowser.storage.session, set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const store = new TabReportStore(full);
    await store.put(report);
    expect(await store.get(5)).toBe(report);
  });

  it('ignores a stored value that is not a report for that tab', async () => {
    await fakeBrowser.storage.session.set({ 'tabReport:6': { tabId: 7 } });
    expect(await new TabReportStore(fakeBrowser.storage.session).get(6)).toBeNull();
  });
});
