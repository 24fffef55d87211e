import type { VersionMatch } from './types';

/** One text and the versions that carry it (`sameAsThis`: the article's own text, i.e. same-wire copies). */
export interface TextGroup {
  text: number;
  sameAsThis: boolean;
  ids: string[];
  outlets: string[];
}

/** Honest counts of the other versions: how many, from how many outlets, carrying how many texts. */
export interface VersionSummary {
  versions: number;
  outlets: number;
  texts: number;
  groups: TextGroup[];
}

/**
 * Counts the other versions of a story and groups them by the text they carry, so a wire story
 * carried by three outlets counts as three versions, three outlets, but one text.
 */
export function summarizeVersions(matches: Pick<VersionMatch, 'id' | 'outlet' | 'text'>[]): VersionSummary {
  const byText = new Map<number, TextGroup>();
  for (const m of matches) {
    let g = byText.get(m.text);
    if (!g) byText.set(m.text, (g = { text: m.text, sameAsThis: m.text === 0, ids: [], outlets: [] }));
    g.ids.push(m.id);
    if (!g.outlets.includes(m.outlet)) g.outlets.push(m.outlet);
  }
  const outlets = new Set(matches.map((m) => m.outlet.trim().toLowerCase()));
  return { versions: matches.length, outlets: outlets.size, texts: byText.size, groups: [...byText.values()] };
}
