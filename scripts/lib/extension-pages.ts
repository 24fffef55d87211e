import type { BrowserContext, Page, Worker } from 'playwright-core';

/** The little of the extension API the helpers call inside the service worker. */
interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
}

/** The id of the (first) tab showing exactly this URL, asked of the extension's own worker. */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  const id = await sw.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return (await c.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The badge text of a tab ('' when none). */
export function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The toolbar button's tooltip for a tab. */
export function badgeTitle(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getTitle({ tabId: id }), tabId);
}

/** Polls the badge until it is non-empty or the time is up; returns the last text seen. */
export async function waitForBadge(sw: Worker, tabId: number, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = await badgeText(sw, tabId);
    if (text) return text;
    await new Promise((r) => setTimeout(r, 150));
  }
  return text;
}

/** Opens a page in the extension's browser and waits for its load event. */
export async function openArticle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Size of the shared highlight registry entry, read from the page's main world. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('parallax-quote')?.size ?? 0);
}

/** Waits for at least one quote highlight. */
export async function waitForHighlights(page: Page, timeoutMs = 10_000): Promise<number> {
  await page.waitForFunction(() => (CSS.highlights.get('parallax-quote')?.size ?? 0) > 0, undefined, { timeout: timeoutMs });
  return highlightCount(page);
}

/** A rectangle in viewport pixels. */
export interface Rect { x: number; y: number; width: number; height: number }

/** Scrolls the n-th highlighted quote into view and moves the mouse onto its first line; returns the point and the quote's line boxes. */
export async function hoverQuote(page: Page, n = 0): Promise<{ x: number; y: number; rects: Rect[] }> {
  await page.evaluate((i) => {
    const range = Array.from(CSS.highlights.get('parallax-quote') ?? [])[i];
    if (!(range instanceof Range)) throw new Error('no such highlighted quote');
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, n);
  await page.waitForTimeout(100); // let the scroll settle: the card hides on scroll
  const point = await page.evaluate((i) => {
    const range = Array.from(CSS.highlights.get('parallax-quote') ?? [])[i] as Range;
    const rects = Array.from(range.getClientRects()).map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
    const r = rects[0] ?? { x: 0, y: 0, width: 0, height: 0 };
    return { x: r.x + Math.min(r.width / 2, 40), y: r.y + r.height / 2, rects };
  }, n);
  await page.mouse.move(point.x - 30, point.y + 200);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  return point;
}

/** Opens the side panel page as a tab describing `tabId`, and waits until it shows a state or a report. */
export async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector(
    '.article-header, [data-state="not-article"], [data-state="too-large"], [data-state="site-off"], [data-state="error"]',
    { timeout: 15_000 },
  );
  return panel;
}

/** Durations (ms) of the main thread's long tasks (> 50 ms) so far, page and content script alike. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => new Promise<number[]>((resolve) => {
    const seen: number[] = [];
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(Math.round(e.duration))));
    obs.observe({ type: 'longtask', buffered: true });
    setTimeout(() => {
      obs.disconnect();
      resolve(seen);
    }, 50);
  }));
}
