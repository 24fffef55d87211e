import { containment } from '../text/shingles';
import type { Profile } from './profile';

// Two write-ups carry one text when most of either's word runs recur in the other (as for same-wire).
const SAME_TEXT = 0.5;

/**
 * Numbers the texts the versions carry: same-wire versions carry this article's text (0); the others
 * are grouped with each other when they are copies of one text, numbered from 1 in list order.
 */
export function textGroups(versions: { sameWire: boolean; profile: Profile }[]): number[] {
  const groups: number[] = [];
  let next = 1;
  versions.forEach((v, i) => {
    if (v.sameWire) return void (groups[i] = 0);
    for (let j = 0; j < i; j++) {
      const w = versions[j]!;
      if (w.sameWire) continue;
      const c = Math.max(containment(v.profile.shingles, w.profile.shingles), containment(w.profile.shingles, v.profile.shingles));
      if (c >= SAME_TEXT) return void (groups[i] = groups[j]!);
    }
    groups[i] = next++;
  });
  return groups;
}
