// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { figures, readLabels, score, total } from './labels';

// Held-out articles in six house styles (US wire, British, match report, court report, European
// politics with «» and „“, blog analysis), labelled by hand without running the code (see each .tsv).
const ARTICLES = [
  'heldout-wire-airline',
  'heldout-uk-fares',
  'heldout-sport-football',
  'heldout-court-shadowfleet',
  'heldout-eu-farm',
  'heldout-blog-bnpl',
];
const dir = new URL('./fixtures/', import.meta.url);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

describe('held-out articles: recall, speaker accuracy and precision against hand labels', () => {
  const scores = ARTICLES.map((name) => {
    const paragraphs = readFileSync(new URL(`${name}.txt`, dir), 'utf8').split('\n').filter((l) => l.trim());
    return { name, s: score(readLabels(new URL(`${name}.tsv`, dir).pathname, name), findQuotes(paragraphs)) };
  });

  it('finds ≥ 0.90 of the quotes, names the right speaker for ≥ 0.90 and reports ≥ 0.90 real quotes', () => {
    for (const { name, s } of scores) {
      const f = figures(s);
      console.log(`${name}: labelled ${s.labelled}, found ${s.found}, reported ${s.reported}; recall ${pct(f.recall)}, speaker ${pct(f.speaker)}, precision ${pct(f.precision)}, kind ${pct(f.kind)}`);
      for (const e of s.extra) console.log(`  extra ${name} ${e}`);
    }
    const t = total(scores.map(({ s }) => s));
    const f = figures(t);
    console.log(`TOTAL: labelled ${t.labelled}, found ${t.found}, reported ${t.reported}; recall ${pct(f.recall)}, speaker ${pct(f.speaker)}, precision ${pct(f.precision)}, kind ${pct(f.kind)}`);
    console.log(['misses:', ...t.misses, 'wrong:', ...t.wrong].join('\n  '));
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    expect(f.speaker).toBeGreaterThanOrEqual(0.9);
    expect(f.precision).toBeGreaterThanOrEqual(0.9);
  });
});
