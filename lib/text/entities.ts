import { foldTypography } from './tokens';

// Capitalised words that begin sentences or name times: never what a story is about.
const NOT_ENTITY = new Set(
  ('the a an but and or so yet on in at for from to of by with as after before when while if asked earlier ' +
    'later meanwhile however still also even then this that these those it he she they we i you his her their ' +
    'its our my there what who why how where monday tuesday wednesday thursday friday saturday sunday january ' +
    'february march april may june july august september october november december mr ms mrs')
    .split(/\s+/),
);

/**
 * The names a text mentions (people, places, organisations), folded to lower-case single words so
 * "Dmitry Peskov" and "Peskov's" share "peskov". Cheap and language-light: capitalised words that are
 * not sentence starters.
 */
export function namedTerms(text: string): Set<string> {
  const out = new Set<string>();
  const folded = foldTypography(text);
  for (const m of folded.matchAll(/\b\p{Lu}[\p{L}-]+(?:'s)?/gu)) {
    const word = m[0].replace(/'s$/, '').toLowerCase();
    if (word.length > 2 && !NOT_ENTITY.has(word)) out.add(word);
  }
  return out;
}
