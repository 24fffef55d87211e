import { shingles } from '../text/shingles';
import { CARRIED_THRESHOLD } from './coverage';

/** Paragraphs of this article (`mine`) and the other version (`other`) that print the same passage. */
export interface AlignedGroup {
  mine: number[];
  other: number[];
}

/**
 * Every paragraph of both versions exactly once: in an aligned group (one to one, or a merge/split
 * such as one paragraph against two), or as this article's own (`added`) or the other's (`missing`).
 */
export interface Alignment {
  groups: AlignedGroup[];
  added: number[];
  missing: number[];
}

// Two paragraphs print the same passage when most of the shorter one's word runs recur in the longer:
// a clause cut, a sentence added, or half of a split paragraph all keep the smaller side inside.
const LINK = 0.5;

/** Shared shingle counts between each paragraph of A and each paragraph of B (sparse, via an inverted map). */
function sharedCounts(sa: Set<string>[], sb: Set<string>[]): Map<number, number>[] {
  const where = new Map<string, number[]>();
  sb.forEach((set, j) => {
    for (const s of set) {
      const list = where.get(s);
      if (list) list.push(j);
      else where.set(s, [j]);
    }
  });
  return sa.map((set) => {
    const counts = new Map<number, number>();
    for (const s of set) for (const j of where.get(s) ?? []) counts.set(j, (counts.get(j) ?? 0) + 1);
    return counts;
  });
}

/** Union-find over A's paragraphs (0..n-1) and B's (n..n+m-1). */
function unionFind(size: number): { find: (x: number) => number; join: (x: number, y: number) => void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  return { find, join: (x, y) => void (parent[find(x)] = find(y)) };
}

/**
 * Aligns the paragraphs of two versions by shared word runs. Typography, "Nato"/"NATO" and
 * "19%"/"19 per cent" are folded first; a paragraph merged or split in the other version joins one
 * group with its counterparts; a paragraph whose words the other version carries only scattered over
 * several paragraphs joins its best counterpart rather than being reported as lacking.
 */
export function alignParagraphs(mine: string[], other: string[]): Alignment {
  const sa = mine.map((p) => shingles(p));
  const sb = other.map((p) => shingles(p));
  const counts = sharedCounts(sa, sb);
  const n = mine.length;
  const uf = unionFind(n + other.length);
  const linked = new Set<number>();
  const link = (i: number, j: number): void => {
    uf.join(i, n + j);
    linked.add(i).add(n + j);
  };
  const totalB = new Map<number, number>();
  const bestForB = new Map<number, [number, number]>();
  counts.forEach((row, i) => {
    let best: [number, number] = [-1, 0];
    let total = 0;
    for (const [j, c] of row) {
      total += c;
      totalB.set(j, (totalB.get(j) ?? 0) + c);
      if (c > best[1]) best = [j, c];
      if (c > (bestForB.get(j)?.[1] ?? 0)) bestForB.set(j, [i, c]);
      if (c >= LINK * Math.min(sa[i]!.size, sb[j]!.size)) link(i, j);
    }
    if (!linked.has(i) && best[0] >= 0 && total >= CARRIED_THRESHOLD * sa[i]!.size) link(i, best[0]);
  });
  for (const [j, [i]] of bestForB) {
    // Shingles counted per pair may repeat across paragraphs; the cap keeps the share honest.
    if (!linked.has(n + j) && Math.min(totalB.get(j)!, sb[j]!.size) >= CARRIED_THRESHOLD * sb[j]!.size) link(i, j);
  }
  const byRoot = new Map<number, AlignedGroup>();
  for (const x of linked) {
    const root = uf.find(x);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { mine: [], other: [] }));
    if (x < n) group.mine.push(x);
    else group.other.push(x - n);
  }
  const groups = [...byRoot.values()].map((g) => ({ mine: g.mine.sort((a, b) => a - b), other: g.other.sort((a, b) => a - b) }));
  groups.sort((a, b) => (a.mine[0] ?? 0) - (b.mine[0] ?? 0));
  return {
    groups,
    added: mine.flatMap((_, i) => (linked.has(i) ? [] : [i])),
    missing: other.flatMap((_, j) => (linked.has(n + j) ? [] : [j])),
  };
}
