import { alignParagraphs, type Alignment } from './align';
import { hasWordingChange, wordDiff, type DiffPiece } from './word-diff';

/** Aligned paragraphs whose wording differs: this article's, the other version's, and the word diff. */
export interface ChangedPassage {
  /** This article's paragraphs (more than one when the other version merges them). */
  paragraphs: number[];
  /** The other version's paragraphs (more than one when it splits this article's paragraph). */
  otherParagraphs: number[];
  /** Word diff from the other version's wording to this article's; null when too different to show. */
  diff: DiffPiece[] | null;
}

/** The full comparison of two versions: the paragraph alignment and the passages reworded. */
export interface VersionChanges {
  alignment: Alignment;
  changed: ChangedPassage[];
}

/** Aligns two versions' paragraphs and word-diffs every aligned group whose wording differs. */
export function compareParagraphs(mine: string[], other: string[]): VersionChanges {
  const alignment = alignParagraphs(mine, other);
  const changed: ChangedPassage[] = [];
  for (const g of alignment.groups) {
    const diff = wordDiff(g.mine.map((i) => mine[i]!).join('\n'), g.other.map((j) => other[j]!).join('\n'));
    if (diff.tooDifferent) changed.push({ paragraphs: g.mine, otherParagraphs: g.other, diff: null });
    else if (hasWordingChange(diff.pieces)) changed.push({ paragraphs: g.mine, otherParagraphs: g.other, diff: diff.pieces });
  }
  return { alignment, changed };
}
