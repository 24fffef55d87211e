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
  // (Each name's initials, whole and after its first word, worked out once rather than for every set of letters.)
  const fulls = [...new Set(orgs.values())].filter((f) => f.includes(' ')).map((name) => {
    const words = name.split(/\s+/);
    return { name, first: words[0]!, whole: initialsOf(words), rest: initialsOf(words.slice(1)) };
  });
  for (const text of paragraphs) {
    for (const m of text.matchAll(LETTERS)) {
      const [, place, letters] = m as unknown as [string, string | undefined, string];
      // (Letters the story defined keep their meaning; "the MP said", "CEO Jane Doe": a title's letters stand for no body.)
      const known = orgs.get(letters);
      if ((known && !known.endsWith(letters)) || isTitleWord(letters) || isRoleWord(letters)) continue;
      const whole = fulls.filter((f) => f.whole === letters);
      const placed = place ? fulls.filter((f) => f.first === place && f.rest === letters) : [];
      const meant = whole.length === 1 ? whole[0] : placed.length === 1 && !whole.length ? placed[0] : undefined;
      if (!meant) continue;
      orgs.set(letters, meant.name);
      if (placed.length) orgs.set(`${place} ${letters}`, meant.name);
    }
  }
}
