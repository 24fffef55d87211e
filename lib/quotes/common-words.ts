import { COMMON_WORDS } from './common-word-list';

let known: Set<string> | undefined;

/** The forms a word may come from: itself, and without a plural, past, -ing or -ly ending ("teachers" → "teacher"). */
export function baseForms(word: string): string[] {
  const out = [word];
  const add = (stem: string, least = 3): void => {
    if (stem.length < least) return;
    out.push(stem, `${stem}e`);
    // "stopped" → "stop": a doubled last consonant belongs to the ending.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  };
  // ("Peter" is no "pet" + "er", "Homer" no "home": a comparative or a doer needs a longer stem.)
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'est']) if (word.endsWith(ending)) add(word.slice(0, -ending.length), /^(?:er|est)$/.test(ending) ? 4 : 3);
  // "policies" → "policy", "carried" → "carry".
  if (/ie[sd]$/.test(word)) out.push(`${word.slice(0, -3)}y`);
  return out;
}

/**
 * True when a capitalised word is an everyday English word and no first name ("Teachers",
 * "Underscoring", "Super"): a run made only of such words names a thing, a team or a clause, not a person.
 */
export function isCommonWord(word: string): boolean {
  // "Star-Spangled": a hyphenated word is everyday when each of its parts is.
  if (/^\p{Lu}\p{Ll}+(?:-\p{L}+)+$/u.test(word)) return word.split('-').every((part) => isCommonWord(part[0]!.toUpperCase() + part.slice(1).toLowerCase()));
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  known ??= new Set(COMMON_WORDS.split('|'));
  // Two steps back: the list keeps "teach" for "teacher" and "teachers" alike.
  return baseForms(word.toLowerCase()).some((form) => known!.has(form) || baseForms(form).some((base) => known!.has(base)));
}
