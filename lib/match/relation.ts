import type { Relation } from './types';

/** The measurements a relation is decided from. */
export interface PairEvidence {
  /** Share of this article's word runs found in the other version, and the other way round. */
  containedInOther: number;
  otherContained: number;
  /** How many word runs the two share: a ratio over a few lines of text proves nothing. */
  sharedShingles: number;
  /** Shared named terms, and that count over the smaller side's named terms. */
  sharedNames: number;
  nameOverlap: number;
  /** Cosine of content-word frequencies. */
  termCosine: number;
  /** Cosine of event vocabulary (no names, no generic news words): what the story is about. */
  themeCosine: number;
  /** Days between publication dates, or null when either is unknown. */
  daysApart: number | null;
  /** Either side is a live blog: it mentions many events and is a version of none. */
  liveBlog: boolean;
}

// Republished copy: most of one version's word runs recur verbatim in the other (either direction,
// so a short edit of a long wire story is found from both sides), and enough of them to be copy.
const WIRE_CONTAINMENT = 0.5;
const WIRE_MIN_SHINGLES = 25;
// Separate write-ups of one event appear within days, name the same people and places, and share
// the words of the event itself (a leak, a recording, a call), not only the topic's generic ones.
const STORY_MAX_DAYS = 3;
const STORY_MIN_SHARED_NAMES = 5;
const STORY_NAME_OVERLAP = 0.3;
const STORY_TERM_COSINE = 0.3;
const STORY_THEME_COSINE = 0.17;
// Without both dates the window cannot rule out the same people's next event: ask for more.
const STORY_THEME_COSINE_UNDATED = 0.25;

/** Decides how another version relates to this article, or null when it is not a version at all. */
export function decideRelation(e: PairEvidence): Relation | null {
  const contained = Math.max(e.containedInOther, e.otherContained);
  if (contained >= WIRE_CONTAINMENT && e.sharedShingles >= WIRE_MIN_SHINGLES) return 'same-wire';
  if (e.liveBlog) return null;
  if (e.daysApart !== null && e.daysApart > STORY_MAX_DAYS) return null;
  const theme = e.daysApart === null ? STORY_THEME_COSINE_UNDATED : STORY_THEME_COSINE;
  const sameEvent = e.themeCosine >= theme && e.termCosine >= STORY_TERM_COSINE;
  const samePeople = e.sharedNames >= STORY_MIN_SHARED_NAMES && e.nameOverlap >= STORY_NAME_OVERLAP;
  return sameEvent && samePeople ? 'same-story' : null;
}

/** A 0..1 closeness score: copy overlap for wire copies, names, vocabulary and event words for write-ups. */
export function scoreEvidence(e: PairEvidence, relation: Relation): number {
  const raw = relation === 'same-wire'
    ? Math.max(e.containedInOther, e.otherContained)
    : (e.nameOverlap + e.termCosine + e.themeCosine) / 3;
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
