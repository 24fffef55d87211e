/**
 * Demo: serves the seed pages, opens each in Chromium with the built extension, and saves what the extension
 * showed: the page with highlights and a hover card, the side panel with the first version opened, and a
 * summary read back from the panel's DOM (never recomputed here). Run with `npm run demo`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/chromium';
import {
  hoverQuote, openArticle, openPanel, readVersions, tabIdOf, waitForBadge, waitForHighlights, type ShownVersion,
} from './lib/extension-pages';
import { startSeedServer } from './lib/seed-server';

const OUT = resolve('demo-output');
mkdirSync(OUT, { recursive: true });

/** The quotes as the panel lists them: text, speaker line, carried-by line. */
async function readQuotes(panel: Page): Promise<string[]> {
  const items = panel.locator('li.quote');
  const out: string[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    const q = items.nth(i);
    out.push(`“${await q.locator('q').innerText()}” | ${await q.locator('.speaker').innerText()} | ${await q.locator('.carried').innerText()}`);
  }
  return out;
}

function describe(v: ShownVersion): string {
  return `  - ${v.outlet}: ${v.relation}, ${v.score}; adds ${v.added}, lacks ${v.missing} | ${v.title}`;
}

const server = await startSeedServer();
const ext = await launchWithExtension();
const summary: string[] = [`Parallax demo, ${new Date().toISOString()}`, ''];
try {
  for (const [i, seed] of server.seeds.entries()) {
    const nnn = String(i).padStart(3, '0');
    const page = await openArticle(ext.context, seed.url);
    const tabId = await tabIdOf(ext.serviceWorker, seed.url);
    const badge = await waitForBadge(ext.serviceWorker, tabId);
    const highlights = await waitForHighlights(page).catch(() => 0);
    if (highlights > 0) {
      await hoverQuote(page, 0);
      await page.locator('parallax-card').waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
    }
    await page.screenshot({ path: join(OUT, `${nnn}-page.png`) });

    const panel = await openPanel(ext.context, ext.extensionId, tabId);
    const outlet = await panel.locator('.article-header .outlet').textContent().then((t) => t ?? '?').catch(() => '?');
    const title = await panel.locator('.article-header .title').innerText().catch(() => '?');
    const versions = await readVersions(panel);
    const quotes = await readQuotes(panel);
    await panel.screenshot({ path: join(OUT, `${nnn}-panel.png`), fullPage: true });

    summary.push(
      `${nnn} ${seed.stem}.txt — ${outlet}: ${title}`,
      `  badge: "${badge}", highlighted quotes: ${highlights}`,
      `  versions (${versions.length}):`,
      ...versions.map(describe),
      `  quotes (${quotes.length}):`,
      ...quotes.map((q) => `  - ${q}`),
      '',
    );
    console.log(`${nnn} ${outlet}: ${versions.length} versions, ${quotes.length} quotes, badge "${badge}"`);
    await Promise.all([panel.close(), page.close()]);
  }
} finally {
  await ext.close();
  await server.close();
}
writeFileSync(join(OUT, 'summary.txt'), summary.join('\n'));
console.log(`demo output: ${OUT}`);
