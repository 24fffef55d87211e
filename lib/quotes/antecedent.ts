import { isPlaceName } from './places';
import { isCommonWord } from './common-words';
import { namesAThing } from './thing-names';
import type { Speaker } from './types';
import { parseNamePhrase } from './names';
import { findPeopleMentionedIn, lookupPerson, type Person } from './people';
import { sentenceBounds } from './sentences';
import { sentenceSubject } from './sentence-subject';
import { narration } from './narration';
import { isPersonNoun, NON_PERSON_WORDS, notName, PRONOUNS, SPEECH_VERBS } from './words';
import { listsNames, mentionsIn, pronounOf, type Pronoun } from './pronouns';
import { honorificPronoun } from './identity';
import { resolveRole, TWOSOME } from './roles';

/** Where a quote stands, so that pronouns and role nouns can look back from there. */
export interface QuotePosition {
  paragraphs: string[];
  paragraph: number;
  offset: number;
  /** The person last quoted in the few paragraphs before, when there is one. */
  lastSpeaker?: string;
  /** How many quotes each speaker has had so far: whom the story has been quoting. */
  spoken?: ReadonlyMap<string, number>;
}

type Accept = (person: Person) => boolean;

/** The sentences before a position, nearest first, at most three paragraphs back: [text, isTheQuotesOwnSentence, where it starts]. */
export function* sentencesBack(at: QuotePosition): Generator<[string, boolean, QuotePosition]> {
  for (let p = at.paragraph; p >= Math.max(0, at.paragraph - 3); p--) {
    const text = narration(at.paragraphs[p]!);
    let end = p === at.paragraph ? at.offset : text.length;
    // The quote's own sentence (when words of it come before the quote) is "same"; a quote opening its sentence has none.
    const own = p === at.paragraph ? sentenceBounds(text, at.offset)[0] : -1;
    while (end > 0) {
      const [start] = sentenceBounds(text, Math.max(0, end - 1));
      yield [text.slice(start, end), start === own, { ...at, paragraph: p, offset: start }];
      end = start - 1;
    }
  }
}

/**
 * The person a pronoun or role noun most likely stands for: in the nearest sentence before the quote,
 * the sentence's subject when it is an accepted person, else the first accepted person it names.
 * For "he"/"she", a person the text gives the other pronoun is passed over, one it gives the same
 * pronoun is preferred within a sentence, and past the usual window the latest such person is taken.
 */
export function resolveAntecedent(people: Person[], at: QuotePosition, accept?: Accept, pronoun?: Pronoun | null): Speaker | null {
  const loose = !accept;
  const agrees: Accept = (p) => !pronoun || !p.pronoun || p.pronoun === pronoun;
  const ok: Accept = (p) => (accept ? accept(p) : true) && agrees(p);
  for (const [sentence, same, where] of sentencesBack(at)) {
    // A role noun ("the 52-year-old grinned") points back past its own sentence's other names.
    if (!loose && same) continue;
    // "Abdullah has rejected Anwar’s claims, but the opposition leader urged him …. “…,” he said": a
    // pronoun goes on with the subject of the sentence's last clause when a contrast gives it one of its own.
    const turned = loose && pronoun ? lastClauseSubject(sentence, people, where) : undefined;
    if (turned && agrees(turned)) return { name: turned.name, title: turned.title };
    // "“…,” said the Head of State, adding that … Deputy President William Ruto …. “…,” he said": after a
    // sentence that opens with someone's quote, "he" goes on with whoever was quoted, not a name in the aside.
    const quoted = loose && pronoun && !same && QUOTE_THEN_VERB.test(sentence) && at.lastSpeaker ? lookupPerson(people, at.lastSpeaker) : undefined;
    if (quoted && !quoted.unnamed && agrees(quoted)) return { name: quoted.name, title: quoted.title };
    const phrase = sentenceSubject(sentence);
    // "She said the order would force Skyline …": a sentence whose subject is itself a pronoun goes on
    // talking about the same person, so the antecedent lies further back (not the names it mentions).
    if (loose && PRONOUNS.has(phrase.toLowerCase())) continue;
    const subject = subjectPerson(phrase, people, where);
    // "The coroner said she would …": a subject that is a role stands for the person who holds it.
    if (loose && !subject && isRolePhrase(phrase)) {
      const held = resolveRole(phrase, people, where);
      const person = held && lookupPerson(people, held.name);
      // ("Later the pair argued. “…,” she said": one of the pair, not both.)
      if (held && (!person || agrees(person)) && !(pronoun && TWOSOME.test(held.name))) return held;
    }
    // "The actress, 61, who played Sandra Pike …" before "the star said": a role noun looking back takes
    // the person a role or pronoun subject stands for before anyone the sentence merely mentions.
    if (!loose && !subject) {
      const stands = isRolePhrase(phrase) ? resolveRole(phrase, people, where) : /^(?:he|she)$/i.test(phrase) ? resolveAntecedent(people, where, undefined, pronounOf(phrase)) : null;
      const person = stands ? lookupPerson(people, stands.name) : undefined;
      if (person && ok(person)) return { name: person.name, title: person.title };
    }
    // The subject comes first; among the others named, one the text gives this pronoun before one it never does.
    const named = findPeopleMentionedIn(sentence, people).filter(ok);
    const found = (subject && ok(subject) ? subject : undefined) ?? (pronoun && named.find((p) => p.pronoun === pronoun)) ?? named[0];
    // "Except for Tendulkar (34) and Yuvraj Singh (12), none of the batsmen …. “…,” he said": a sentence
    // that lists people none of whom is its subject is about them, not by them; "he" is who was quoted last.
    const last = loose && pronoun && found && found !== subject && at.lastSpeaker && (listsNames(sentence, people) || (!subject && named.filter((p) => !p.unnamed).length >= 2)) ? lookupPerson(people, at.lastSpeaker) : undefined;
    if (last && !last.unnamed && agrees(last)) return { name: last.name, title: last.title };
    if (found) return { name: found.name, title: found.title };
    // "Putin casts …, which he says …": a one-word subject the text never gives a role is still a person.
    // (Only when a verb follows it: "Back in 2018, she …" opens with no one.)
    const verbNext = new RegExp(`^\\s*${phrase}\\s+(?:[a-z]+s|[a-z]+ed|has|had|is|was|will|would|could|can|did|does)\\b`, 'u').test(sentence);
    if (loose && !subject && verbNext && /^\p{Lu}[\p{Ll}-]+$/u.test(phrase) && !/ing$/.test(phrase) && !NON_PERSON_WORDS.has(phrase) && !isPlaceName(phrase) && !isCommonWord(phrase) && !notName(phrase) && !namesAThing([phrase], null, new RegExp(`^\\s*${phrase}\\s+(\\S+)`, 'u').exec(sentence)?.[1])) return { name: phrase, title: null };
  }
  return pronoun && loose ? latestWithPronoun(people, at, pronoun) : null;
}

