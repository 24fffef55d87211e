import type { Quote, Speaker } from './types';
import type { QuoteSpan } from './quote-spans';
import { readCue } from './cues';
import { sentenceBounds } from './sentences';
import { subjectBefore } from './subject';
import { sentenceSubject } from './sentence-subject';
import { narration } from './narration';
import { REPORTING_VERBS } from './words';
import { parseNamePhrase } from './names';
import { lookupPerson, type Person } from './people';
import { mentionsIn } from './pronouns';
import { resolveSpeaker, type QuotePosition } from './resolve-speaker';

/*
 * Speakers read from the context of a quote that names none in its own words: the sentence or
 * paragraph before it, the clause before its colon, the sentence after it, the turns of a dialogue.
 */

/**
 * A fragment quoted inside the writer's sentence ("Trump brushed aside a question as “what a dealmaker
 * does”") is the words of the sentence's subject when that is a known person, a role or a group.
 */
export function subjectSpeaker(sentence: string, people: Person[], at: QuotePosition): Speaker | null {
  const phrase = sentenceSubject(sentence);
  const parsed = parseNamePhrase(phrase);
  if (!parsed || parsed.pronoun) return null;
  if (parsed.name && !parsed.collective && !lookupPerson(people, parsed.name)) return null;
  if (parsed.collective && !/\band\b|\s/.test(parsed.name ?? '')) return null;
  return resolveSpeaker(phrase, people, at);
}

/**
 * Who speaks in an uncued quote opening a paragraph: "Peskov said:" closing the paragraph before, else
 * a sentence reporting someone's words after that paragraph's last quote, else its last speaker.
 */
export function openingSpeaker(paragraphs: string[], paragraph: number, quotes: Quote[], people: Person[], at: QuotePosition): Speaker | null {
  const prev = paragraphs[paragraph - 1];
  if (!prev) return null;
  const end = prev.trimEnd().length;
  const where = { ...at, paragraph: paragraph - 1, offset: end };
  if (/:\s*$/.test(prev)) {
    const cue = readCue(prev, { open: end, close: end, start: end, end, runsOn: false }, sentenceBounds(prev, end - 1)[0]);
    const intro = cue.type === 'speaker' ? resolveSpeaker(cue.phrase, people, where) : colonSubject(prev.slice(sentenceBounds(prev, end - 1)[0]), people, where);
    if (intro) return intro;
  }
  const earlier = quotes.filter((q) => q.paragraph === paragraph - 1);
  // (A title inside the report is no remark: "Her family told the ‘Journal’ their mother …".)
  const spoken = earlier.filter((q) => q.kind === 'speech');
  const lastQuoteEnd = spoken.length ? spoken[spoken.length - 1]!.end : -1;
  const lastStart = sentenceBounds(prev, Math.max(0, end - 1))[0];
  if (lastStart > lastQuoteEnd) {
    const reported = reportedSpeaker(`${prev} `, end + 1, people, { ...where, offset: end + 1 });
    if (reported) return reported;
  }
  return dialogueTurn(paragraphs, paragraph, quotes, people) ?? lastSpeech(earlier);
}

// A turn in a conversation is short: “I say hello,” she said.
const TURN = 110;
const bareQuote = (text: string): boolean => !/[\p{L}\d]/u.test(narration(text));

/**
 * “I say hello,” she said. / “You say it to the priest.”: in an exchange of short turns, a bare quote
 * answers the turn before it, so it is the other party's: whoever last spoke, or was last named, before that turn.
 */
