/**
 * Demo: serves the seed pages, opens each in Chromium with the built extension, and saves what the extension
 * showed: the page with its highlights and a hover card, the side panel's versions list, one version's detail
 * and the quotes view, and a summary read back from the panel's DOM (never recomputed here). `npm run demo`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { badgeTitle, hoverQuote, openArticle, openPanel, tabIdOf, waitForBadge, waitForHighlights } from './lib/extension-pages';
import { openTab, openVersion, readQuotes, readVersions, type ShownVersion } from './lib/panel-reading';
import { startSeedServer } from './lib/seed-server';

const OUT = resolve('demo-output');
mkdirSync(OUT, { recursive: true });

function describe(v: ShownVersion): string {
  return `  - ${v.outlet} [${v.group}] ${v.score}: ${v.marks} | ${v.title}`;
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
    const tooltip = await badgeTitle(ext.serviceWorker, tabId);
    const highlights = await waitForHighlights(page).catch(() => 0);

    const panel = await openPanel(ext.context, ext.extensionId, tabId);
    const header = await panel.locator('.article-header').innerText().catch(() => '?');
    const versions = await readVersions(panel);
    await panel.screenshot({ path: join(OUT, `${nnn}-panel-versions.png`), fullPage: true });
    // The closest version with differences to show: the first same-wire copy that is not identical, else the first.
    const pick = versions.find((v) => v.group === 'same-wire' && v.lacks + v.adds + v.changed > 0) ?? versions[0];
    let lacks: string[] = [];
    if (pick) {
      await openVersion(panel, pick.outlet);
      // A wire copy lists the paragraphs it lacks; a write-up, the page's quotes it does not carry.
      lacks = await panel.locator('.detail [data-section="lacks"] li, .detail [data-section="quotes-lacked"] li').allInnerTexts();
      await panel.screenshot({ path: join(OUT, `${nnn}-panel-detail.png`), fullPage: true });
    }
    await openTab(panel, 'quotes');
    const quotes = await readQuotes(panel);
    const named = await panel.locator('.named-item').allInnerTexts();
    await panel.screenshot({ path: join(OUT, `${nnn}-panel-quotes.png`), fullPage: true });

    // Hover the quote most outlets carry, so the card has the most to say.
    if (highlights > 0) {
      const carried = await panel.locator('li.quote').evaluateAll((items) => items.map((li) => li.querySelector('.carried')?.textContent?.split(',').length ?? 0));
      const best = carried.indexOf(Math.max(...carried));
      await page.bringToFront();
      await hoverQuote(page, Math.max(0, Math.min(best, highlights - 1)));
      await page.locator('parallax-card').waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
    }
    await page.screenshot({ path: join(OUT, `${nnn}-page.png`) });

    summary.push(
      `${nnn} ${seed.stem}.txt — ${header.replace(/\n+/g, ' | ')}`,
      `  badge: "${badge}" (${tooltip}), highlighted quotes: ${highlights}`,
      `  versions (${versions.length}):`,
      ...versions.map(describe),
      ...(pick ? [`  ${pick.group === 'same-wire' ? `what ${pick.outlet} lacks` : `this page's quotes ${pick.outlet} does not carry`} (${lacks.length}):`, ...lacks.map((p) => `    · ${p.slice(0, 140)}`)] : []),
      `  quotes (${quotes.length}):`,
      ...quotes.map((q) => `  - ${q}`),
      ...(named.length ? ['  named elsewhere:', ...named.map((n) => `  - ${n.replace(/\n+/g, ' → ')}`)] : []),
      '',
    );
    console.log(`${nnn} ${seed.outlet}: ${versions.length} versions, ${quotes.length} quotes, badge "${badge}"`);
    await Promise.all([panel.close(), page.close()]);
  }
} finally {
  await ext.close();
  await server.close();
}
writeFileSync(join(OUT, 'summary.txt'), summary.join('\n'));
console.log(`demo output: ${OUT}`);