// A sentence that opens with a quote and names its speaker right after it: "“…,” said the Head of State, …".
const QUOTE_THEN_VERB = new RegExp(`^\\s*(?:“[^”]{8,}”|"[^"]{8,}"|‘(?:[^’]|’(?=\\p{L})){8,}’),?\\s+(?:[^,.;“”"]{1,40}\\s+)?(?:${SPEECH_VERBS})\\b`, 'u');

const LAST_CLAUSE = /(?:,\s*but|;|,\s*while|,\s*whereas|,\s*though|,\s*although)\s+((?:the\s+)?[^,;“”"]{1,50}?)\s+(?:(?:also|then|later|quickly|again)\s+)?(?:[a-z]+ed|[a-z]+s|has|had|was|is|will|would|did|could)\b[^,;]*[.!?]?$/;

/** The person who is the subject of a contrasting last clause ("…, but the opposition leader urged him"), if any. */
function lastClauseSubject(sentence: string, people: Person[], where: QuotePosition): Person | undefined {
  const phrase = LAST_CLAUSE.exec(sentence.trim())?.[1];
  if (!phrase || PRONOUNS.has(phrase.toLowerCase())) return undefined;
  const held = isRolePhrase(phrase) ? resolveRole(phrase, people, where) : null;
  const person = held ? lookupPerson(people, held.name) : subjectPerson(phrase, people, where);
  return person && !person.unnamed ? person : undefined;
}

/** The person a sentence's subject phrase names ("A Western diplomat", "Mrs Okonjo", "Peskov"), if known. */
function subjectPerson(phrase: string, people: Person[], where: QuotePosition): Person | undefined {
  const words = phrase.split(/\s+/);
  // "his wife, Grace Okonjo": the whole name tells her from her husband; a name beats a description
  // ("The Liberal Democrats’ Treasury spokeswoman, Daisy Cooper" is not the Treasury's spokesperson).
  const name = parseNamePhrase(phrase)?.name;
  const courtesy = honorificPronoun(words.find((w) => honorificPronoun(w)));
  const named = name ? lookupPerson(people, name, courtesy, textUpTo(where)) : undefined;
  if (named && !named.unnamed) return named;
  // "A Western diplomat …": an unnamed source is the subject when the phrase holds its whole description.
  // (The description heads the phrase: "the prime minister’s official spokesperson" is no "minister".)
  const lower = phrase.toLowerCase();
  const heads = (n: string): boolean => lower === n || lower.endsWith(` ${n}`) || lower.startsWith(`${n},`) || lower.includes(` ${n},`);
  const unnamed = people.find((p) => p.unnamed && heads(p.name.toLowerCase()));
  return unnamed ?? named ?? lookupPerson(people, words[words.length - 1] ?? '', courtesy, textUpTo(where));
}

/** "the coroner", "the 52-year-old", "her lawyer": a definite description that stands for a person. */
export function isRolePhrase(phrase: string): boolean {
  const parsed = parseNamePhrase(phrase);
  // ("The International Trade Secretary": a title may be written in capitals.)
  // (Not letters: "Huw Jenkins MS" ends in a member's letters, not in the courtesy "Ms".)
  const last = phrase.split(/\s+/).pop()!;
  return !!parsed?.role && /^(?:the|his|her|their)\s/i.test(phrase) && isPersonNoun(/^\p{Lu}\p{Ll}+$/u.test(last) ? last.toLowerCase() : last);
}

// How far back "the nearest full mention" of a shared name is looked for: recency is a local matter,
// and a fixed window keeps a long article linear.
const RECENT_PARAGRAPHS = 8;

/** The text of the last few paragraphs up to a position: where the nearest full mention of a shared name is looked for. */
export function textUpTo(at: QuotePosition): string {
  const from = Math.max(0, at.paragraph - RECENT_PARAGRAPHS);
  return `${at.paragraphs.slice(from, at.paragraph).join('\n')}\n${(at.paragraphs[at.paragraph] ?? '').slice(0, at.offset)}`;
}

/** The person last named before the window who the text gives this pronoun ("he" four paragraphs on). */
function latestWithPronoun(people: Person[], at: QuotePosition, pronoun: Pronoun): Speaker | null {
  for (let p = at.paragraph - 4; p >= 0; p--) {
    const hit = mentionsIn(narration(at.paragraphs[p]!), people).reverse().find((m) => m.person.pronoun === pronoun);
    if (hit) return { name: hit.person.name, title: hit.person.title };
  }
  return null;
}
