// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { figures, readLabels, score, total } from './labels';

// Longer articles in other outlets' styles, labelled by hand before the code ran on them (see each .tsv).
const ARTICLES = ['unseen-budget', 'unseen-shutdown', 'unseen-antitrust'];
const dir = new URL('./fixtures/', import.meta.url);

describe('unseen-style articles: recall, speaker accuracy and precision against hand labels', () => {
  const scores = ARTICLES.map((name) => {
    const paragraphs = readFileSync(new URL(`${name}.txt`, dir), 'utf8').split('\n').filter((l) => l.trim());
    return score(readLabels(new URL(`${name}.tsv`, dir).pathname, name), findQuotes(paragraphs));
  });

  it('finds ≥ 0.95 of the quotes, names the right speaker for ≥ 0.95 and reports ≥ 0.95 real quotes', () => {
    const t = total(scores);
    const f = figures(t);
    expect({ misses: t.misses, wrong: t.wrong, extra: t.extra }).toEqual({ misses: [], wrong: [], extra: [] });
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
    expect(f.speaker).toBeGreaterThanOrEqual(0.95);
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
  });
});
