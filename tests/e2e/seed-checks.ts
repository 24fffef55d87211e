import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  badgeTitle, hoverQuote, longTasks, openArticle, openPanel, tabIdOf, waitForBadge, waitForHighlights,
} from '../../scripts/lib/extension-pages';
import { cardText, openTab, openVersion, readVersions } from '../../scripts/lib/panel-reading';
import type { E2eEnv, Harness } from './env';

/** The open seed pages and their panels, shared with the later checks. */
export interface SeedTabs {
  pages: Map<string, { page: Page; panel: Page; tabId: number }>;
}

/** Checks on the seed pages: badge and tooltip, the panel's counts, grouping and marks, highlights, the hover card. */
export async function seedChecks(env: E2eEnv, h: Harness): Promise<SeedTabs> {
  const { context, sw, extensionId, server, out: OUT } = env;
  const tabs: SeedTabs = { pages: new Map() };
  const tab = (outlet: string) => {
    const t = tabs.pages.get(outlet);
    assert.ok(t, `${outlet} not open`);
    return t;
  };

  await h.check('each seed page: the badge counts the versions listed, its tooltip says so, the header counts agree', async () => {
    const seen: string[] = [];
    for (const seed of server.seeds) {
      const page = await openArticle(context, seed.url);
      const tabId = await tabIdOf(sw, seed.url);
      const badge = await waitForBadge(sw, tabId);
      const panel = await openPanel(context, extensionId, tabId);
      const listed = await panel.locator('li.version').count();
      assert.equal(badge, String(listed), `${seed.stem}: badge "${badge}" but the panel lists ${listed} versions`);
      assert.ok(listed >= 1, `${seed.stem}: no versions`);
      const title = await badgeTitle(sw, tabId);
      assert.match(title, new RegExp(`${listed} other versions? of this story`), `tooltip: ${title}`);
      const counts = await panel.locator('.counts li').allInnerTexts();
      assert.equal(counts[0], `${listed} other versions`, `header counts: ${counts.join(', ')}`);
      seen.push(`${seed.outlet}=${badge} [${counts.join(', ')}]`);
      tabs.pages.set(seed.outlet, { page, panel, tabId });
    }
    return seen.join('; ');
  });

  await h.check('versions are grouped by relation: on Dawn, SRI and Business Standard are wire copies, the rest write-ups', async () => {
    const { panel } = tab('Dawn');
    const shown = await readVersions(panel);
    const group = (g: string) => shown.filter((v) => v.group === g).map((v) => v.outlet).sort();
    assert.deepEqual(group('same-wire'), ['Business Standard', 'SRI']);
    assert.deepEqual(group('same-story'), ['Ben Borges', 'TechWordNews']);
    assert.ok(!shown.some((v) => v.outlet === 'Dawn'), 'the page is listed as a version of itself');
    const sri = shown.find((v) => v.outlet === 'SRI')!;
    assert.deepEqual([sri.lacks, sri.adds, sri.changed], [0, 0, 0], 'SRI is Dawn’s identical copy');
    const bs = shown.find((v) => v.outlet === 'Business Standard')!;
    assert.ok(bs.adds >= 1 && bs.changed >= 1, `Business Standard marks: ${JSON.stringify(bs)}`);
    await panel.screenshot({ path: join(OUT, 'panel-versions.png'), fullPage: true });
    return shown.map((v) => `${v.outlet}:${v.group} lacks ${v.lacks}/adds ${v.adds}/reworded ${v.changed}`).join(', ');
  });

  await h.check('a version’s detail: Dawn’s edit lacks the Ryabkov paragraph and quote; changed paragraphs show word diffs', async () => {
    const { panel, page } = tab('Business Standard');
    await openVersion(panel, 'Dawn');
    const lacks = await panel.locator('[data-section="lacks"] li').allInnerTexts();
    assert.ok(lacks.some((p) => p.includes('Ryabkov') && p.includes('no question of any concessions')), `lacks: ${lacks.join(' / ')}`);
    const diffs = await panel.locator('[data-section="changed"] li').count();
    assert.ok(diffs >= 1 && (await panel.locator('[data-section="changed"] :is(del, ins)').count()) >= 1, 'no word-level marks');
    await panel.screenshot({ path: join(OUT, 'panel-detail.png'), fullPage: true });
    // Clicking a paragraph scrolls the page to it and flashes it.
    await panel.locator('[data-section="lacks"] li button').filter({ hasText: 'Ryabkov' }).first().click();
    await page.waitForFunction(() => CSS.highlights.has('parallax-flash'), undefined, { timeout: 3000 });
    return `${lacks.length} paragraphs lacking, ${diffs} reworded`;
  });

  await h.check('a separate write-up is compared on quotes, never listed as lacking paragraphs', async () => {
    const { panel } = tab('TechWordNews');
    await openVersion(panel, 'Business Standard');
    assert.equal(await panel.locator('.detail [data-section="lacks"]').count(), 0, 'a write-up is accused of lacking paragraphs');
    const shared = await panel.locator('[data-section="shared-quotes"] li').allInnerTexts();
    // Peskov's remark is in both, in other words: the wording difference is shown word by word.
    assert.ok(shared.some((q) => q.includes('too early') && q.includes('premature')), `shared: ${shared.join(' / ')}`);
    assert.ok(await panel.locator('[data-section="shared-quotes"] :is(del, ins)').count() >= 1, 'no word-level marks on the shared quote');
    const lacked = await panel.locator('[data-section="quotes-lacked"] li').count();
    assert.ok(lacked >= 1, 'no lacked quotes listed');
    return `${shared.length} quote shared, ${lacked} of this page's quotes not carried`;
  });

  await h.check('quotes are highlighted by speaker and listed in the quotes view; a quote click flashes it', async () => {
    const { page, panel } = tab('SRI');
    await page.bringToFront();
    const n = await waitForHighlights(page);
    const speakerSets = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('parallax-speaker-')).length);
    assert.ok(speakerSets >= 2, `${speakerSets} speaker colours`);
    await openTab(panel, 'quotes');
    assert.equal(await panel.locator('li.quote').count(), n, 'quotes listed != highlighted');
    assert.ok(await panel.locator('.named-item').filter({ hasText: 'Ryabkov' }).count(), 'named-elsewhere finding missing');
    await panel.screenshot({ path: join(OUT, 'panel-quotes.png'), fullPage: true });
    await panel.locator('li.quote .quote-button').nth(1).click();
    await page.waitForFunction(() => CSS.highlights.has('parallax-flash'), undefined, { timeout: 3000 });
    return `${n} quotes, ${speakerSets} speaker colours; long tasks: ${(await longTasks(page)).join(', ') || 'none'}`;
  });

  await h.check('hover card: speaker, role, outlets and wording; closed shadow root; not covering; Escape and mouse-out close it', async () => {
    const { page } = tab('Dawn');
    await page.bringToFront();
    await waitForHighlights(page);
    const quotes = await page.evaluate(() => [...(CSS.highlights.get('parallax-quote') ?? [])].map((r) => String(r)));
    const peskov = Math.max(0, quotes.findIndex((q) => q.includes('premature')));
    const point = await hoverQuote(page, peskov);
    const host = page.locator('parallax-card');
    await host.waitFor({ state: 'visible', timeout: 5000 });
    const text = await cardText(context, page);
    assert.match(text, /Peskov/, `card: ${text}`);
    assert.match(text, /Kremlin spokesman/, `card: ${text}`);
    assert.match(text, /SRI/, `card: ${text}`);
    assert.match(text, /Worded differently in\s*TechWordNews/, `card: ${text}`);
    const box = await host.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'card has no size');
    const overlaps = (r: { x: number; y: number; width: number; height: number }): boolean =>
      r.x < box.x + box.width && box.x < r.x + r.width && r.y < box.y + box.height && box.y < r.y + r.height;
    assert.ok(!point.rects.some(overlaps), 'card covers the quote');
    assert.equal(await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot ?? null), null, 'shadow root readable');
    await page.screenshot({ path: join(OUT, 'hover-card.png') });
    await page.keyboard.press('Escape');
    await host.waitFor({ state: 'hidden', timeout: 3000 });
    await hoverQuote(page, peskov);
    await host.waitFor({ state: 'visible', timeout: 3000 });
    await page.mouse.move(2, 2, { steps: 3 });
    await host.waitFor({ state: 'hidden', timeout: 3000 });
    return text.replace(/\s+/g, ' ').slice(0, 160);
  });
  return tabs;
}
