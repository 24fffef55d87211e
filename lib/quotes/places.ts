import { PLACE_NAMES } from './place-names';

let known: Set<string> | undefined;

/**
 * True when a capitalised run is a country, a capital, a big city, a state or a region ("South Korea",
 * "Seoul", "British Columbia"): such a name speaks in the news as a government or a people ("Seoul
 * said"), never as a person a pronoun can stand for.
 */
export function isPlaceName(name: string): boolean {
  // "Sao Tome", "Bogota": papers often drop the accents the list keeps, so both forms are known.
  known ??= new Set(PLACE_NAMES.split('|').flatMap((n) => [n, plain(n)]));
  const bare = name.replace(/^the\s+/i, '').replace(/[’']s?$/u, '');
  // "Southern California", "Northern Nigeria": a compass point before a place is still the place.
  return known.has(bare) || known.has(bare.replace(/^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upstate|Downstate)\s+/, ''));
}

/** A name without its accents ("São Tomé" → "Sao Tome"). */
const plain = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');
