// @vitest-environment node
// Held-out matching checks through the public CLI only (see tests/match/heldout/README.md):
// six near misses to the seed event must match none of the bundled seed stories, and two invented
// events (two separate write-ups; a wire story and a cut republication) must find their partner,
// with the expected relation, in a bundle that also holds every other held-out story, and nothing else.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry { file: string; url: string; outlet: string; site: string; published: string; title?: string; group?: string; relation?: 'same-wire' | 'same-story' }
interface Match { id: string; outlet: string; url: string; relation: string; score: number }

const TSX = join('node_modules', '.bin', 'tsx');
const DIR = join('tests', 'match', 'heldout');
const POS = join(DIR, 'positive');
const nearMisses: Entry[] = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const positives: Entry[] = JSON.parse(readFileSync(join(POS, 'manifest.json'), 'utf8'));

function match(file: string, ...args: string[]): { matches: Match[]; article: { isArticle: boolean; paragraphs: unknown[] } } {
  const r = spawnSync(TSX, ['scripts/cli.ts', 'match', file, '--json', ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`cli exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const show = (ms: Match[]): string => (ms.length ? ms.map((m) => `${m.relation} ${m.score.toFixed(3)} ${m.outlet} ${m.url}`).join('; ') : 'none');

// A story as the bundle stores it: the file's non-empty lines, without the seeds' " date YYYY-MM-DD" prefix.
function story(dir: string, e: Entry) {
  const lines = readFileSync(join(dir, e.file), 'utf8').split('\n').filter((l) => l.trim());
  lines[0] = lines[0]!.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
  return {
    id: createHash('sha256').update(e.url).digest('hex').slice(0, 16),
    url: e.url, outlet: e.outlet, site: e.site, title: e.title ?? '', published: e.published,
    lang: 'en', byline: null, paragraphs: lines,
  };
}

describe('held-out near misses: no seed story is matched', () => {
  for (const e of nearMisses) {
    it(`${e.file} matches nothing`, () => {
      const r = match(join(DIR, e.file), '--url', e.url);
      console.log(`near miss ${e.file}: isArticle ${r.article.isArticle}, matches: ${show(r.matches)}`);
      expect(r.matches.map((m) => `${m.relation} ${m.outlet}`)).toEqual([]);
    }, 120_000);
  }
});

describe('held-out positives: the partner is found with the expected relation, and nothing else', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'parallax-heldout-'));
  const bundle = join(tmp, 'bundle.json');
  const stories = [...positives.map((e) => story(POS, e)), ...nearMisses.map((e) => story(DIR, e))];
  writeFileSync(bundle, JSON.stringify({ format: 'parallax-bundle', version: 1, stories }, null, 1));

  for (const e of positives) {
    it(`${e.file} finds its ${e.relation} partner`, () => {
      const r = match(join(POS, e.file), '--bundle', bundle, '--url', e.url);
      console.log(`positive ${e.file}: matches: ${show(r.matches)}`);
      const partners = positives.filter((p) => p.group === e.group && p.file !== e.file);
      expect(r.matches.map((m) => ({ url: m.url, relation: m.relation }))).toEqual(partners.map((p) => ({ url: p.url, relation: e.relation })));
    }, 120_000);
  }
});
