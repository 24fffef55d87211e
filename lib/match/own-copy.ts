import type { VersionMatch } from './types';

/** At or above this closeness with nothing added or lacking, two texts are the same copy. */
const SAME_TEXT_SCORE = 0.95;

function fold(name: string | null | undefined): string {
  return (name ?? '').trim().toLowerCase();
}

/**
 * True when a match is the reader's own page stored under another URL (an AMP or mobile address, a
 * mirror): the same outlet with the same text. An outlet does not publish one text twice as two
 * versions, while two outlets carrying one wire text (SRI and Dawn) stay two versions.
 */
export function isOwnCopy(articleOutlet: string | null, match: VersionMatch): boolean {
  return (
    fold(articleOutlet) !== '' &&
    fold(articleOutlet) === fold(match.outlet) &&
    match.relation === 'same-wire' &&
    match.score >= SAME_TEXT_SCORE &&
    match.added.length === 0 &&
    match.missing.length === 0
  );
}
