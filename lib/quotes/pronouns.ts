import { capitalisedRuns } from './names';
import { narration } from './narration';
import type { Person } from './people';

/** The pronoun a text uses for a person, learned from the text itself (never from lists of first names). */
export type Pronoun = 'he' | 'she';

const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+(?:\p{Lu}[\p{L}’'-]+\s+)?(\p{Lu}[\p{L}’'-]+)/gu;
// "him" is left out: an object pronoun usually means someone other than the sentence's last-named person.
const PRONOUN_WORD = /\b(he|she|his|her|himself|herself|hers)\b/giu;
const SENTENCE_SPLIT = /(?<=[.!?][”"’'“»]?)\s+(?=[“"‘'„«\p{Lu}])/u;

/** he/his/him → he; she/her/hers → she. */
export function pronounOf(word: string): Pronoun | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'his' || w === 'him' || w === 'himself') return 'he';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'she';
  return null;
}

/** A person mentioned in a stretch of text, at the offset of the mention. */
export interface Mentioned {
  person: Person;
  index: number;
}

/** The known people a stretch of text mentions, in order: by a name run, or an unnamed source by its description. */
export function mentionsIn(text: string, people: Person[]): Mentioned[] {
  const out: Mentioned[] = [];
  for (const run of capitalisedRuns(text)) {
    const surname = (run.text.split(/\s+/).pop() ?? run.text).replace(/[’']s$/, '');
    const person = people.find((p) => !p.unnamed && (p.name.split(/\s+/).pop() ?? '') === surname);
    if (person) out.push({ person, index: run.index });
  }
  for (const p of people) {
    if (!p.unnamed) continue;
    const i = text.toLowerCase().indexOf(p.name.toLowerCase());
    if (i >= 0) out.push({ person: p, index: i });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Learns each person's pronoun from the article: a courtesy title (Mr, Ms), the only person named
 * before a he/his/she/her in the same sentence, and the one person a sentence names when the next
 * sentence opens with a pronoun (it goes on about them). Votes are weighed; a tie teaches nothing.
 */
export function learnPronouns(paragraphs: string[], people: Person[]): void {
  const votes = new Map<Person, { he: number; she: number }>();
  const vote = (p: Person | undefined, pronoun: Pronoun | null, weight: number): void => {
    if (!p || !pronoun) return;
    const v = votes.get(p) ?? { he: 0, she: 0 };
    v[pronoun] += weight;
    votes.set(p, v);
  };
  let previous: Mentioned[] = [];
  for (const paragraph of paragraphs) {
    const text = narration(paragraph);
    for (const m of text.matchAll(HONORIFIC)) {
      const person = people.find((p) => !p.unnamed && (p.name.split(/\s+/).pop() ?? '') === m[2]);
      vote(person, /^mr$/i.test(m[1]!) ? 'he' : 'she', 3);
    }
    for (const sentence of text.split(SENTENCE_SPLIT)) {
      const mentioned = mentionsIn(sentence, people);
      const opening = /^\s*[“"‘']?\s*(He|She)\b/u.exec(sentence);
      const distinct = new Set(previous.map((m) => m.person));
      if (opening && distinct.size === 1) vote(previous[0]!.person, pronounOf(opening[1]!), 2);
      for (const m of sentence.matchAll(PRONOUN_WORD)) {
        // Only when one person is named before it: "X said Y's critics were wrong, he said" is ambiguous.
        const earlier = mentioned.filter((x) => x.index < m.index!);
        const before = new Set(earlier.map((x) => x.person));
        const nearest = earlier[earlier.length - 1];
        // "…, and Ben Ash, who is 70 and says he …": a pronoun inside a relative clause is the clause's name.
        const inClause = nearest && /^[\p{L}’' -]*,\s+who\b[^,.;]*$/u.test(sentence.slice(nearest.index, m.index));
        if (before.size === 1 || inClause) vote(nearest!.person, pronounOf(m[1]!), 1);
      }
      if (sentence.trim()) previous = mentioned;
    }
  }
  for (const [person, v] of votes) if (v.he !== v.she) person.pronoun = v.he > v.she ? 'he' : 'she';
}
