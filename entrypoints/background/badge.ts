import type { TabReport } from '../../lib/messaging/protocol';

/** The two action calls the badge needs (Chrome's `action`, or Firefox MV2's `browserAction`). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/** What the toolbar button shows for a tab: the count of other versions and what that count means. */
export function badgeFor(report: TabReport | null): { text: string; title: string } {
  if (!report) return { text: '', title: 'Parallax' };
  if (!report.article.isArticle) return { text: '', title: 'Parallax: this page is not a news article' };
  const n = report.matches.length;
  if (n === 0) return { text: '', title: 'Parallax: no other versions of this story found' };
  return { text: String(n), title: `Parallax: ${n} other ${n === 1 ? 'version' : 'versions'} of this story` };
}

/** Sets the tab's badge and title; a tab closed meanwhile is not an error worth reporting. */
export async function showBadge(action: BadgeApi, tabId: number, report: TabReport | null): Promise<void> {
  const { text, title } = badgeFor(report);
  try {
    await Promise.all([action.setBadgeText({ tabId, text }), action.setTitle({ tabId, title })]);
  } catch {
    // "No tab with id": the tab went away between the report and the badge.
  }
}
