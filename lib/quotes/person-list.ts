import type { Person } from './people';
import { candidatesFor, choosePerson, fillsIn } from './identity';
import { hasOrgWord } from './organisations';
import { mentionsIn, type Pronoun } from './pronouns';

/* The list of people a story names: adding a mention to it, and finding someone in it again. */

/** The one named person a bare surname stands for, when that is a person and no organisation ("Harrington"). */
export function principalOf(people: Person[], name: string): Person | undefined {
  if (name.includes(' ')) return undefined;
  const named = candidatesFor(people, name).filter((p) => !p.unnamed);
  return named.length === 1 && !hasOrgWord(named[0]!.name) ? named[0] : undefined;
}

/** "A spokesman for Harrington" is known as Chloe Harrington's spokesman, not as a source called Harrington. */
export function spokespeopleOfPeople(people: Person[]): void {
  for (const source of people) {
    if (!source.unnamed || !/^spokes/.test(source.title ?? '')) continue;
    const principal = principalOf(people, source.name);
    if (principal) source.name = `${source.title} for ${principal.name}`;
  }
}

/** A name seen again: the same person (filling in a fuller name or title), or someone new. */
export function addPerson(people: Person[], name: string, title: string | null): void {
  // "Sekar Babu" after "PK Sekar Babu", "O’Neill" after "Eamon O'Neill": a shorter form of a known name.
  const sharing = name.includes(' ') ? candidatesFor(people, name).filter((p) => p.name.length > name.length) : candidatesFor(people, name);
  // "Okonjo" when Daniel and Grace Okonjo are both known: a reference to one of them, not news of either.
  if (sharing.length > 1) return;
  // "Joseph Kalaba" and "Joseph Mwila Kalaba": the same first name and surname are one person.
  const ends = (p: Person): boolean => { const a = p.name.split(/\s+/), b = name.split(/\s+/); return a.length > 1 && b.length > 1 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]; };
  const known = people.find((p) => !p.unnamed && (p.name === name || fillsIn(p, name) || ends(p))) ?? sharing[0];
  if (!known) {
    people.push({ name, title });
    return;
  }
  if (name.length > known.name.length && (known.name.split(/\s+/).length === 1 || name.endsWith(known.name.split(/\s+/).pop()!))) known.name = name;
  // The fullest title is the one a reader needs ("Kremlin spokesman" over "spokesman").
  if (title && (!known.title || title.length > known.title.length)) known.title = title;
}

/**
 * Looks a (possibly partial) name up among the people: "Peskov" finds "Dmitry Peskov"; when several
 * share it, the courtesy title's pronoun and the nearest full mention in `upto` decide.
 */
export function lookupPerson(people: Person[], name: string, pronoun: Pronoun | null = null, upto?: string, spoken?: ReadonlyMap<string, number>): Person | undefined {
  // An unnamed source is known by its whole description: "Western diplomat" is not "senior diplomat".
  const unnamed = people.find((p) => p.unnamed && p.name.toLowerCase() === name.toLowerCase());
  return unnamed ?? choosePerson(candidatesFor(people, name), pronoun, upto, spoken);
}

/** The known people named in a stretch of text, in order of appearance (an unnamed source by its description). */
export function findPeopleMentionedIn(text: string, people: Person[]): Person[] {
  return [...new Set(mentionsIn(text, people).map((m) => m.person))];
}
