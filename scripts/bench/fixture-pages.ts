/**
 * Analyze time per fixture page next to Readability alone on the same page, both on linkedom.
 * Each side starts from the HTML string and parses it once: Readability alone = linkedom parse +
 * `new Readability(doc).parse()` with default options; analyze = `articleFromHtml` (size gate,
 * one linkedom parse, page scan, metadata, Readability, paragraph cleaning, detection).
 * Runs alternate between the two sides after a warm-up, so JIT and GC noise falls on both alike; each
 * page gets about the same wall time (small pages many more samples), so one pause cannot move a median.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { articleFromHtml } from '../../lib/article/from-html';
import { summarize } from './stats';

const FIXTURES = 'tests/fixtures';
const WARMUP = 5;
/** Time spent per page, per side: a 1 ms page gets hundreds of samples, so a GC pause or a busy neighbour moves its median little. */
const BUDGET_MS = 250;
const MAX_RUNS = 400;

function once(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Interleaved timings of analyze and Readability alone on one HTML page. */
function timePair(html: string, runs: number): { ours: number[]; alone: number[] } {
  const analyze = (): unknown => articleFromHtml(html, {});
  const readability = (): unknown => new Readability(new DOMParser().parseFromString(html, 'text/html') as unknown as Document).parse();
  // Warm up both sides alike (at least WARMUP pairs, about a fifth of the budget), and size the run
  // count from the warm-up so every page gets about the same wall time.
  let warm = 0;
  const w0 = performance.now();
  while (warm < WARMUP || (performance.now() - w0 < BUDGET_MS / 5 && warm < MAX_RUNS / 4)) {
    analyze();
    readability();
    warm++;
  }
  const pairMs = (performance.now() - w0) / warm;
  const n = Math.min(MAX_RUNS, Math.max(runs, Math.ceil(BUDGET_MS / Math.max(pairMs, 0.01))));
  const ours: number[] = [];
  const alone: number[] = [];
  for (let i = 0; i < n; i++) {
    // Alternate which side goes first so neither always inherits the other's garbage.
    if (i % 2) {
      ours.push(once(analyze));
      alone.push(once(readability));
    } else {
      alone.push(once(readability));
      ours.push(once(analyze));
    }
  }
  return { ours, alone };
}

/** One table row per fixture page plus the overall median ratio. */
export async function fixturePageRows(runs: number) {
  const rows: { what: string; median: number; p95: number; n: number; extra?: string }[] = [];
  const detail: { page: string; analyzeMs: number; readabilityMs: number; ratio: number }[] = [];
  if (!existsSync(FIXTURES)) return { rows, detail };
  for (const name of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const t = timePair(html, Math.max(runs, 20));
    const ours = summarize(t.ours);
    const alone = summarize(t.alone);
    const ratio = Math.round((ours.median / Math.max(alone.median, 0.01)) * 100) / 100;
    detail.push({ page: name, analyzeMs: ours.median, readabilityMs: alone.median, ratio });
    rows.push({ what: `analyze page ${name}`, ...ours, extra: `parse+Readability alone ${alone.median} ms, ratio ${ratio}` });
  }
  if (detail.length) {
    const ratios = detail.map((d) => d.ratio).sort((a, b) => a - b);
    rows.push({
      what: 'analyze/Readability ratio',
      median: ratios[Math.floor(ratios.length / 2)]!,
      p95: ratios[Math.floor(0.95 * ratios.length)] ?? 0,
      n: ratios.length,
      extra: `max ${ratios[ratios.length - 1]}; both sides include one linkedom parse of the HTML string`,
    });
  }
  return { rows, detail };
}
