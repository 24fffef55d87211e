import type { Person } from './people';
import type { Speaker } from './types';
import { sentenceSubject } from './sentence-subject';
import { mentionsIn } from './pronouns';
import { narration } from './narration';
import { sentenceBounds } from './sentences';
import type { QuotePosition } from './antecedent';

/** Where the story gave someone an age: the text of the sentence before it, and where that sentence starts. */
interface AgeMention {
  before: string;
  after: string;
  at: QuotePosition;
}

/**
 * The places before a quote where the story gives an age ("Geoffrey Hallett, 67,", "The actress, 61,",
 * "a 61-year-old grandmother, Ann Lee"), latest first, so that "the 61-year-old said" can find who is 61.
 */
function* ageMentions(age: string, at: QuotePosition): Generator<AgeMention> {
  const given = new RegExp(`(?:,\\s*(?:aged\\s+)?|\\()${age}(?=\\s*[,)]|\\s+(?:and|who|from|of)\\b)|\\b${age}-year-old\\b`, 'g');
  for (let p = at.paragraph; p >= 0; p--) {
    const text = narration(at.paragraphs[p]!);
    const upto = p === at.paragraph ? at.offset : text.length;
    const hits = [...text.slice(0, upto).matchAll(given)].reverse();
    for (const hit of hits) {
      const [start, end] = sentenceBounds(text, hit.index!);
      yield {
        before: text.slice(start, hit.index),
        after: text.slice(hit.index! + hit[0].length, Math.max(end, hit.index! + hit[0].length)),
        at: { ...at, paragraph: p, offset: start },
      };
    }
  }
}

/** The person an age was given to: the name right before ", 61," or right after "61-year-old". */
function personGivenAge(mention: AgeMention, people: Person[]): Person | undefined {
  const named = mentionsIn(mention.before, people).filter((m) => !m.ambiguous);
  const last = named[named.length - 1];
  // "Geoffrey Hallett, 67": nothing but the name (and its title) between the name and the age.
  if (last && /^[\p{L}.’' -]*$/u.test(mention.before.slice(last.index))) return last.person;
  // "a 61-year-old grandmother, Ann Lee,": the name that follows a few words on.
  const next = mentionsIn(mention.after.slice(0, 60), people).filter((m) => !m.ambiguous)[0];
  return next && /^\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s*,?\s*$/u.test(mention.after.slice(0, next.index)) ? next.person : undefined;
}

/**
 * "the 61-year-old said": whoever the story gave that age, by name ("Geoffrey Hallett, 67,") or through
 * the role it was given to ("The actress, 61,"), which `roleHolder` resolves from where it stands.
 */
export function personOfAge(role: string, people: Person[], at: QuotePosition, roleHolder: (phrase: string, where: QuotePosition) => Speaker | null): Speaker | null {
  const age = /\b(\d{1,3})-year-old\b/.exec(role)?.[1];
  if (!age) return null;
  for (const mention of ageMentions(age, at)) {
    const person = personGivenAge(mention, people);
    if (person) return { name: person.name, title: person.title };
    const phrase = sentenceSubject(mention.before.trim());
    if (phrase === mention.before.trim()) {
      const holder = roleHolder(phrase, mention.at);
      if (holder) return holder;
    }
  }
  return null;
}
