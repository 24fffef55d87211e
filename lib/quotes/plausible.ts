import type { Speaker } from './types';
import type { Person } from './people';
import { mentionsIn } from './pronouns';
import { ADVERBIAL_OPENERS, isNationality, isSpeechVerb, REPORTING_VERBS } from './words';
import { isPlaceName } from './places';

/**
 * False when a speaker read from the words before a quote is a misreading of its sentence rather than
 * someone: an adverb or a preposition opening it ("Afterward", "Across Louisiana"), or a participle
 * opening a clause ("Underscoring what it called …, the High Command said"; "Boeing said" is a speaker).
 */
export function isPlausibleSpeaker(speaker: Speaker, sentence: string): boolean {
  const words = speaker.name.split(/\s+/);
  if (ADVERBIAL_OPENERS.has(words[0]!)) return false;
  // ("Asian markets …", "the Swiss": a nationality alone is nobody.)
  if (words.length === 1 && isNationality(words[0]!)) return false;
  // ("MANILA, Philippines (AP) —": a place in capitals is the dateline; "Described as a “…”": a participle opening the sentence.)
  if (words.length === 1 && /^\p{Lu}{4,}$/u.test(words[0]!) && isPlaceName(words[0]![0] + words[0]!.slice(1).toLowerCase())) return false;
  if (/^\p{Lu}\p{Ll}+ed$/u.test(words[0]!) && new RegExp(`^\\s*${words[0]}\\s`, 'u').test(sentence)) return false;
  const participle = /^(\p{Lu}\p{Ll}+ing)\s+(\p{Ll}+)/u.exec(sentence.trimStart());
  return !(participle && words.length === 1 && participle[1] === words[0] && !isSpeechVerb(participle[2]!) && !REPORTING_VERBS.test(participle[2]!));
}

/** The person the story knows who is named nearest the quote in its own sentence (before it, else after it). */
export function personInSentence(before: string, after: string, people: Person[]): Speaker | null {
  const named = (m: { person: Person }): boolean => !m.person.unnamed && m.person.name.includes(' ');
  const last = mentionsIn(before, people).filter(named).pop() ?? mentionsIn(after, people).filter(named)[0];
  return last ? { name: last.person.name, title: last.person.title } : null;
}

// A written message that someone gave, issued or released, which "it said" may then quote.
const WRITTEN = /\b(?:statement|letter|tribute|message|note|post|email)\b/;

/**
 * "Helen Price, his mother, gave a statement read to the court. It said: “…”": "it" is the statement,
 * so the words are whoever the sentence about the statement names first.
 */
export function statementGiver(before: string, people: Person[]): Speaker | null {
  const sentences = before.split(/(?<=[.!?])\s+/).slice(-3, -1).reverse();
  const about = sentences.find((s) => WRITTEN.test(s));
  const giver = about ? mentionsIn(about, people).find((m) => !m.person.unnamed) : undefined;
  return giver ? { name: giver.person.name, title: giver.person.title } : null;
}
