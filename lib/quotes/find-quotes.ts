import type { Quote, Speaker } from './types';
import { findQuoteSpans } from './quote-spans';
import { readCue, sentenceBounds, sentenceSubject } from './cues';
import { parseNamePhrase } from './names';
import { findPeople, lookupPerson, type Person } from './people';
import { resolveSpeaker } from './resolve-speaker';

const SCARE_MAX_WORDS = 4;

/**
 * Finds the direct quotations in body paragraphs with their kind, speaker and offsets. A quote
 * without a cue of its own takes the speaker of an earlier quote in its sentence, or of a quote that
 * ran on from the paragraph before; short uncued terms are scare quotes.
 */
export function findQuotes(paragraphs: string[]): Quote[] {
  const people = findPeople(paragraphs);
  const quotes: Quote[] = [];
  let runningOn: Speaker | null = null;
  paragraphs.forEach((text, paragraph) => {
    const carried = runningOn;
    runningOn = null;
    const inParagraph: Quote[] = [];
    for (const span of findQuoteSpans(text)) {
      const words = text.slice(span.start, span.end).trim().split(/\s+/).length;
      const cue = readCue(text, span);
      const at = { paragraphs, paragraph, offset: span.open };
      let speaker: Speaker | null = null;
      let kind: Quote['kind'] = 'speech';
      if (cue.type === 'headline') kind = 'headline';
      else if (cue.type === 'speaker') speaker = resolveSpeaker(cue.phrase, people, at);
      speaker ??= kind === 'speech' ? sameSentenceSpeaker(text, span.open, inParagraph) : null;
      if (!speaker && cue.type === 'none') speaker = subjectSpeaker(text, span.open, people);
      if (!speaker && kind === 'speech' && span.open === firstNonSpace(text) && carried) speaker = carried;
      if (!speaker && kind === 'speech' && words <= SCARE_MAX_WORDS) kind = 'scare';
      const quote: Quote = { text: text.slice(span.start, span.end), speaker, paragraph, start: span.start, end: span.end, kind };
      inParagraph.push(quote);
      if (span.runsOn) runningOn = speaker;
    }
    quotes.push(...inParagraph);
  });
  return quotes;
}

/**
 * A fragment quoted inside the writer's sentence ("brushed aside a question as “what a dealmaker
 * does”") is the words of the person the sentence is about, when that subject is a known person.
 */
function subjectSpeaker(text: string, offset: number, people: Person[]): Speaker | null {
  const [start] = sentenceBounds(text, offset);
  const parsed = parseNamePhrase(sentenceSubject(text.slice(start, offset)));
  const person = parsed?.name ? lookupPerson(people, parsed.name) : undefined;
  return person ? { name: person.name, title: parsed?.title ?? person.title } : null;
}

function sameSentenceSpeaker(text: string, offset: number, earlier: Quote[]): Speaker | null {
  const [start] = sentenceBounds(text, offset);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i]!;
    if (q.start >= start && q.speaker) return q.speaker;
  }
  return null;
}

function firstNonSpace(text: string): number {
  return text.length - text.trimStart().length;
}
