import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { backToList, cardText, MOD, openTab, openVersion, pressChord } from '../../scripts/lib/panel-reading';
import type { E2eEnv, Harness } from './env';
import type { SeedTabs } from './seed-checks';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NEXT = { key: '.', code: 'Period', keyCode: 190, modifiers: MOD.alt | MOD.shift };
const PREV = { key: ',', code: 'Comma', keyCode: 188, modifiers: MOD.alt | MOD.shift };

/** Serious and critical axe violations on the panel as it is now (axe is injected by CDP evaluation, not a script tag). */
async function axeViolations(panel: Page): Promise<string[]> {
  await panel.evaluate(AXE);
  const found = await panel.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.n})`);
}

/** Keyboard shortcuts, Tab order and focus, the axe scan in light and dark, and reflow at 200 % zoom. */
export async function accessChecks(env: E2eEnv, h: Harness, tabs: SeedTabs): Promise<void> {
  const { context, sw } = env;
  const sri = tabs.pages.get('SRI');
  const bs = tabs.pages.get('Business Standard');
  assert.ok(sri && bs, 'seed pages not open');

  await h.check('keyboard: the next/previous-quote shortcuts select the quote and open its card; Escape closes it', async () => {
    const { page } = sri;
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const quotes = await page.evaluate(() => [...(CSS.highlights.get('parallax-quote') ?? [])].map((r) => String(r)));
    const selected = () => page.evaluate(() => String(getSelection()));
    const selectedIs = (q: string | undefined) => page.waitForFunction((t) => String(getSelection()) === t, q, { timeout: 3000 });
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await pressChord(context, page, NEXT);
    await page.waitForFunction(() => String(getSelection()).length > 0, undefined, { timeout: 3000 });
    // The panel's quote click made a quote current earlier: the shortcut moves on from there.
    const at = quotes.indexOf(await selected());
    assert.ok(at >= 0, `selection is not a quote: ${await selected()}`);
    await page.locator('parallax-card').waitFor({ state: 'visible', timeout: 3000 });
    const first = await cardText(context, page);
    await pressChord(context, page, NEXT);
    await selectedIs(quotes[(at + 1) % quotes.length]);
    await pressChord(context, page, PREV);
    await selectedIs(quotes[at]);
    await page.keyboard.press('Escape');
    await page.locator('parallax-card').waitFor({ state: 'hidden', timeout: 3000 });
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus moved');
    return `“${await selected()}”; card: ${first.replace(/\s+/g, ' ').slice(0, 60)}`;
  });

  await h.check('keyboard: the open-panel shortcut (Ctrl+Shift+Y) opens the side panel', async () => {
    const panels = () => sw.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime;
      return (await rt.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
    });
    assert.equal(await panels(), 0, 'a side panel was open before the shortcut');
    await pressChord(context, sri.page, { key: 'Y', code: 'KeyY', keyCode: 89, modifiers: MOD.ctrl | MOD.shift });
    const opened = await sw.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime;
      for (let i = 0; i < 20; i++) {
        if ((await rt.getContexts({ contextTypes: ['SIDE_PANEL'] })).length) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    });
    assert.ok(opened, 'no side panel context after the shortcut');
  });

  await h.check('panel: every control is reachable by Tab, with a visible focus ring; tabs follow arrow keys', async () => {
    const { panel } = bs;
    await panel.bringToFront();
    await openTab(panel, 'versions');
    const controls = await panel.locator('main :is(button, a[href], input):visible:not([tabindex="-1"])').count();
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await panel.keyboard.press('Tab');
      const info = await panel.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { key: `${el.tagName}:${el.id}:${el.textContent?.slice(0, 30)}`, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      assert.ok(info.ring || info.key.startsWith('BODY'), `no focus ring on ${info.key}`);
      reached.add(info.key);
    }
    assert.ok(reached.size >= controls, `${reached.size} of ${controls} controls reached`);
    await panel.locator('#tab-versions').focus();
    await panel.keyboard.press('ArrowRight');
    await panel.locator('#tab-quotes[aria-selected="true"]').waitFor({ timeout: 2000 });
    await panel.keyboard.press('ArrowLeft');
    await panel.locator('#tab-versions[aria-selected="true"]').waitFor({ timeout: 2000 });
    return `${controls} controls`;
  });

  await h.check('axe-core: no serious or critical violations in the panel’s views, light and dark', async () => {
    const { panel } = bs;
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await openTab(panel, 'versions');
      found.push(...(await axeViolations(panel)).map((v) => `${scheme}/list: ${v}`));
      await openVersion(panel, 'Dawn');
      found.push(...(await axeViolations(panel)).map((v) => `${scheme}/detail: ${v}`));
      await backToList(panel);
      await openTab(panel, 'quotes');
      found.push(...(await axeViolations(panel)).map((v) => `${scheme}/quotes: ${v}`));
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(found, []);
    return '6 scans';
  });

  await h.check('reflow: at 200 % zoom (a 210 px wide viewport) no view scrolls sideways', async () => {
    const { panel } = bs;
    await panel.setViewportSize({ width: 210, height: 700 });
    const wide: string[] = [];
    const check = async (view: string) => {
      const over = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 1) wide.push(`${view} +${over}px`);
    };
    await openTab(panel, 'versions');
    await check('list');
    await openVersion(panel, 'Dawn');
    await check('detail');
    await backToList(panel);
    await openTab(panel, 'quotes');
    await check('quotes');
    await panel.setViewportSize({ width: 420, height: 900 });
    assert.deepEqual(wide, []);
  });
}
