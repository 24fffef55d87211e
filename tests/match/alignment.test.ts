// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type Alignment } from '../../lib/compare/align';
import { compareParagraphs } from '../../lib/compare/changes';
import { loadSeeds } from './seed-helpers';

/** mulberry32: deterministic random cases, the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function accountsForAll(al: Alignment, n: number, m: number): void {
  const mine = [...al.groups.flatMap((g) => g.mine), ...al.added].sort((x, y) => x - y);
  const other = [...al.groups.flatMap((g) => g.other), ...al.missing].sort((x, y) => x - y);
  expect(mine).toEqual([...Array(n).keys()]);
  expect(other).toEqual([...Array(m).keys()]);
  for (const g of al.groups) expect(g.mine.length > 0 && g.other.length > 0).toBe(true);
}

const { articles } = loadSeeds();
const pool = [...articles.values()].flatMap((a) => a.paragraphs);

/** A random edit of a random version: paragraphs cut, added, merged, split, clauses cut, retyped. */
function randomPair(rand: () => number): [string[], string[]] {
  const pick = (): string => pool[Math.floor(rand() * pool.length)]!;
  const a = Array.from({ length: 1 + Math.floor(rand() * 12) }, pick);
  const b: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const r = rand();
    if (r < 0.15) continue;
    if (r < 0.25) b.push(pick());
    if (r < 0.35 && i + 1 < a.length) b.push(`${a[i]} ${a[++i]}`);
    else if (r < 0.45) {
      const cut = a[i]!.indexOf(', ');
      b.push(...(cut > 0 ? [a[i]!.slice(0, cut + 1), a[i]!.slice(cut + 2)] : [a[i]!]));
    } else if (r < 0.55) b.push(a[i]!.replace(/“|”/g, '"').replace(/ per cent/g, '%').replace(/Nato/g, 'NATO'));
    else b.push(a[i]!);
  }
  return [a, b];
}

describe('paragraph alignment', () => {
  it('every paragraph of both versions is aligned, added or missing exactly once (300 random edits)', () => {
    const rand = prng(7);
    for (let k = 0; k < 300; k++) {
      const [a, b] = randomPair(rand);
      accountsForAll(alignParagraphs(a, b), a.length, b.length);
      accountsForAll(alignParagraphs(b, a), b.length, a.length);
    }
  });

  it('an untouched paragraph is never listed as added or missing', () => {
    const rand = prng(11);
    for (let k = 0; k < 200; k++) {
      const [a, b] = randomPair(rand);
      const al = alignParagraphs(a, b);
      for (const i of al.added) expect(b).not.toContain(a[i]);
    }
  });

  it('tolerates quote marks, "Nato"/"NATO", "19 per cent"/"19%": aligned and not reworded', () => {
    const a = ['Russia controls more than 19 per cent of Ukraine, officials in Kyiv said, after the “land grab” by Nato’s rival.'];
    const b = ['Russia controls more than 19% of Ukraine, officials in Kyiv said, after the "land grab" by NATO\'s rival.'];
    const c = compareParagraphs(a, b);
    expect(c.alignment.groups).toEqual([{ mine: [0], other: [0] }]);
    expect(c.changed).toEqual([]);
  });

  it('the diff of every changed passage rebuilds both versions exactly', () => {
    const rand = prng(3);
    for (let k = 0; k < 100; k++) {
      const [a, b] = randomPair(rand);
      for (const c of compareParagraphs(a, b).changed) {
        if (!c.diff) continue;
        const mine = c.diff.filter((p) => p.op !== 'removed').map((p) => p.text).join('');
        const other = c.diff.filter((p) => p.op !== 'added').map((p) => (p.op === 'same' ? p.other ?? p.text : p.text)).join('');
        expect(mine).toBe(c.paragraphs.map((i) => a[i]).join('\n'));
        expect(other).toBe(c.otherParagraphs.map((j) => b[j]).join('\n'));
      }
    }
  });
});
