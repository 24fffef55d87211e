import { PLACE_NAMES } from './place-names';
import { isNationality } from './words';

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

// Words that end the names of stations, shoals, islands and the like, right after a preposition of
// place. Some are surnames too (Hill, Green, Castle, Cross): those mark a place only after a preposition
// no one puts before a person ("at Tulse Hill", not "the murder of Imani Green").
const PLACE_ENDING = /^(?:Junction|Beach|Shoals|Islands|Isles|Heights|Common|Gate|Wharf|Quay|Pier|Falls|Creek|Point|Reef|Sound|Strait|Straits|Forest|Gardens|Estate|Village|Peninsula|Canyon|Glacier|Desert|Plains|Basin|Delta|Coast)$/;
const SURNAME_OR_PLACE = /^(?:Hill|Hills|Green|Castle|Cross|Bridge|Springs|Woods|Moor|Marsh|Fields)$/;

/** True for "at Tulse Hill", "of Nantucket Shoals": a run ending in a place word right after a preposition of place. */
export function isPlaceAfterPreposition(textBefore: string, words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (PLACE_ENDING.test(last)) return /\b(?:at|in|near|from|to|of|outside|off|via|towards|toward|around|across)\s+(?:the\s+)?$/i.test(textBefore);
  return SURNAME_OR_PLACE.test(last) && /\b(?:at|in|near|outside|off|via|around|across)\s+$/i.test(textBefore);
}

// Words that describe a place rather than name a body: "Occupied", "Rural", "Northern", "Greater".
// (Not nouns: "Screen Canberra", "Brand Kenya" and "Team GB" are organisations.)
const PLACE_DESCRIPTION = /^(?:\p{Lu}\p{Ll}+(?:ed|al|ern|ing)|Greater|Downtown|Inner|Outer|Upper|Lower|Central|Metro|Mainland)$/u;

/** True for "Occupied Kashmir", "Indian Occupied Kashmir", "Rural Kenya": a known place after words that only describe it. */
export function isDescribedPlace(words: string[]): boolean {
  return words.length > 1 && isPlaceName(words[words.length - 1]!) && words.slice(0, -1).every((w) => PLACE_DESCRIPTION.test(w) || isNationality(w));
}

/** True for a word that says which part of a place ("North", "Northern", "Central", "Greater"). */
export const isCompassWord = (word: string): boolean => /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Metro)$/.test(word);
