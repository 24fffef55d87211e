// @vitest-environment node
// Reliability case 6: diff inputs that are huge, empty of words, blank, or mixed CJK and Latin.
import { describe, expect, it } from 'vitest';
import { rebuild, wordDiff } from '../../lib/compare/word-diff';
import { alignParagraphs } from '../../lib/compare/align';

function words(n: number, stride: number): string {
  return Array.from({ length: n }, (_, i) => `w${(i * stride) % 9973}`).join(' ');
}

function expectExact(mine: string, other: string): void {
  const d = wordDiff(mine, other);
  expect(d.tooDifferent).toBe(false);
  expect(rebuild(d.pieces!, 'mine')).toBe(mine);
  expect(rebuild(d.pieces!, 'other')).toBe(other);
}

describe('word diff bounds and exactness', () => {
  it('two 50k-word versions with little overlap: "too different", within a bound', () => {
    const t0 = performance.now();
    expect(wordDiff(words(50_000, 7), words(50_000, 13)).tooDifferent).toBe(true);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('two 50k-word versions with little overlap align in bounded time', () => {
    const t0 = performance.now();
    const a = words(50_000, 7).match(/(?:\S+ ?){1,100}/g)!;
    const b = words(50_000, 13).match(/(?:\S+ ?){1,100}/g)!;
    const al = alignParagraphs(a, b);
    expect(al.groups.flatMap((g) => g.mine).length + al.added.length).toBe(a.length);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it.each([
    ['whitespace only', '   \t ', '\n\n'],
    ['runs of blank lines', 'One line.\n\n\n\nTwo lines.', 'One line.\n\nTwo lines.\n\n\n'],
    ['empty against text', '', 'Some words here.'],
    ['mixed CJK and Latin', '東京で NATO の会議が開かれた。 Peskov said “no”.', '東京でNatoの会議が開催された。Peskov said "no".'],
    ['typography only', 'It’s 19 per cent — “yes”', "It's 19% - \"yes\""],
  ])('%s: the pieces rebuild both texts exactly', (_name, mine, other) => {
    expectExact(mine, other);
    expectExact(other, mine);
  });
});
