import assert from 'node:assert/strict';
import { badgeText, openPanel, tabIdOf, waitForBadge, waitForHighlights } from '../../scripts/lib/extension-pages';
import { openTab } from '../../scripts/lib/panel-reading';
import type { E2eEnv, Harness } from './env';
import type { SeedTabs } from './seed-checks';

/** Highlights as sets: the all-quotes set, and the sum over the speaker sets (equal when there is one set per article). */
function highlightSets(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    let speakers = 0;
    for (const [name, hl] of CSS.highlights) if (/^parallax-(speaker-\d|unattributed)$/.test(name)) speakers += hl.size;
    return { all: CSS.highlights.get('parallax-quote')?.size ?? 0, speakers, hosts: document.querySelectorAll('parallax-card').length };
  });
}

/** Tab following, in-page navigation across three articles (case 7), and the per-site off switch. */
export async function navChecks(env: E2eEnv, h: Harness, tabs: SeedTabs): Promise<void> {
  const { context, sw, extensionId, server } = env;
  const twn = tabs.pages.get('TechWordNews');
  assert.ok(twn, 'TechWordNews not open');

  await h.check('the panel without ?tabId follows the active tab of its window', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('[data-state="nothing"]').waitFor({ state: 'visible', timeout: 10_000 });
    await twn.page.bringToFront();
    await panel.locator('.article-header').waitFor({ state: 'attached', timeout: 10_000 });
    const outlet = await panel.locator('.article-header .outlet').textContent();
    await panel.close();
    assert.equal(outlet, 'TechWordNews');
    return `switched to ${outlet}`;
  });

  await h.check('in-page navigation across three articles: one highlight set each, one card host, panel and badge follow', async () => {
    const { page } = twn;
    const seen: string[] = [];
    for (const seed of server.seeds.filter((s) => s.outlet !== 'TechWordNews').slice(0, 3)) {
      const html = await (await fetch(seed.url)).text();
      const rerun = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('[parallax] highlight'), timeout: 10_000 });
      // A single-page site swaps its article and pushes the new address: the same tab, no reload.
      await page.evaluate(([markup, path]) => {
        const next = new DOMParser().parseFromString(markup, 'text/html');
        document.head.replaceWith(document.importNode(next.head, true));
        document.body.replaceWith(document.importNode(next.body, true));
        history.pushState({}, '', path);
      }, [html, `${new URL(seed.url).pathname}?spa=1`] as const);
      await rerun;
      const n = await waitForHighlights(page);
      const sets = await highlightSets(page);
      assert.equal(sets.speakers, sets.all, `${seed.outlet}: ${JSON.stringify(sets)}`);
      assert.ok(sets.hosts <= 1, `${sets.hosts} card hosts`);
      const tabId = await tabIdOf(sw, page.url());
      assert.ok(Number(await waitForBadge(sw, tabId)) >= 1, 'no badge');
      const panel = await openPanel(context, extensionId, tabId);
      assert.equal(await panel.locator('.article-header .outlet').textContent(), seed.outlet);
      await openTab(panel, 'quotes');
      assert.equal(await panel.locator('li.quote').count(), n, `${seed.outlet}: panel and page disagree`);
      await panel.close();
      seen.push(`${seed.outlet}: ${n}`);
    }
    return seen.join(', ');
  });

  await h.check('turning Parallax off for a site clears its highlights and badge, the panel says so; on again restores them', async () => {
    const { page, tabId } = tabs.pages.get('Dawn')!;
    const panel = await openPanel(context, extensionId, tabId);
    await panel.locator('input[name="site-enabled"]').uncheck();
    await panel.locator('[data-state="site-off"]').waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForFunction(() => !CSS.highlights.has('parallax-quote'), undefined, { timeout: 5000 });
    assert.equal(await badgeText(sw, tabId), '');
    await panel.locator('input[name="site-enabled"]').check();
    await page.waitForFunction(() => CSS.highlights.has('parallax-quote'), undefined, { timeout: 10_000 });
    await panel.locator('li.version').first().waitFor({ state: 'visible', timeout: 10_000 });
    assert.ok(Number(await waitForBadge(sw, tabId)) >= 1, 'badge not back');
    // The optional marks of the paragraphs only this version carries.
    await panel.locator('input[name="mark-unique"]').check();
    await panel.locator('input[name="mark-unique"]').uncheck();
    await panel.close();
  });
}
