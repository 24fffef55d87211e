// @vitest-environment node
/**
 * Pages written after the rules were final and run once without tuning: word-level F1 of the body
 * against a hand-cleaned body.txt (the bar for real pages is 0.93).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../lib/article/from-html';
import { articleFromText } from '../../lib/article/from-text';

const root = join(import.meta.dirname, '..', 'fixtures');

/** Words as a reader counts them: lower-case letters and digits, inner apostrophes kept. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Bag-of-words F1 of extracted text against the reference (order-free, so paragraph splits do not count). */
export function wordF1(got: string, want: string): { precision: number; recall: number; f1: number } {
  const g = words(got);
  const w = words(want);
  const bag = new Map<string, number>();
  for (const x of w) bag.set(x, (bag.get(x) ?? 0) + 1);
  let hit = 0;
  for (const x of g) {
    const n = bag.get(x) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(x, n - 1);
    }
  }
  const precision = g.length ? hit / g.length : 0;
  const recall = w.length ? hit / w.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function extract(dir: string): string[] {
  const urlFile = join(dir, 'url.txt');
  const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : undefined;
  const html = join(dir, 'source.html');
  return existsSync(html)
    ? articleFromHtml(readFileSync(html, 'utf8'), url ? { url } : {}).paragraphs
    : articleFromText(readFileSync(join(dir, 'source.txt'), 'utf8'), url ? { url } : {}).paragraphs;
}

describe('unseen pages: body word F1', () => {
  for (const name of ['unseen-heavy-chrome', 'unseen-plain-text']) {
    it(name, () => {
      const dir = join(root, name);
      const score = wordF1(extract(dir).join('\n'), readFileSync(join(dir, 'body.txt'), 'utf8'));
      expect(score.f1).toBeGreaterThanOrEqual(0.93);
    });
  }
  it('scores a perfect and an empty extraction as 1 and 0', () => {
    expect(wordF1('a b c', 'a b c').f1).toBe(1);
    expect(wordF1('', 'a b c').f1).toBe(0);
  });
});
