import type { BrowserContext, Page } from 'playwright-core';

/** What the panel shows for one version: outlet, group, overlap, and its lacks/adds/reworded counts. */
export interface ShownVersion {
  outlet: string;
  title: string;
  group: string;
  score: string;
  lacks: number;
  adds: number;
  changed: number;
  /** The list's own label for the version's marks, as the reader sees it. */
  marks: string;
}

/** Reads the versions list as shown (no clicking): the counts are the panel's own labels and data attributes. */
export async function readVersions(panel: Page): Promise<ShownVersion[]> {
  // No helper functions inside: tsx wraps named functions in a `__name` call the page does not have.
  return panel.locator('li.version').evaluateAll((items) => items.map((li) => ({
    outlet: li.querySelector('.outlet')?.textContent?.trim() ?? '',
    title: li.querySelector('.title')?.textContent?.trim() ?? '',
    score: li.querySelector('.score')?.textContent?.trim() ?? '',
    group: li.closest('[data-group]')?.getAttribute('data-group') ?? '',
    lacks: Number(li.querySelector<HTMLElement>('.marks')?.dataset.missing ?? NaN),
    adds: Number(li.querySelector<HTMLElement>('.marks')?.dataset.added ?? NaN),
    changed: Number(li.querySelector<HTMLElement>('.marks')?.dataset.changed ?? NaN),
    marks: li.querySelector('.marks')?.textContent?.trim() ?? '',
  })));
}

/** Opens one version's detail by outlet name and waits for it. */
export async function openVersion(panel: Page, outlet: string): Promise<void> {
  await openTab(panel, 'versions');
  if (await panel.locator('.detail .back').isVisible()) await backToList(panel);
  await panel.locator('li.version', { has: panel.locator('.outlet', { hasText: outlet }) }).first().locator('button').click();
  await panel.locator('.detail [data-section]').first().waitFor({ state: 'visible', timeout: 5000 });
}

/** Goes back from a version's detail to the list. */
export async function backToList(panel: Page): Promise<void> {
  await panel.locator('.detail .back').click();
  await panel.locator('li.version').first().waitFor({ state: 'visible', timeout: 5000 });
}

/** Switches the panel to one of its tabs ('versions' or 'quotes'). */
export async function openTab(panel: Page, tab: 'versions' | 'quotes'): Promise<void> {
  await panel.locator(`#tab-${tab}`).click();
  await panel.locator(`#panel-${tab}`).waitFor({ state: 'visible', timeout: 5000 });
}

/** The quotes as the panel's quotes view lists them: speaker, quote, and the carried/wording lines. */
export async function readQuotes(panel: Page): Promise<string[]> {
  const rows = await panel.locator('li.quote').evaluateAll((items) => items.map((li) => [
    li.closest('.speaker-entry')?.getAttribute('data-speaker') || 'Unattributed',
    li.querySelector('q')?.textContent?.trim() ?? '',
    li.querySelector('.carried')?.textContent?.trim() ?? '',
    li.querySelector('.lacked')?.textContent?.trim() ?? '',
    [...li.querySelectorAll('.wording-list li')].map((w) => w.getAttribute('data-outlet')).join(', '),
  ]));
  return rows.map(([speaker, quote, carried, lacked, wording]) =>
    `${speaker}: “${quote}” | ${carried}${lacked ? ` | ${lacked}` : ''}${wording ? ` | worded differently in ${wording}` : ''}`);
}

/**
 * Presses a key chord as the browser sees it (CDP raw key events), so extension commands fire; Playwright's
 * keyboard goes to the page only. `key`/`code`/`keyCode` name the key, e.g. '.', 'Period', 190.
 */
export async function pressChord(context: BrowserContext, page: Page, chord: { key: string; code: string; keyCode: number; modifiers: number }): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const base = { modifiers: chord.modifiers, key: chord.key, code: chord.code, windowsVirtualKeyCode: chord.keyCode, nativeVirtualKeyCode: chord.keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  await cdp.detach();
}

/** CDP modifier bits. */
export const MOD = { alt: 1, ctrl: 2, meta: 4, shift: 8 } as const;

interface DomNode { nodeName: string; nodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] }

/**
 * The text of the hover card, read through the DevTools protocol: its shadow root is closed, so neither
 * the page nor Playwright's locators can see inside it (which is the point).
 */
export async function cardText(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const find = (n: DomNode): DomNode | null => {
      if (n.nodeName === 'PARALLAX-CARD') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const mount = find(root)?.shadowRoots?.[0]?.children?.find((c) => c.nodeName === 'DIV');
    if (!mount) return '';
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: mount.nodeId }) as { outerHTML: string };
    return outerHTML.replace(/<(?:li|p)[^>]*>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/[ \t]+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}
