import { isRoleWord, isTitleWord } from './words';

/* Letters a story uses for a body it names in full but never defines: "British Airways … the BA
 * chairman", "the Georgia Department of Natural Resources … the Georgia DNR says". */

const LETTERS = /(?:(\p{Lu}\p{Ll}+)\s+)?(?<![\p{L}])(\p{Lu}{2,5})(?![\p{L}])/gu;
/** The first letters of a name's capitalised words ("Department of Natural Resources" → "DNR"). */
export const initialsOf = (words: string[]): string => words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * Adds to an article's organisations each capitalised set of letters that stands for exactly one
 * of them: their initials, or the initials after a place that opens the name ("Georgia DNR").
 */
export function addInitialisms(orgs: Map<string, string>, paragraphs: string[]): void {
  const fulls = [...new Set(orgs.values())].filter((f) => f.includes(' '));
  for (const text of paragraphs) {
    for (const m of text.matchAll(LETTERS)) {
      const [, place, letters] = m as unknown as [string, string | undefined, string];
      // (Letters the story defined keep their meaning; "the MP said", "CEO Jane Doe": a title's letters stand for no body.)
      const known = orgs.get(letters);
      if ((known && !known.endsWith(letters)) || isTitleWord(letters) || isRoleWord(letters)) continue;
      const whole = fulls.filter((f) => initialsOf(f.split(/\s+/)) === letters);
      const placed = place ? fulls.filter((f) => f.startsWith(`${place} `) && initialsOf(f.split(/\s+/).slice(1)) === letters) : [];
      const meant = whole.length === 1 ? whole : placed.length === 1 && !whole.length ? placed : [];
      if (!meant.length) continue;
      orgs.set(letters, meant[0]!);
      if (placed.length) orgs.set(`${place} ${letters}`, meant[0]!);
    }
  }
}
