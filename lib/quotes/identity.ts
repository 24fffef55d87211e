import type { Person } from './people';
import type { Pronoun } from './pronouns';

/**
 * Who a name refers to when several people may share part of it. A story names a mother and son
 * "Lise Arsenault" and "Marc Arsenault", then calls them "Lise", "Marc", "Mrs Arsenault": people are
 * told apart by their full names, a first name alone finds its one owner, and a shared surname goes to
 * whoever the courtesy title or the nearest full mention points at.
 */

// Letters after a name, not part of it: "Jonathan Reece KC", "Sir Ian Ash CBE".
const POST_NOMINAL = /^(?:KC|QC|SC|MP|MSP|MS|AM|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|PhD|MD|Esq)\.?$/;

/** A name without post-nominal letters or a possessive ending: "Jonathan Reece KC" → "Jonathan Reece". */
export function bareName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1 && POST_NOMINAL.test(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/[’']s$/, '');
}

// "O’Neill" and "O'Neill" are one name: pages mix curly and straight apostrophes.
const foldApostrophes = (s: string): string => s.replace(/[’‘`]/g, "'");
// ("Cortes said" of Marko Cortés: pages drop accents as they drop curly apostrophes; names are looked up without either.)
// (Names recur in every lookup of a long story: each is folded once.)
const folded = new Map<string, string>();
const foldKey = (s: string): string => {
  let key = folded.get(s);
  if (key !== undefined) return key;
  // (Bounded: the background worker reads article after article.)
  if (folded.size > 5000) folded.clear();
  folded.set(s, (key = foldApostrophes(s).normalize('NFD').replace(/\p{M}/gu, '')));
  return key;
};
// "Ferdinand Marcos Jr." is "Marcos" later: a generation after a name ("Jr.", "Sr", "III") is no part of the surname.
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;
const wordsOf = (p: Person): string[] => {
  const w = foldApostrophes(p.name).split(/\s+/);
  return w.length > 2 && GENERATION.test(w[w.length - 1]!) ? w.slice(0, -1) : w;
};
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lastIndexOfWord = (text: string, word: string): number => {
  let at = -1;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'gu'))) at = m.index ?? at;
  return at;
};

interface Index {
  full: Map<string, Person[]>;
  surname: Map<string, Person[]>;
  first: Map<string, Person[]>;
}
const indexes = new WeakMap<Person[], Index>();
const push = (m: Map<string, Person[]>, k: string, p: Person): void => void m.set(k, [...(m.get(k) ?? []), p]);

function buildIndex(people: Person[]): Index {
  const index: Index = { full: new Map(), surname: new Map(), first: new Map() };
  for (const p of people) {
    if (p.unnamed) continue;
    const w = wordsOf(p);
    push(index.full, foldKey(p.name.toLowerCase()), p);
    if (w.length > 1) push(index.surname, foldKey(p.familyFirst ? w[0]! : w[w.length - 1]!), p);
    // "al-Harthy" is "Harthy" on second mention in many papers.
    if (w.length > 1 && /^(?:al|el|ad)-/.test(w[w.length - 1]!)) push(index.surname, foldKey(w[w.length - 1]!.replace(/^(?:al|el|ad)-/, '')), p);
    // "Lau Chi-keung", "Vivian Kwok Wai-man", "Kim Min-jae": the family name stands before a hyphenated given name.
    if (w.length > 1 && /-\p{Ll}/u.test(w[w.length - 1]!)) for (const family of w.slice(w.length > 2 ? 1 : 0, -1)) push(index.surname, foldKey(family), p);
    if (w.length > 1 && !p.familyFirst) push(index.first, foldKey(w[0]!), p);
    // "Luiz Inacio Lula da Silva" is "Lula" later: in a name of four words or more, a middle word may be the one used.
    if (w.length >= 4) for (const middle of w.slice(1, -1)) if (/^\p{Lu}\p{Ll}/u.test(middle)) push(index.surname, foldKey(middle), p);
    // "KISHIDA Fumio", "Fumio KISHIDA": a name in capitals beside others in lower case is the family name, later "Kishida".
    const capital = w.length > 1 && w.some((x) => /\p{Ll}/u.test(x)) ? w.find((x) => /^\p{Lu}{3,}$/u.test(x)) : undefined;
    if (capital) push(index.surname, foldKey(capital[0] + capital.slice(1).toLowerCase()), p);
  }
  return index;
}

/** Freezes the names of a finished list of people into maps, so that lookups stay fast on long articles. */
export function sealPeople(people: Person[]): void {
  indexes.set(people, buildIndex(people));
}

/**
 * The people a name may refer to: the same full name; else those whose full name ends the run
 * ("BWSSB Chairman V. Lakshmi Narayan"), share first name and surname, or share the one word given.
 * (A list still growing is indexed afresh: its names change as fuller mentions come in.)
 */
export function candidatesFor(people: Person[], name: string): Person[] {
  const found = candidatesOf(people, name);
  // "Ofori-Atta" after "Ken Ofori Atta": pages join a double surname with a hyphen or a space.
  return found.length || !/\p{L}-\p{Lu}/u.test(name) ? found : candidatesOf(people, name.replace(/(\p{L})-(\p{Lu})/gu, '$1 $2'));
}

function candidatesOf(people: Person[], name: string): Person[] {
  const index = indexes.get(people) ?? buildIndex(people);
  const bare = foldKey(bareName(name));
  const exact = index.full.get(bare.toLowerCase());
  if (exact) return exact;
  const words = bare.split(/\s+/);
  const last = words[words.length - 1]!;
  const bySurname = index.surname.get(last) ?? [];
  if (words.length > 1) {
    const ending = bySurname.filter((p) => bare.endsWith(` ${foldKey(p.name)}`));
    if (ending.length) return ending;
    // "Sekar Babu" after "PK Sekar Babu": the name without its initials.
    const tail = bySurname.filter((p) => foldKey(p.name).endsWith(` ${bare}`));
    if (tail.length) return tail;
    // "Dmitry S. Peskov" and "Dmitry Peskov": same first name and surname.
    const sameFirst = bySurname.filter((p) => foldKey(p.name).split(/\s+/)[0] === words[0]);
    return sameFirst.length ? sameFirst : bySurname.filter(() => /^\p{Lu}\.?$/u.test(words[0]!));
  }
  if (bySurname.length) return bySurname;
  const single = index.full.get(last.toLowerCase())?.filter((p) => foldKey(p.name) === last) ?? [];
  if (single.length) return single;
  return index.first.get(last) ?? [];
}

/** The pronoun a courtesy title gives: Mr → he; Mrs, Ms, Miss → she. */
export function honorificPronoun(word: string | undefined): Pronoun | null {
  if (!word) return null;
  if (/^Mr\.?$/i.test(word)) return 'he';
  return /^(?:Mrs|Ms|Miss|Madam|Mdm|Mme)\.?$/i.test(word) ? 'she' : null;
}

/**
 * One person out of several candidates: those the courtesy title agrees with, then the one whose
 * distinguishing name (full or first) was written last before `upto` (the text up to the mention).
 */
export function choosePerson(candidates: Person[], pronoun: Pronoun | null, upto?: string, spoken?: ReadonlyMap<string, number>): Person | undefined {
  if (candidates.length <= 1) return candidates[0];
  const agreeing = pronoun ? candidates.filter((p) => p.pronoun === pronoun) : [];
  const pool = agreeing.length ? agreeing : candidates;
  // A bare surname shared by a family is the one the story is about (introduced first): papers call
  // the relatives by first or full name. Only a first name shared by several goes to the nearest.
  // (Unless the paragraph itself has just named one of them in full: "his mother, Nozuko Ntozakhe, … said Ntozakhe".)
  if (pool.length === 1 || !upto) return pool[0];
  // (Or the story has quoted one of them most: "Ntozakhe said" goes on with the relative who has been speaking.)
  // ("Kamathi’s mother Angeline": a relative whose surname the story never writes with her name is not "Kamathi".)
  if (pool.every((p) => wordsOf(p).pop() === wordsOf(pool[0]!).pop())) {
    const written = pool.filter((p) => !p.surnameInferred);
    const family = written.length ? written : pool;
    return nearestIn(family, upto.slice(upto.lastIndexOf('\n') + 1)) ?? mostQuoted(family, spoken) ?? family[0];
  }
  let best: Person | undefined;
  let at = -1;
  for (const p of pool) {
    const i = Math.max(upto.lastIndexOf(p.name), lastIndexOfWord(upto, wordsOf(p)[0]!));
    if (i > at) [best, at] = [p, i];
  }
  return best ?? pool[0];
}

function mostQuoted(pool: Person[], spoken: ReadonlyMap<string, number> | undefined): Person | undefined {
  const counts = pool.map((p) => spoken?.get(p.name) ?? 0);
  const top = Math.max(...counts);
  return top > 0 && counts.filter((c) => c === top).length === 1 ? pool[counts.indexOf(top)] : undefined;
}

function nearestIn(pool: Person[], text: string): Person | undefined {
  let best: Person | undefined;
  let at = -1;
  for (const p of pool) if (text.lastIndexOf(p.name) > at) [best, at] = [p, text.lastIndexOf(p.name)];
  return best;
}

/** True when a full name belongs to someone already known by one word of it ("Reece", then "Jonathan Reece"). */
export function fillsIn(known: Person, name: string): boolean {
  const words = name.split(/\s+/);
  return !known.unnamed && wordsOf(known).length === 1 && words.length > 1 && (words[words.length - 1] === known.name || words[0] === known.name);
}
