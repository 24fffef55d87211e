import type { Speaker } from './types';
import { lookupPerson, type Person } from './people';
import { sentenceSubject } from './sentence-subject';
import { capitalisedRuns } from './runs';
import { narration } from './narration';
import { mostNamedOrganisation, nearestOrganisation, organisationsOf } from './organisations';
import { SPEECH_VERB_NEXT } from './words';
import { sentencesBack, type QuotePosition } from './antecedent';

/* What "the company", "the agency" or "the brigade" stands for: an organisation named before. */

/**
 * What "the company" (or "the firm", "its …") stands for: the organisation named nearest before the
 * phrase itself (not the names after it in its own sentence), else the one the article names most.
 */
export function organisationBefore(phrase: string, at: QuotePosition, people: Person[] = []): Speaker | null {
  const sentences = [...sentencesBack(at)].map(([sentence]) => sentence);
  const cut = sentences[0]?.toLowerCase().lastIndexOf(phrase.toLowerCase()) ?? -1;
  if (cut >= 0) sentences[0] = sentences[0]!.slice(0, cut);
  // "the trust said": the nearest organisation whose name says it is a trust, before any other.
  const words = /^(?:the|its)\s+((?:[a-z]+\s+){0,2}[a-z]+)$/i.exec(phrase.trim())?.[1]?.split(/\s+/) ?? [];
  const noun = words[words.length - 1];
  const holds = (name: string): boolean => !!noun && new RegExp(`\\b${noun}\\b`, 'i').test(name);
  // ("The Dublin Fire Brigade attended. … the brigade said": a name ending in the noun, known as a body or not.)
  // ("the county council": one whose name holds every word — Suffolk County Council, not a parish council named nearer.)
  const holdsAll = (name: string): boolean => words.length > 1 && words.every((w) => new RegExp(`\\b${w}\\b`, 'i').test(name));
  const known = [...new Set(organisationsOf(at.paragraphs).values())];
  const fully = known.filter(holdsAll);
  const named = noun ? nearestOrganisation(sentences, at.paragraphs, holdsAll) ?? (fully.length === 1 ? { name: fully[0]!, title: null } : null) ?? nearestOrganisation(sentences, at.paragraphs, holds) ?? runEndingIn(sentences.slice(0, 3), noun) : null;
  // Named further back: the one organisation of the article whose name holds the noun ("the bureau").
  const holders = known.filter(holds);
  if (named || holders.length === 1) return named ?? { name: holders[0]!, title: null };
  // "The unification ministry warned …. ‘…,’ the ministry said": an office no name in the story holds
  // is the one the story described, not the nearest other body ("the district" is not the teachers' union).
  const described = noun && INSTITUTION.test(noun) ? describedBody(noun, at) : null;
  return described ?? nearestOrganisation(sentences.slice(0, 2), at.paragraphs) ?? bodyThatSpoke(sentences.slice(0, 2), people) ?? nearestOrganisation(sentences, at.paragraphs) ??
    // (The whole story so far is read only when nothing nearer answers: most "the company said" stop above.)
    mostNamedOrganisation(at.paragraphs.slice(0, at.paragraph + 1).map(narration), at.paragraphs);
}

// Bodies whose name says what they are: "the ministry" is a ministry, while "the company" may be "Acme".
const INSTITUTION = /^(?:ministry|department|council|district|office|court|commission|committee|embassy|bureau|university|hospital|museum|airport|tribunal|board)$/i;
// Words that say which one, not what kind: "the same ministry" is no fuller name.
const NOT_QUALIFYING = /^(?:same|new|former|other|whole|entire|said|local|very|only|first|second|this|that)$/;

/** "the school district", "the unification ministry": the fullest lower-case description of the office, nearest before the quote. */
function describedBody(noun: string, at: QuotePosition): Speaker | null {
  const pattern = new RegExp(`\\b(?:[Tt]he|[\\p{L}]+[’']s)\\s+((?:[a-z][a-z-]+\\s+){1,3})${noun}\\b`, 'gu');
  // Paragraph by paragraph back from the quote, within the last few: a long story is not read again for every quote.
  for (let p = at.paragraph; p >= Math.max(0, at.paragraph - 8); p--) {
    const text = narration(p === at.paragraph ? at.paragraphs[p]!.slice(0, at.offset) : at.paragraphs[p]!);
    const found = [...text.matchAll(pattern)].map((m) => m[1]!.trim().split(/\s+/)).filter((words) => !words.some((w) => NOT_QUALIFYING.test(w))).pop();
    if (found) return { name: `${found.join(' ')} ${noun.toLowerCase()}`, title: null };
  }
  return null;
}

/** The nearest capitalised name whose last word is the noun ("Dublin Fire Brigade" for "the brigade"). */
function runEndingIn(sentences: string[], noun: string): Speaker | null {
  for (const sentence of sentences) {
    const run = capitalisedRuns(sentence).find((r) => r.text.split(/\s+/).length > 1 && r.text.split(/\s+/).pop()!.toLowerCase() === noun.toLowerCase());
    if (run) return { name: run.text.replace(/^The\s+/, ''), title: null };
  }
  return null;
}

/**
 * "Natural England said that …. ‘…,’ the agency added": a body the text never marks as one (no
 * "Agency" in its name) is still what "the agency" means when it was the one speaking just before;
 * a person (known by a pronoun or a title) would not be called that.
 */
function bodyThatSpoke(sentences: string[], people: Person[]): Speaker | null {
  for (const sentence of sentences) {
    const subject = sentenceSubject(sentence).replace(/^(?:The|the)\s+/, '');
    const rest = sentence.trim().slice(sentence.trim().indexOf(subject) + subject.length);
    if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(subject) || !SPEECH_VERB_NEXT.test(rest)) continue;
    const person = lookupPerson(people, subject);
    if (!person || (!person.pronoun && !person.title && !person.unnamed)) return { name: subject, title: null };
  }
  return null;
}
