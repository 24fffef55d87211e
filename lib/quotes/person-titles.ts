import type { Mention } from './runs';
import { isRoleWord, isTitleWord, leadsWithOccupation, LOWER_ROLE_WORDS, notName } from './words';

/* The words of a person's title or role written around their name ("Russian Deputy Foreign Minister …"). */

const isRole = isRoleWord;

/** The role words just before a name, with the capitalised words that qualify them ("Senate Democratic leader"). */
export function roleBefore(text: string, index: number): string | null {
  const words = text.slice(Math.max(0, index - 80), index).trim().split(/\s+/);
  const role: string[] = [];
  let k = words.length - 1;
  for (; k >= 0 && role.length < 5 && isRole(words[k]!); k--) role.unshift(words[k]!);
  for (; role.length && k >= 0 && role.length < 6 && /^\p{Lu}[\p{L}-]*$/u.test(words[k]!) && !notName(words[k]!); k--) role.unshift(words[k]!);
  // "The shadow chancellor, Mel Stride,": a role set off by a comma just before the name.
  if (!role.length && /,\s*$/.test(text.slice(0, index))) return appositiveRole(text.slice(0, index).replace(/\s*\([^()]{1,40}\)/g, ''));
  const titled = role.filter((w) => !/^(?:mr|mrs|ms|miss|mx|madam|mdm|mme)\.?$/i.test(w));
  return titled.length ? titled.join(' ') : null;
}

function appositiveRole(before: string): string | null {
  const m = /(?:^|[,.;]\s*|\b(?:The|the|Its|its|His|his|Her|her)\s+)((?:[\p{L}’'-]+\s+){0,6}[\p{L}-]+),\s*$/u.exec(before);
  const all = m?.[1]?.split(/\s+/) ?? [];
  const words = /^(?:the|its|his|her)$/i.test(all[0] ?? '') ? all.slice(1) : all;
  // "the Minister of State for Petroleum Resources, Senator Aliyu Garba": a title may end in its portfolio.
  // ("the mayor of Kolkata Municipal Corporation, Firhad Hakim": so may a lower-case one.)
  const titled = isRole(words[words.length - 1] ?? '') || (isRole(words[0] ?? '') && words.includes('of'));
  // "Asked whether the row had weakened the chancellor, Albrecht said": a clause, not a title.
  if (words.some((w) => /^(?:had|has|have|was|were|is|are|be|been|whether|if|that|would|will|could|did|does|do)$/.test(w))) return null;
  return words.length && titled ? words.join(' ') : null;
}

/**
 * "Russian Deputy Foreign Minister Sergei Ryabkov" → "Sergei Ryabkov": capitalised role words and
 * the words before them belong to the title, not the name.
 */
export function splitRoles(run: Mention): { name: Mention; roleWords: string[] } {
  const words = run.text.split(/\s+/);
  let last = -1;
  // (A title word last in the run is a post-nominal, "Aoife Kinsella TD", not a title before a name.)
  words.forEach((w, i) => {
    // ("Singer Lola Brandt": a role word that is also a surname is a title when two name words follow.)
    // ("Commissioners Gary Macdonald and …", "Retirees Ray and …": a plural role word opening the run too.)
    const plural = /^\p{Lu}\p{Ll}+s$/u.test(w) && isRoleWord(w.slice(0, -1).toLowerCase());
    const leading = i === 0 && (plural || (words.length > 2 && (LOWER_ROLE_WORDS.has(w.toLowerCase()) || leadsWithOccupation(words))));
    if (i < words.length - 1 && (isTitleWord(w) || leading || (isRoleWord(w) && (i > 0 || words.length > 2)))) last = i;
  });
  const offset = words.slice(0, last + 1).reduce((n, w) => n + w.length + 1, 0);
  return { name: { text: words.slice(last + 1).join(' '), index: run.index + offset }, roleWords: words.slice(0, last + 1) };
}

/** "Mrs" says nothing of a role: a title of courtesy words alone is no title. */
export function withoutCourtesy(title: string | null): string | null {
  const words = (title ?? '').split(/\s+/).filter((w) => w && !/^(?:mr|mrs|ms|miss|mx|madam|mdm|mme)\.?$/i.test(w));
  return words.length ? words.join(' ') : null;
}

