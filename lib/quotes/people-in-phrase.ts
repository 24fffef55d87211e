import { lookupPerson, type Person } from './people';
import { hasOrgWord } from './organisations';

/* People a speaker phrase names inside a longer phrase: a person of a body, or the first of two named together. */

/** The known person a phrase names before the body they belong to ("Det Insp Gareth Pryce of Greater Manchester Police"). */
export function personOfBody(phrase: string, people: Person[]): Person | undefined {
  return people.find((p) => {
    if (p.unnamed || !p.name.includes(' ') || hasOrgWord(p.name) || /\s(?:District|Authority|Board)$/.test(p.name)) return false;
    const at = phrase.indexOf(p.name);
    return at >= 0 && /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.test(phrase.slice(at + p.name.length));
  });
}

/**
 * "Attendees Tanya Quinn and Orla Ormond said", "Brito-Zapata and Reyes-Puig said": two known people
 * named together (in full, or by surname alone); the first named speaks for both.
 */
export function firstOfTwo(phrase: string, people: Person[]): Person | undefined {
  const pair = /^(.*\S)\s+and\s+(\p{Lu}.*)$/u.exec(phrase);
  if (!pair) return undefined;
  const named = (part: string, end: boolean): Person | undefined =>
    people.find((p) => !p.unnamed && p.name.includes(' ') && (end ? part.endsWith(p.name) : part === p.name)) ??
    (/^\p{Lu}[\p{L}’'-]+$/u.test(part) ? lookupPerson(people, part) : undefined);
  const one = named(pair[1]!, true);
  const two = named(pair[2]!, false);
  return one && two && one !== two && !one.unnamed && !two.unnamed ? one : undefined;
}
