import type { Relation } from './types';

/** The measurements a relation is decided from. */
export interface PairEvidence {
  /** Share of this article's word runs found in the other version, and the other way round. */
  containedInOther: number;
  otherContained: number;
  /** Shared named terms, and that count over the smaller side's named terms. */
  sharedNames: number;
  nameOverlap: number;
  /** Cosine of content-word frequencies. */
  termCosine: number;
  /** Days between publication dates, or null when either is unknown. */
  daysApart: number | null;
}

// Republished copy: most of one version's word runs recur verbatim in the other (either direction,
// so a short edit of a long wire story is found from both sides).
const WIRE_CONTAINMENT = 0.5;
// Separate write-ups of one event name many of the same people and places, share vocabulary, and
// appear within days of each other.
const STORY_MIN_SHARED_NAMES = 8;
const STORY_NAME_OVERLAP = 0.35;
const STORY_TERM_COSINE = 0.3;
const STORY_MAX_DAYS = 4;

/** Decides how another version relates to this article, or null when it is not a version at all. */
export function decideRelation(e: PairEvidence): Relation | null {
  if (Math.max(e.containedInOther, e.otherContained) >= WIRE_CONTAINMENT) return 'same-wire';
  if (e.daysApart !== null && e.daysApart > STORY_MAX_DAYS) return null;
  if (e.sharedNames >= STORY_MIN_SHARED_NAMES && e.nameOverlap >= STORY_NAME_OVERLAP && e.termCosine >= STORY_TERM_COSINE) {
    return 'same-story';
  }
  return null;
}

/** A 0..1 closeness score: copy overlap for wire copies, name and vocabulary overlap for write-ups. */
export function scoreEvidence(e: PairEvidence, relation: Relation): number {
  const raw = relation === 'same-wire'
    ? Math.max(e.containedInOther, e.otherContained)
    : (e.nameOverlap + e.termCosine) / 2;
  return Math.round(Math.min(1, raw) * 1000) / 1000;
}

/** Whole days between two ISO dates, or null if either is missing or unreadable. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(Math.round((ta - tb) / 86_400_000));
}
