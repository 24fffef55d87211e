import { describe, expect, it, vi } from 'vitest';
import { openPanelOnActionClick, type ClickEvent } from '../../entrypoints/background/side-panel';
import { badgeFor } from '../../entrypoints/background/badge';
import { articleOf, makeStory, notAnArticle } from './fixtures';
import type { TabReport } from '../../lib/messaging/protocol';

function clickEvent() {
  const listeners = new Set<() => void>();
  const event: ClickEvent = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
  return { event, click: () => listeners.forEach((l) => l()), listeners };
}

describe('openPanelOnActionClick', () => {
  it('Chrome: lets the side panel open itself on a click', () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    const { event, listeners } = clickEvent();
    openPanelOnActionClick({ sidePanel: { setPanelBehavior }, action: { onClicked: event } }, () => {});
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(listeners.size).toBe(0);
  });

  it('Chrome: a failing call is logged, not thrown', async () => {
    const logs: string[] = [];
    const setPanelBehavior = vi.fn(() => {
      throw new Error('not supported');
    });
    expect(() => openPanelOnActionClick({ sidePanel: { setPanelBehavior } }, (m) => logs.push(m))).not.toThrow();
    expect(logs[0]).toMatch(/not supported/);
  });

  it('Firefox: opens the sidebar synchronously on a click, and can be removed', () => {
    const open = vi.fn().mockResolvedValue(undefined);
    const { event, click, listeners } = clickEvent();
    const remove = openPanelOnActionClick({ sidebarAction: { open }, action: { onClicked: event } }, () => {});
    click();
    expect(open).toHaveBeenCalledTimes(1);
    remove();
    expect(listeners.size).toBe(0);
  });

  it('does nothing where neither API exists', () => {
    expect(() => openPanelOnActionClick({}, () => {})()).not.toThrow();
  });
});

describe('badgeFor', () => {
  const base = { tabId: 1, url: 'https://a.example/', quotes: [], speakers: [] };
  const withMatches = (n: number): TabReport => ({
    ...base,
    article: articleOf(makeStory(1)),
    matches: Array.from({ length: n }, () => ({}) as TabReport['matches'][number]),
  });

  it('counts other versions and says what the number counts', () => {
    expect(badgeFor(withMatches(4))).toEqual({ text: '4', title: 'Parallax: 4 other versions of this story' });
    expect(badgeFor(withMatches(1)).title).toBe('Parallax: 1 other version of this story');
    expect(badgeFor(withMatches(0)).text).toBe('');
    expect(badgeFor({ ...base, article: notAnArticle(), matches: [] }).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });
});
