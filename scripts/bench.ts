/**
 * `npm run bench`: times analyze and match on the seeds, match against synthetic story sets, and
 * analyze against Readability alone on the fixture pages. Prints a table, writes bench-output/bench.json.
 * Options: --sizes 1000,10000[,100000]  --runs N  --write-sets DIR (also writes each synthetic set as a
 * story bundle: the sets are deterministic, so the same command regenerates the same files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearProfileCache } from '../lib/match/profile-cache';
import { findVersions } from '../lib/match/find-versions';
import { buildStoryIndex, loadStoryIndex, serializeStoryIndex } from '../lib/search/story-index';
import { storyFromSeed } from '../lib/stories/build-bundle';
import { loadSeedFiles } from '../lib/stories/seed-files';
import { articleFromText } from '../lib/article/from-text';
import type { Article } from '../lib/article/types';
import type { Story } from '../lib/stories/types';
import { syntheticStories } from './bench/synthetic';
import { summarize, time } from './bench/stats';
import { fixturePageRows } from './bench/fixture-pages';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const sizes = arg('--sizes', '1000,10000').split(',').map(Number).filter((n) => n > 0);
const runs = Number(arg('--runs', '30'));

type Row = { what: string; median: number; p95: number; n: number; extra?: string };
const rows: Row[] = [];
const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs };

const seeds = loadSeedFiles();
const seedArticles: Article[] = seeds.map((s) => articleFromText(s.text, s.meta));
const seedStories: Story[] = seeds.map(storyFromSeed);

const writeSets = arg('--write-sets', '');

// Loaded late so a broken analyzer does not stop the match figures.
try {
  const { analysisJson } = await import('../lib/report/analysis');
  for (const seed of seeds) {
    rows.push({ what: `analyze seed ${seed.file.slice(0, 3)}`, ...summarize(await time(runs, () => analysisJson(articleFromText(seed.text, seed.meta)))) });
  }
} catch (error) {
  console.error(`analyze rows skipped: ${String(error)}`);
}

async function matchTimes(stories: Story[], queries: Article[]): Promise<number[]> {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const index = buildStoryIndex(stories);
  const samples: number[] = [];
  for (let r = 0; r < Math.max(1, Math.ceil(runs / queries.length)); r++) {
    for (const q of queries) {
      // Cold profiles: a repeated query must not be served from the previous run's cache.
      clearProfileCache();
      samples.push(...(await time(1, () => findVersions(q, index, async (ids) => ids.flatMap((id) => byId.get(id) ?? [])))));
    }
  }
  return samples;
}

rows.push({ what: 'match seed vs seeds', ...summarize(await matchTimes(seedStories, seedArticles)) });

for (const size of sizes) {
  const stories = [...syntheticStories(size - seedStories.length), ...seedStories];
  if (writeSets) {
    mkdirSync(writeSets, { recursive: true });
    writeFileSync(join(writeSets, `synthetic-${size}.json`), JSON.stringify({ format: 'parallax-bundle', version: 1, stories }));
  }
  const t0 = performance.now();
  const index = buildStoryIndex(stories);
  const buildMs = performance.now() - t0;
  const json = serializeStoryIndex(index);
  const loads = await time(3, () => loadStoryIndex(json));
  const queries = [...seedArticles, ...syntheticStories(20, 7).map((s) => articleFromText(s.paragraphs.join('\n'), { url: s.url, published: s.published }))];
  const m = summarize(await matchTimes(stories, queries));
  const perStory = Math.round(json.length / stories.length);
  rows.push({ what: `match vs ${size} stories`, ...m, extra: `index ${(json.length / 1e6).toFixed(1)} MB (${perStory} B/story), build ${Math.round(buildMs)} ms, load ${summarize(loads).median} ms` });
  report[`stories_${size}`] = { match: m, indexBytes: json.length, bytesPerStory: perStory, buildMs: Math.round(buildMs), loadMs: summarize(loads) };
}

try {
  const fixtureRows = await fixturePageRows(Math.min(runs, 10));
  rows.push(...fixtureRows.rows);
  report.fixturePages = fixtureRows.detail;
} catch (error) {
  console.error(`fixture rows skipped: ${String(error)}`);
}
report.rows = rows;

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'what'.padEnd(width)}  median ms    p95 ms    n  notes`);
for (const r of rows) console.log(`${r.what.padEnd(width)}  ${String(r.median).padStart(9)} ${String(r.p95).padStart(9)} ${String(r.n).padStart(4)}  ${r.extra ?? ''}`);
mkdirSync('bench-output', { recursive: true });
writeFileSync('bench-output/bench.json', JSON.stringify(report, null, 2));
console.log('\nwrote bench-output/bench.json');
