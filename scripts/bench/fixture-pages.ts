/** Analyze time per fixture page next to Readability alone on the same page (both on linkedom). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { articleFromHtml } from '../../lib/article/from-html';
import { summarize, time } from './stats';

const FIXTURES = 'tests/fixtures';

/** One table row per fixture page plus the overall median ratio. */
export async function fixturePageRows(runs: number) {
  const rows: { what: string; median: number; p95: number; n: number; extra?: string }[] = [];
  const detail: { page: string; analyzeMs: number; readabilityMs: number; ratio: number }[] = [];
  if (!existsSync(FIXTURES)) return { rows, detail };
  for (const name of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const ours = summarize(await time(runs, () => articleFromHtml(html, {})));
    const alone = summarize(await time(runs, () => {
      const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      return new Readability(doc).parse();
    }));
    const ratio = Math.round((ours.median / Math.max(alone.median, 0.01)) * 100) / 100;
    detail.push({ page: name, analyzeMs: ours.median, readabilityMs: alone.median, ratio });
    rows.push({ what: `analyze page ${name}`, ...ours, extra: `Readability alone ${alone.median} ms, ratio ${ratio}` });
  }
  if (detail.length) {
    const ratios = detail.map((d) => d.ratio).sort((a, b) => a - b);
    rows.push({ what: 'analyze/Readability ratio', median: ratios[Math.floor(ratios.length / 2)]!, p95: ratios[Math.floor(0.95 * ratios.length)] ?? 0, n: ratios.length, extra: `max ${ratios[ratios.length - 1]}` });
  }
  return { rows, detail };
}
