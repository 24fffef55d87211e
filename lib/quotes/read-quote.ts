import type { Quote, Speaker } from './types';
import type { QuoteSpan } from './quote-spans';
import { readCue } from './cues';
import { sentenceBounds } from './sentences';
import { parseNamePhrase } from './names';
import type { Person } from './people';
import { organisationsOf } from './organisations';
import { resolveSpeaker, type QuotePosition } from './resolve-speaker';
import { narration } from './narration';
import { colonSubject, lastSpeech, namedAfter, reportedSpeaker, subjectSpeaker, TRANSLATED } from './context-speakers';
import { isPersonHead } from './words';
import { isPlausibleSpeaker, personInSentence, statementGiver } from './plausible';
import type { Found } from './remarks';

/* One quote's kind and speaker, read from the words around it and the quotes before it. */

// A noun phrase ending in a lower-case noun: "the actor’s agent", "the club", "Tim’s agent".
const DESCRIBED = /^(?:(?:[Tt]he|[Aa]n?)\s+|\p{Lu}[\p{L}-]*[’']s\s+)(?:[\p{Ll}’'-]+\s+){0,3}\p{Ll}[\p{Ll}-]+$/u;
// (Not a statement or a spokesperson: those speak for a body the story names elsewhere, which later steps find.)
const VOICE_OF_ANOTHER = /\b(?:statement|release|spokes\w+|representative|message|letter|email|post|tweet|note|filing|document)$/;

// "In one, he wrote: “…” Another read: “…”": another message of the same writer.
const ANOTHER = /^\s*(?:Another|One|A second|A third|The next|The last|The first|A later one|Others?)\b[^:“”"]{0,40}\b(?:read|reads|said|says)\s*:\s*$/;
// A speaker is in doubt when it is a bare capitalised name the story never gives as a person, a group or a body.
const isKnown = (s: Speaker, people: Person[], paragraphs: string[]): boolean =>
  people.some((p) => p.name === s.name) ||
  !/^\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?$/u.test(s.name) ||
  !!parseNamePhrase(s.name)?.collective ||
  [...organisationsOf(paragraphs).values()].includes(s.name);

/** Reads one quote's kind and speaker from its cue, or from the quotes before it in its sentence and paragraph. */
export function readQuote(text: string, span: QuoteSpan, at: QuotePosition, found: Found[], people: Person[], before: Quote[]): Found | null {
  const [sStart] = sentenceBounds(text, span.open);
  const earlier = [...found].reverse().find((f) => f.span.open >= sStart);
  const cue = readCue(text, span, earlier ? earlier.span.close : sStart);
  if (cue.type === 'nickname') return null;
  const quote: Quote = { text: text.slice(span.start, span.end), speaker: null, paragraph: at.paragraph, start: span.start, end: span.end, kind: 'speech' };
  if (cue.type === 'headline' || cue.type === 'scare') return { quote: { ...quote, kind: cue.type }, span, cuedAfter: false };
  // placards reading “Justice for Sipho” and “Stop the tender killings”: a list of display texts is display text.
  if (cue.type === 'none' && earlier?.quote.kind === 'headline' && /^[\s,]*(?:and|or)?\s*$/.test(text.slice(earlier.span.close, span.open))) {
    return { quote: { ...quote, kind: 'headline' }, span, cuedAfter: false };
  }
  let speaker: Speaker | null = null;
  if (cue.type === 'speaker') {
    const pronoun = parseNamePhrase(cue.phrase)?.pronoun;
    // “A,” he said, adding that “B”: a pronoun or no subject after an earlier quote means the same speaker.
    if (earlier?.quote.speaker && !cue.after && (pronoun || !cue.phrase)) speaker = earlier.quote.speaker;
    else speaker = resolveSpeaker(cue.phrase, people, at);
    // "Cho said Atlas had signed up … and described demand as “…”": when the nearest subject is no one
    // the story knows, an earlier verb's subject that is a known person is the better reading.
    for (const phrase of cue.fallbacks ?? []) {
      if (speaker && isKnown(speaker, people, at.paragraphs)) break;
      const other = resolveSpeaker(phrase, people, at);
      if (other && isKnown(other, people, at.paragraphs)) speaker = other;
    }
  }
  // "A statement from Tim’s agent read:", "the report said": a description the story gives no name is the speaker as written.
  // (Not "the full-time student": "the" and a noun for a person stand for someone the story names; later steps find them.)
  const described = cue.type === 'speaker' && DESCRIBED.test(cue.phrase);
  const thePerson = described && /^the\s/i.test(cue.phrase) && isPersonHead(cue.phrase.split(/\s+/).pop()!);
  // ("city planning officers said": a plural description with its modifiers and no article is the group as written.)
  const group = cue.type === 'speaker' && /^(?:[\p{Ll}-]+\s+){1,3}\p{Ll}[\p{Ll}-]+s$/u.test(cue.phrase);
  if (!speaker && (described || group) && !VOICE_OF_ANOTHER.test(cue.phrase) && !thePerson) speaker = { name: cue.phrase.replace(/^(?:the|a|an)\s+/i, ''), title: null };
  // (Read outside quotes: “… condemns Liam Fox’s statements,” it adds" names no giver.)
  if (cue.type === 'speaker' && /^it$/i.test(cue.phrase)) speaker = statementGiver(narration(`${at.paragraphs[at.paragraph - 1] ?? ''} ${text.slice(0, span.open)}`), people) ?? speaker;
  speaker ??= earlier?.quote.kind === 'speech' ? earlier.quote.speaker : null;
  // A quote opening a sentence without a cue goes on with the last remark of its paragraph, or with the
  // person whose words the sentence before reported ("Tipene says she understands. “I'd be angry too.”").
  if (!speaker && cue.type === 'none' && span.open === sStart) speaker = lastSpeech(found.map((f) => f.quote)) ?? reportedSpeaker(text, sStart, people, at);
  // "In one, he wrote: “…” Another read: “…”": another message of the same writer.
  if (!speaker && ANOTHER.test(text.slice(sStart, span.open))) speaker = lastSpeech([...before, ...found.map((f) => f.quote)]);
  // "Roughly translated: “…”": a translation is the words of whoever spoke the original.
  if (!speaker && TRANSLATED.test(text.slice(sStart, span.open))) speaker = lastSpeech(found.map((f) => f.quote));
  // "“…” That was how Lena Albrecht explained it": the next sentence names whose words they were.
  if (!speaker && cue.type === 'none' && span.open === sStart) speaker = namedAfter(text, span, people, at);
  // "Baird puts it bluntly: “…”": whoever the clause before a colon is about introduces the quote.
  if (!speaker && cue.type === 'none' && /:\s*$/.test(text.slice(sStart, span.open))) speaker = colonSubject(text.slice(sStart, span.open), people, at);
  if (!speaker) speaker = subjectSpeaker(text.slice(sStart, span.open), people, at);
  // "Afterward, Horan shared … with a caption:": a misread subject gives way to the person the
  // sentence names; failing that, the story's context decides later (salience.ts).
  const [, sEnd] = sentenceBounds(text, span.close);
  if (speaker && !isPlausibleSpeaker(speaker, text.slice(sStart, sEnd))) {
    speaker = personInSentence(text.slice(sStart, span.open), text.slice(span.close, sEnd), people);
  }
  return { quote: { ...quote, speaker }, span, cuedAfter: cue.type === 'speaker' && cue.after, ...(cue.type === 'speaker' && speaker ? { cued: true as const } : {}), ...(!speaker && thePerson ? { describedSpeaker: true as const } : {}) };
}
