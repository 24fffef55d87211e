import { containment, shingles } from '../text/shingles';

/** A paragraph counts as carried by the other version when this share of its word runs occur there. */
export const CARRIED_THRESHOLD = 0.5;

/** Which paragraphs of each version the other one carries, and which it does not. */
export interface ParagraphCoverage {
  /** Per paragraph of A: the share of its shingles found anywhere in B. */
  coverageA: number[];
  coverageB: number[];
  /** Indexes of A's paragraphs that B lacks. */
  onlyInA: number[];
  /** Indexes of B's paragraphs that A lacks. */
  onlyInB: number[];
}

function union(sets: Set<string>[]): Set<string> {
  const all = new Set<string>();
  for (const s of sets) for (const x of s) all.add(x);
  return all;
}

/**
 * Compares two versions paragraph by paragraph against the other's whole text, so a paragraph split
 * in two or merged with its neighbour in the other version still counts as carried.
 */
export function paragraphCoverage(a: string[], b: string[]): ParagraphCoverage {
  const sa = a.map((p) => shingles(p));
  const sb = b.map((p) => shingles(p));
  const allA = union(sa);
  const allB = union(sb);
  const coverageA = sa.map((s) => containment(s, allB));
  const coverageB = sb.map((s) => containment(s, allA));
  return {
    coverageA,
    coverageB,
    onlyInA: coverageA.flatMap((c, i) => (c < CARRIED_THRESHOLD ? [i] : [])),
    onlyInB: coverageB.flatMap((c, i) => (c < CARRIED_THRESHOLD ? [i] : [])),
  };
}
