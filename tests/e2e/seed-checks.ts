import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  hoverQuote, longTasks, openArticle, openPanel, tabIdOf, waitForBadge, waitForHighlights,
} from '../../scripts/lib/extension-pages';
import type { E2eEnv, Harness } from './env';

/** Checks on the seed pages: badge, panel list and detail, highlights, hover card, tab following, navigation. */
export async function seedChecks(env: E2eEnv, h: Harness): Promise<void> {
  const { context, sw, extensionId, server, out: OUT } = env;
  const main = server.seeds[0];
  assert.ok(main, 'no seeds to test');
  let mainPage: Page | undefined;
  let mainPanel: Page | undefined;

  await h.check('each seed page: badge equals the number of versions reported, and is >= 1', async () => {
    const seen: string[] = [];
    for (const seed of server.seeds) {
      const page = await openArticle(context, seed.url);
      const tabId = await tabIdOf(sw, seed.url);
      const badge = await waitForBadge(sw, tabId);
      const panel = await openPanel(context, extensionId, tabId);
      const listed = await panel.locator('li.version').count();
      assert.equal(badge, String(listed), `${seed.stem}: badge "${badge}" but the panel lists ${listed} versions`);
      assert.ok(listed >= 1, `${seed.stem}: no versions`);
      seen.push(`${seed.outlet}=${badge}`);
      if (seed === main) [mainPage, mainPanel] = [page, panel];
      else await Promise.all([panel.close(), page.close()]);
    }
    return seen.join(', ');
  });

  await h.check('side panel lists the versions with their outlets visible', async () => {
    assert.ok(mainPanel, 'panel not open');
    const outlets = mainPanel.locator('li.version .outlet');
    const n = await outlets.count();
    assert.ok(n >= 1, 'no version items');
    const names = await outlets.allInnerTexts();
    const known = new Set(server.seeds.map((s) => s.outlet));
    for (let i = 0; i < n; i++) assert.ok(await outlets.nth(i).isVisible(), `outlet ${i} hidden`);
    for (const name of names) assert.ok(known.has(name), `unknown outlet "${name}"`);
    assert.ok(await mainPanel.locator('.article-header .title').isVisible(), 'article header missing');
    return `${n} items: ${names.join(', ')}`;
  });

  await h.check('the page is not listed as another version of itself', async () => {
    assert.ok(mainPanel, 'panel not open');
    const names = await mainPanel.locator('li.version .outlet').allInnerTexts();
    // The seed pages are served from 127.0.0.1, so the stored copy of this very page has another URL.
    assert.ok(!names.includes(main.outlet), `"${main.outlet}" (this page's own stored copy) is listed among its other versions`);
  });

  await h.check('choosing a version shows what this article adds and what it lacks', async () => {
    assert.ok(mainPanel, 'panel not open');
    await mainPanel.locator('li.version button').first().click();
    await mainPanel.locator('.detail .added h3').waitFor({ state: 'visible', timeout: 5000 });
    await mainPanel.locator('.detail .missing h3').waitFor({ state: 'visible', timeout: 5000 });
    const added = await mainPanel.locator('.detail .added h3').innerText();
    const missing = await mainPanel.locator('.detail .missing h3').innerText();
    await mainPanel.screenshot({ path: join(OUT, 'panel-detail.png'), fullPage: true });
    return `${added} / ${missing}`;
  });

  await h.check('quotes are highlighted in the page (CSS Custom Highlight API)', async () => {
    assert.ok(mainPage, 'page not open');
    await mainPage.bringToFront();
    const n = await waitForHighlights(mainPage);
    assert.ok(n > 0);
    assert.ok(mainPanel, 'panel not open');
    const listed = await mainPanel.locator('li.quote').count();
    assert.equal(n, listed, `${listed} quotes reported but ${n} highlighted`);
    const tasks = await longTasks(mainPage);
    return `${n} ranges; long tasks on the page: ${tasks.length ? tasks.join(', ') + ' ms' : 'none'}`;
  });

  await h.check('hovering a quote shows the card in a closed shadow root, not covering it; Escape and moving off hide it', async () => {
    assert.ok(mainPage, 'page not open');
    const point = await hoverQuote(mainPage, 0);
    const host = mainPage.locator('parallax-card');
    await host.waitFor({ state: 'visible', timeout: 5000 });
    const box = await host.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'card has no size');
    const overlaps = (r: { x: number; y: number; width: number; height: number }): boolean =>
      r.x < box.x + box.width && box.x < r.x + r.width && r.y < box.y + box.height && box.y < r.y + r.height;
    assert.ok(!point.rects.some(overlaps), 'card covers the quote');
    const exposed = await mainPage.evaluate(() => document.querySelector('parallax-card')?.shadowRoot ?? null);
    assert.equal(exposed, null, 'shadow root is readable from the page');
    await mainPage.screenshot({ path: join(OUT, 'hover-card.png') });
    await mainPage.keyboard.press('Escape');
    await host.waitFor({ state: 'hidden', timeout: 3000 });
    // Back on the quote, then off it: the card follows the pointer out.
    await mainPage.mouse.move(point.x, point.y + 300);
    await hoverQuote(mainPage, 0);
    await host.waitFor({ state: 'visible', timeout: 3000 });
    await mainPage.mouse.move(2, 2, { steps: 3 });
    await host.waitFor({ state: 'hidden', timeout: 3000 });
    return `card ${Math.round(box.width)}x${Math.round(box.height)} at y=${Math.round(box.y)}, quote line y=${Math.round(point.y)}`;
  });

  await h.check('the panel without ?tabId follows the active tab of its window', async () => {
    assert.ok(mainPage, 'page not open');
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    // Its own tab is active: an extension page has no report.
    await panel.locator('[data-state="nothing"]').waitFor({ state: 'visible', timeout: 10_000 });
    await mainPage.bringToFront();
    await panel.locator('.article-header').waitFor({ state: 'attached', timeout: 10_000 });
    const outlet = await panel.locator('.article-header .outlet').textContent();
    await panel.close();
    assert.equal(outlet, main.outlet);
    return `switched to ${outlet}`;
  });

  await h.check('in-page navigation (pushState) re-runs once: one highlight set, one card host, badge back', async () => {
    assert.ok(mainPage, 'page not open');
    const before = await waitForHighlights(mainPage);
    // The content script logs one debug line per completed run: wait for the run the navigation causes.
    const rerun = mainPage.waitForEvent('console', { predicate: (m) => m.text().startsWith('[parallax] extract'), timeout: 10_000 });
    await mainPage.evaluate(() => history.pushState({}, '', `${location.pathname}?next=1`));
    const next = mainPage.url();
    await rerun;
    const after = await waitForHighlights(mainPage);
    const tabId = await tabIdOf(sw, next);
    assert.ok(Number(await waitForBadge(sw, tabId)) >= 1, 'no badge after navigation');
    const hosts = await mainPage.locator('parallax-card').count();
    assert.ok(hosts <= 1, `${hosts} card hosts`);
    assert.equal(after, before, 'a different number of highlights after navigation');
    assert.equal(await mainPage.evaluate(() => CSS.highlights.size <= 2), true, 'extra highlight sets');
    return `${after} ranges at ${new URL(next).search}`;
  });
}
