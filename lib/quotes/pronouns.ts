import { capitalisedRuns } from './runs';
import { isTitleWord, SPEECH_VERBS } from './words';
import { splitSentences } from './sentences';
import { candidatesFor, choosePerson, honorificPronoun } from './identity';
import { narration } from './narration';
import type { Person } from './people';

/** The pronoun a text uses for a person, learned from the text itself (never from lists of first names). */
export type Pronoun = 'he' | 'she';

const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+(?:\p{Lu}[\p{L}’'-]+\s+)?(\p{Lu}[\p{L}’'-]+)/gu;
// "him" is left out: an object pronoun usually means someone other than the sentence's last-named person.
const PRONOUN_WORD = /\b(he|she|his|her|himself|herself|hers)\b/giu;
const REPORTS_SELF = new RegExp(`^,?\\s+(?:${SPEECH_VERBS}|revealed|believes|believed|thinks|thought|felt|feels|knew|knows|hoped|hopes|feared|fears|admitted|insisted|claimed|recalled|remembered)\\s+(?:that\\s+)?(he|she)\\b`, 'u');
const KIN = /\b(wife|mother|daughter|sister|widow|grandmother|aunt|niece|girlfriend|fiancée|husband|father|son|brother|widower|grandfather|uncle|nephew|boyfriend|fiancé)\s*,?\s+(?=\p{Lu})/gu;
const KIN_HE = /^(?:husband|father|son|brother|widower|grandfather|uncle|nephew|boyfriend|fiancé)$/;

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
  /** True when others share the name written ("Okonjo" of two Okonjos) and nothing told them apart. */
  ambiguous?: true;
}

