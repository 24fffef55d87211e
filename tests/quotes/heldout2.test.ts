// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { figures, readLabels, score, total } from './labels';

// Second independent set (local council, science, earnings, ceasefire wire with «», culture with ‘…’ and
// titles, a profile with she/he chains), labelled by hand before the code ran; tuned on in round 2.
const ARTICLES = [
  'heldout2-local-council',
  'heldout2-science-sleep',
  'heldout2-business-earnings',
  'heldout2-wire-ceasefire',
  'heldout2-culture-festival',
  'heldout2-feature-repaircafe',
];
const dir = new URL('./fixtures/', import.meta.url);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

describe('second held-out set (development set since round 2): recall, speaker accuracy and precision against hand labels', () => {
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
