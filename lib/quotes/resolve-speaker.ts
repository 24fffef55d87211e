import type { Speaker } from './types';
import { parseNamePhrase } from './names';
import { findPeopleMentionedIn, lookupPerson, type Person } from './people';
import { sentenceBounds } from './cues';

/** Where a quote stands, so that pronouns and role nouns can look back from there. */
export interface QuotePosition {
  paragraphs: string[];
  paragraph: number;
  offset: number;
}

/**
 * The person a pronoun or role noun most likely stands for: the first person named in the nearest
 * sentence before the quote (the sentence's subject usually comes first), looking back at most
 * three paragraphs.
 */
export function resolveAntecedent(people: Person[], at: QuotePosition): Speaker | null {
  for (let p = at.paragraph; p >= Math.max(0, at.paragraph - 3); p--) {
    const text = at.paragraphs[p]!;
    let end = p === at.paragraph ? at.offset : text.length;
    while (end > 0) {
      const [start] = sentenceBounds(text, Math.max(0, end - 1));
      const found = findPeopleMentionedIn(text.slice(start, end), people)[0];
      if (found) return { name: found.name, title: found.title };
      end = start - 1;
    }
  }
  return null;
}

/** Turns the words of an attribution cue into a speaker with a canonical name and a title. */
export function resolveSpeaker(phrase: string, people: Person[], at: QuotePosition): Speaker | null {
  const parsed = parseNamePhrase(phrase);
  if (!parsed) return null;
  if (parsed.name) {
    const person = lookupPerson(people, parsed.name);
    return person
      ? { name: person.name, title: parsed.title ?? person.title }
      : { name: parsed.name, title: parsed.title };
  }
  if (parsed.pronoun) return resolveAntecedent(people, at);
  if (parsed.role) {
    // "A Bloomberg News spokesperson": an organisation speaks, named by its capitalised words.
    if (/\p{Lu}/u.test(parsed.role.replace(/^\S+\s*/, ''))) return { name: parsed.role.replace(/^(?:a|an|the)\s+/i, ''), title: null };
    return resolveAntecedent(people, at);
  }
  return null;
}
