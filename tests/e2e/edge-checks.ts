import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, hoverQuote, openArticle, openPanel, tabIdOf, waitForHighlights } from '../../scripts/lib/extension-pages';
import type { E2eEnv, Harness } from './env';

/** Checks on the edge pages: not an article, no other versions, hostile text, a huge page, and the network. */
export async function edgeChecks(env: E2eEnv, h: Harness): Promise<void> {
  const { context, sw, extensionId, server, out: OUT, requests } = env;

  await h.check('a non-article page gets no badge and the panel says it is not an article', async () => {
    const page = await openArticle(context, server.plainUrl);
    const tabId = await tabIdOf(sw, server.plainUrl);
    const panel = await openPanel(context, extensionId, tabId);
    await panel.locator('[data-state="not-article"]').waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await badgeText(sw, tabId), '', 'plain page has a badge');
    const reasons = await panel.locator('.reasons li').allInnerTexts();
    await Promise.all([panel.close(), page.close()]);
    return `reasons: ${reasons.join(', ') || '(none listed)'}`;
  });

  await h.check('an article with no other versions: no badge, the panel says so', async () => {
    const page = await openArticle(context, server.lonelyUrl);
    const tabId = await tabIdOf(sw, server.lonelyUrl);
    const panel = await openPanel(context, extensionId, tabId);
    await panel.locator('[data-state="no-versions"]').waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await badgeText(sw, tabId), '', 'lonely page has a badge');
    await Promise.all([panel.close(), page.close()]);
  });

  await h.check('hostile page text (markup, script, bidi) renders literally in the page card and the panel', async () => {
    const page = await openArticle(context, server.hostileUrl);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void dialogs.push(d.message()));
    const n = await waitForHighlights(page).catch(() => 0);
    for (let i = 0; i < n; i++) {
      await hoverQuote(page, i);
      await page.locator('parallax-card').waitFor({ state: 'visible', timeout: 3000 });
    }
    const tabId = await tabIdOf(sw, server.hostileUrl);
    const panel = await openPanel(context, extensionId, tabId);
    const pwned = (p: Page) => p.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned ?? null);
    assert.equal(await pwned(page), null, 'a payload ran in the page');
    assert.equal(await pwned(panel), null, 'a payload ran in the panel');
    assert.equal(await page.locator('img').count(), 0, 'an img element appeared in the page');
    assert.equal(await panel.locator('main img, main b, main script, main style').count(), 0, 'an element was made from text in the panel');
    const title = (await panel.locator('.article-header .title').textContent()) ?? '';
    assert.ok(title.includes('<img src=x'), `title not literal: ${title}`);
    const panelText = (await panel.locator('main').textContent()) ?? '';
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(panelText), 'a bidi control reached the panel');
    assert.deepEqual(dialogs, []);
    await panel.screenshot({ path: join(OUT, 'hostile-panel.png'), fullPage: true });
    await Promise.all([panel.close(), page.close()]);
    return `${n} quotes hovered`;
  });

  await h.check('a 200k-element page is declined within 50 ms and the panel says it is too large', async () => {
    const page = await context.newPage();
    const ran = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('[parallax] extract'), timeout: 15_000 });
    await page.goto(server.hugeUrl);
    const line = (await ran).text();
    const ms = Number(/extract (\d+) ms/.exec(line)?.[1] ?? NaN);
    assert.ok(line.includes('too-large'), `not declined: ${line}`);
    assert.ok(ms < 50, `gate took ${ms} ms`);
    const panel = await openPanel(context, extensionId, await tabIdOf(sw, server.hugeUrl));
    await panel.locator('[data-state="too-large"]').waitFor({ state: 'visible', timeout: 10_000 });
    await Promise.all([panel.close(), page.close()]);
    return `declined in ${ms} ms`;
  });

  await h.check('no request goes anywhere but the extension itself and 127.0.0.1', async () => {
    const allowed = [`chrome-extension://${extensionId}/`, `${server.origin}/`, 'data:', 'blob:'];
    const bad = requests.filter((u) => !allowed.some((a) => u.startsWith(a)));
    assert.deepEqual(bad, [], `outside requests: ${bad.slice(0, 5).join(', ')}`);
    return `${requests.length} requests recorded`;
  });
}
