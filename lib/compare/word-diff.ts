import { diffArrays } from 'diff';
import { foldTypography } from '../text/tokens';

/**
 * One piece of a word diff from the other version's wording to this article's: `same` words both
 * carry, `added` words only this article has, `removed` words only the other version has. A `same`
 * piece whose wording differs only in typography (quote marks, case, "19%"/"19 per cent") carries
 * the other version's spelling in `other`, so both texts rebuild exactly.
 */
export interface DiffPiece {
  op: 'same' | 'added' | 'removed';
  text: string;
  other?: string;
}

/** A word diff, or `tooDifferent` when the texts differ by more edits than the bound allows. */
export type WordDiff = { tooDifferent: false; pieces: DiffPiece[] } | { tooDifferent: true; pieces: null };

/** How many token edits a diff may need before the texts count as too different to show as a diff. */
export const MAX_DIFF_EDITS = 600;

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
// A token is leading whitespace, one CJK character, a number with its "%"/"per cent", or a run of
// other non-space characters, each with the whitespace after it: joined, the tokens are the text.
const TOKEN = new RegExp(`^\\s+|(?:[${CJK}]|\\d[\\d.,]*(?:\\s*(?:%|per\\s*cent\\b|percent\\b))?|[^\\s${CJK}]+?(?=[${CJK}]|\\s|$))\\s*`, 'giu');

/** Splits a text into diff tokens that concatenate back to exactly the text. */
export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** What a token means for comparison: typography, case, spacing and punctuation folded away. */
function canon(token: string): string {
  const folded = foldTypography(token).trim().toLowerCase().replace(/\s*(?:per\s*cent|percent)$/, '%');
  const core = folded.replace(/[^\p{L}\p{N}%]+/gu, '');
  return core || folded.trim();
}

/**
 * Word-level diff of `other` (the other version's wording) into `mine` (this article's), bounded:
 * texts that need more than `maxEdits` token edits report `tooDifferent` instead of a diff.
 */
export function wordDiff(mine: string, other: string, maxEdits: number = MAX_DIFF_EDITS): WordDiff {
  const a = diffTokens(other);
  const b = diffTokens(mine);
  const ca = a.map(canon);
  const cb = b.map(canon);
  // Compare canonical forms by index so the pieces can be cut from the original tokens of each side.
  const ia = a.map((_, i) => i);
  const ib = b.map((_, i) => -1 - i);
  const key = (i: number): string => (i >= 0 ? ca[i]! : cb[-1 - i]!);
  const changes = diffArrays(ia, ib, { comparator: (x, y) => key(x) === key(y), maxEditLength: maxEdits });
  if (!changes) return { tooDifferent: true, pieces: null };
  const pieces: DiffPiece[] = [];
  let pa = 0;
  let pb = 0;
  for (const c of changes) {
    if (c.added) {
      pieces.push({ op: 'added', text: b.slice(pb, (pb += c.count)).join('') });
    } else if (c.removed) {
      pieces.push({ op: 'removed', text: a.slice(pa, (pa += c.count)).join('') });
    } else {
      const text = b.slice(pb, (pb += c.count)).join('');
      const otherText = a.slice(pa, (pa += c.count)).join('');
      pieces.push(otherText === text ? { op: 'same', text } : { op: 'same', text, other: otherText });
    }
  }
  return { tooDifferent: false, pieces };
}

/** Rebuilds one side of a diff: `mine` from same + added pieces, `other` from same + removed. */
export function rebuild(pieces: DiffPiece[], side: 'mine' | 'other'): string {
  return pieces
    .map((p) => (p.op === 'same' ? (side === 'other' ? p.other ?? p.text : p.text) : p.op === (side === 'mine' ? 'added' : 'removed') ? p.text : ''))
    .join('');
}

/** Whether a diff shows any change of wording (typography-only differences are not changes). */
export function hasWordingChange(pieces: DiffPiece[]): boolean {
  return pieces.some((p) => p.op !== 'same' && canon(p.text) !== '');
}