/** The known people a stretch of text mentions, in order: by a name run, or an unnamed source by its description. */
export function mentionsIn(text: string, people: Person[]): Mentioned[] {
  const out: Mentioned[] = [];
  for (const run of capitalisedRuns(text)) {
    const words = run.text.split(/\s+/);
    // "Mrs Okonjo": the courtesy title picks out which Okonjo; it is not part of the name.
    const courtesy = honorificPronoun(words[0]) ?? honorificPronoun(/(\S+)\s+$/.exec(text.slice(Math.max(0, run.index - 6), run.index))?.[1]);
    // "Cllr Potter", "President Marcos": a title word opening the run is not part of the name either.
    const titled = words.filter((w) => !honorificPronoun(w) && !/^(?:Dr|Prof|Sir|Dame)\.?$/.test(w));
    while (titled.length > 1 && isTitleWord(titled[0]!)) titled.shift();
    const name = titled.join(' ');
    if (!name) continue;
    const candidates = candidatesFor(people, name);
    const person = choosePerson(candidates, courtesy, text.slice(0, run.index));
    if (person) out.push({ person, index: run.index, ...(candidates.length > 1 && !(courtesy && person.pronoun === courtesy) ? { ambiguous: true as const } : {}) });
  }
  const lower = text.toLowerCase();
  for (const p of people) {
    if (!p.unnamed) continue;
    const i = unnamedMention(lower, p.name.toLowerCase());
    if (i >= 0) out.push({ person: p, index: i });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when a sentence names people only as a list ("Tendulkar (34), Yuvraj Singh (12) and Wasim Jaffer"). */
export function listsNames(sentence: string, people: Person[]): boolean {
  const mentions = mentionsIn(sentence, people);
  if (mentions.length < 2) return false;
  return mentions.slice(0, -1).every((m, k) => {
    const name = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/u.exec(sentence.slice(m.index))?.[0] ?? '';
    return /^\s*(?:\([^)]*\))?\s*(?:,|and)\s*(?:and\s+)?$/.test(sentence.slice(m.index + name.length, mentions[k + 1]!.index));
  });
}

/**
 * Where a text mentions an unnamed source by its whole description, right after a determiner ("the
 * minister", "one senior official"), or -1: "the prime minister" and "ministers" are no "minister".
 */
function unnamedMention(lower: string, description: string): number {
  for (let i = lower.indexOf(description); i >= 0; i = lower.indexOf(description, i + 1)) {
    const after = lower.charAt(i + description.length);
    // ("the council’s cathaoirleach" is someone of the council, not its spokesman.)
    if (/^[\p{L}\d-]$/u.test(after) || /^[’']s\b/.test(lower.slice(i + description.length))) continue;
    if (/(?:^|[^\p{L}])(?:a|an|one|the|another|this|that|said)\s+$/u.test(lower.slice(Math.max(0, i - 10), i)) || i === 0) return i;
  }
  return -1;
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
      const candidates = candidatesFor(people, m[2]!);
      if (candidates.length === 1) vote(candidates[0], honorificPronoun(m[1]), 3);
    }
    // "her son, Marc Arsenault", "His father Edson Moura": a kinship word says which pronoun the name takes.
    for (const m of text.matchAll(KIN)) {
      const named = mentionsIn(text.slice(m.index! + m[0].length), people)[0];
      if (named?.index === 0 && !named.ambiguous) vote(named.person, KIN_HE.test(m[1]!) ? 'he' : 'she', 3);
    }
    const sentences = splitSentences(text);
    const first = sentences.find((x) => x.trim());
    for (const sentence of sentences) {
      const mentioned = mentionsIn(sentence, people).filter((m) => !m.ambiguous);
      // "Duvernet revealed he had pinned …", "Ruiz said she would": the subject of a report speaks of themself.
      for (const m of mentioned) {
        const after = REPORTS_SELF.exec(sentence.slice(m.index).replace(/^\S+(?:\s+\p{Lu}\S*)*/u, ''));
        if (after) vote(m.person, pronounOf(after[1]!), 2);
      }
      // "He …" or "“…,” he said" opening the next sentence goes on about the one person this one named.
      // A new paragraph that opens with a quote is often the other side of a dialogue: only within a paragraph.
      const opening = /^\s*(He|She)\b/u.exec(sentence) ?? (sentence !== first ? /^\s*[“"‘'«„]\s*[,.!?…—–-]*\s*[”"’'»“]?[,.!?]?\s*(he|she)\b/u.exec(sentence) : null);
      const distinct = new Set(previous.map((m) => m.person));
      if (opening && distinct.size === 1) vote(previous[0]!.person, pronounOf(opening[1]!), 2);
      for (const m of sentence.matchAll(PRONOUN_WORD)) {
        // Only when one person is named before it: "X said Y's critics were wrong, he said" is ambiguous.
        const earlier = mentioned.filter((x) => x.index < m.index!);
        const before = new Set(earlier.map((x) => x.person));
        const nearest = earlier[earlier.length - 1];
        if (!nearest) continue;
        const between = sentence.slice(nearest.index, m.index);
        // "Tobias Lund, her business partner": a possessive set off after a name is someone else's.
        if (/^[\p{L}’' .-]*,\s*$/u.test(between)) continue;
        // "Thornhill said there had been … to escalate his care": a possessive far from the name may be anyone's.
        const subjectPronoun = /^(?:he|she)$/i.test(m[1]!);
        // "Pritchard sent her 412 messages in nine days after she dumped him": far off, even "she" may be anyone's.
        if (between.trim().split(/\s+/).length > (subjectPronoun ? 10 : 6)) continue;
        // "Mick Jones, …, whom she wed": the name is the object of a clause whose subject is someone else.
        if (/\b(?:whom|who|that)\s*$/i.test(between)) continue;
        // "…, and Ben Ash, who is 70 and says he …": a pronoun inside a relative clause is the clause's name.
        const inClause = /^[\p{L}’' -]*,\s+who\b[^,.;]*$/u.test(between);
        if (before.size === 1 || inClause) vote(nearest.person, pronounOf(m[1]!), 1);
      }
      if (sentence.trim()) previous = mentioned;
    }
  }
  for (const [person, v] of votes) if (v.he !== v.she) person.pronoun = v.he > v.she ? 'he' : 'she';
}