function dialogueTurn(paragraphs: string[], paragraph: number, quotes: Quote[], people: Person[]): Speaker | null {
  const text = paragraphs[paragraph]!;
  const prev = paragraphs[paragraph - 1]!;
  const turn = (t: string | undefined): boolean => !!t && t.length <= TURN && /^\s*[“"‘'«„]/.test(t);
  // An exchange: the two paragraphs before are both short turns. After a single quote, a bare one goes on with it.
  if (!bareQuote(text) || text.length > TURN || !turn(prev) || !turn(paragraphs[paragraph - 2])) return null;
  const answered = lastSpeech(quotes.filter((q) => q.paragraph === paragraph - 1));
  if (!answered) return null;
  for (let p = paragraph - 2; p >= Math.max(0, paragraph - 4); p--) {
    const spoke = quotes.filter((q) => q.paragraph === p && q.speaker && q.speaker.name !== answered.name).pop()?.speaker;
    if (spoke) return spoke;
    const named = mentionsIn(narration(paragraphs[p]!), people).map((m) => m.person).filter((x) => x.name !== answered.name).pop();
    if (named) return { name: named.name, title: named.title };
  }
  return null;
}

// Every reporting verb of a sentence, in order (read once at load, not per quote).
const REPORTING_VERBS_ALL = new RegExp(REPORTING_VERBS.source, 'gu');

/** The speaker of the sentence before `sentenceStart` when it reports someone's words ("Fifita says the union …"). */
export function reportedSpeaker(text: string, sentenceStart: number, people: Person[], at: QuotePosition): Speaker | null {
  if (sentenceStart <= 0) return null;
  const [start] = sentenceBounds(text, Math.max(0, sentenceStart - 2));
  const sentence = narration(text.slice(start, sentenceStart));
  // ("A customer, simply called Ibrahim, told NAN …": a name given is no report; the verb after it is.)
  const verb = [...sentence.matchAll(REPORTING_VERBS_ALL)].find((m) => !/\b(?:simply|only|just|popularly|affectionately)\s+$/.test(sentence.slice(0, m.index)));
  if (!verb) return null;
  const phrase = subjectBefore(sentence, verb.index!);
  return phrase ? resolveSpeaker(phrase, people, { ...at, offset: start }) : null;
}

export const TRANSLATED = /\b(?:translated|translation|in English|translates as)\s*[:,]?\s*$/i;
const LOOKING_BACK = /^\s*(?:That|This|Those|Such|So)\s+(?:was|is|were|are|'s|’s)\s+(?:how|what|the (?:words|message|verdict|view) (?:of|from))\s+|^\s*So\s+(?:said|says)\s+/u;

/** “…” That was how Lena Albrecht explained it: a quote opening the story, attributed by the sentence after it. */
export function namedAfter(text: string, span: QuoteSpan, people: Person[], at: QuotePosition): Speaker | null {
  const rest = text.slice(span.close);
  const lead = LOOKING_BACK.exec(rest.replace(/^[\s.!?”"’']+/, ' '));
  if (!lead) return null;
  const phrase = sentenceSubject(rest.replace(/^[\s.!?”"’']+/, ' ').slice(lead[0].length));
  return phrase ? resolveSpeaker(phrase, people, at) : null;
}

// After a name: a verb, a few words without a comma, and the colon.
const VERB_THEN_COLON = /^\s+(?:also\s+)?(?:[a-z]+ed|[a-z]+s|said|told|wrote|put it|spoke|went on)\b[^,:;.]{0,40}:\s*$/;

/** The subject of a clause ending in a colon ("the 52-year-old grinned:"), as a speaker when it names one. */
export function colonSubject(clause: string, people: Person[], at: QuotePosition): Speaker | null {
  // "Speaking to the Star after the win over St Kieran's College, Kilkenny, Byrnes enthused:": the
  // person named right before the clause's last verb introduces the quote, however long the lead-in.
  const told = narration(clause);
  const verbal = mentionsIn(told, people).filter((m) => !m.person.unnamed && VERB_THEN_COLON.test(told.slice(m.index).replace(/^\S+(?:\s+\p{Lu}\S*)*/u, ''))).pop();
  if (verbal) return { name: verbal.person.name, title: verbal.person.title };
  const phrase = sentenceSubject(told);
  const parsed = parseNamePhrase(phrase);
  if (!parsed || (!parsed.name && !parsed.role && !parsed.pronoun)) return null;
  return resolveSpeaker(phrase, people, at);
}

/** The speaker of the last remark among these quotes that has one. */
export function lastSpeech(quotes: Quote[]): Speaker | null {
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i]!.kind === 'speech' && quotes[i]!.speaker) return quotes[i]!.speaker;
  return null;
}

