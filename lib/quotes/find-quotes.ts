import type { Quote, Speaker } from './types';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { nameDelayedLede } from './delayed-lede';
import { readCue } from './cues';
import { sentenceBounds } from './sentences';
import { parseNamePhrase } from './names';
import { findPeople, type Person } from './people';
import { organisationsOf } from './organisations';
import { resolveSpeaker, type QuotePosition } from './resolve-speaker';
import { narration } from './narration';
import { colonSubject, lastSpeech, namedAfter, openingSpeaker, reportedSpeaker, subjectSpeaker, TRANSLATED } from './context-speakers';
import { isDisplayText, isNakedQuote, isRepeated } from './display';
import { isPersonHead } from './words';
import { giveToPrincipal, salientSpeakers } from './salience';
import { markTitleLists } from './title-lists';
import { isPlausibleSpeaker, personInSentence, statementGiver } from './plausible';
import { stageName } from './name-shapes';
import { addPart, continuesAfterAttribution, joinsPrevious, shareRunOnSpeakers, type Found } from './remarks';

/**
 * Finds the direct quotations in body paragraphs with their kind, speaker and offsets. Display text
 * (captions, subheads, pull quotes) is skipped; an interrupted remark is one quote with parts; a remark
 * that runs on over paragraphs gives one quote per paragraph with one speaker.
 */
export function findQuotes(paragraphs: string[]): Quote[] {
  const people = findPeople(paragraphs);
  const quotes: Quote[] = [];
  const chains: Quote[][] = [];
  const spoken = new Map<string, number>();
  // Remarks whose cue names a person by a description only: someone's words, never a scare term.
  const described = new WeakSet<Quote>();
  // Quotes whose own cue named their speaker: a remark running on over paragraphs keeps theirs.
  const cued = new WeakSet<Quote>();
  let open: Quote | null = null;
  paragraphs.forEach((text, paragraph) => {
    const spans = findQuoteSpans(text);
    const carried: Quote | null = open;
    open = null;
    if (!spans.length || isDisplayText(text)) return;
    const naked = isNakedQuote(text, spans);
    if (naked && !carried && isRepeated(paragraphs, paragraph, text)) return; // a pull quote
    const found: Found[] = [];
    for (const span of spans) {
      const at = { paragraphs, paragraph, offset: span.open, lastSpeaker: lastQuoted(found.map((f) => f.quote), paragraph) ?? lastQuoted(quotes, paragraph), spoken };
      const prev = found[found.length - 1];
      if (joinsPrevious(text, prev, span)) {
        joinPart(text, prev!, span);
        continue;
      }
      const item = readQuote(text, span, at, found, people, quotes);
      if (!item) continue;
      if (item.quote.kind === 'speech' && continuesAfterAttribution(text, prev, span, item.cuedAfter)) {
        joinPart(text, prev!, span);
        continue;
      }
      if (carried && found.length === 0 && span.open === firstNonSpace(text)) {
        item.quote.continues = true;
        item.quote.speaker ??= carried.speaker;
        const chain = chains.find((c) => c.includes(carried));
        if (chain) chain.push(item.quote);
        else chains.push([carried, item.quote]);
      }
      if (!item.quote.speaker && item.quote.kind === 'speech' && span.open === firstNonSpace(text)) {
        item.quote.speaker = openingSpeaker(paragraphs, paragraph, quotes, people, at);
      }
      if (item.describedSpeaker) described.add(item.quote);
      if (item.cued) cued.add(item.quote);
      found.push(item);
    }
    for (const f of found) {
      quotes.push(f.quote);
      if (f.quote.speaker) spoken.set(f.quote.speaker.name, (spoken.get(f.quote.speaker.name) ?? 0) + 1);
    }
    const last = found[found.length - 1];
    if (last?.span.runsOn) open = last.quote;
  });
  shareRunOnSpeakers(chains, cued);
  markTitleLists(quotes, paragraphs);
  nameDelayedLede(quotes, paragraphs, people);
  salientSpeakers(quotes, paragraphs, people, described);
  giveToPrincipal(quotes, described);
  const text = paragraphs.join('\n');
  // (Each name is looked up once: a long article quotes the same few people many times.)
  const staged = new Map<string, string>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    if (!staged.has(q.speaker.name)) staged.set(q.speaker.name, stageName(q.speaker.name, text));
    q.speaker = { ...q.speaker, name: staged.get(q.speaker.name)! };
  }
  return quotes;
}

// A noun phrase ending in a lower-case noun: "the actor’s agent", "the club", "Tim’s agent".
const DESCRIBED = /^(?:(?:[Tt]he|[Aa]n?)\s+|\p{Lu}[\p{L}-]*[’']s\s+)(?:[\p{Ll}’'-]+\s+){0,3}\p{Ll}[\p{Ll}-]+$/u;
// (Not a statement or a spokesperson: those speak for a body the story names elsewhere, which later steps find.)
const VOICE_OF_ANOTHER = /\b(?:statement|release|spokes\w+|representative|message|letter|email|post|tweet|note|filing|document)$/;

/** Reads one quote's kind and speaker from its cue, or from the quotes before it in its sentence and paragraph. */
const ANOTHER = /^\s*(?:Another|One|A second|A third|The next|The last|The first|A later one|Others?)\b[^:“”"]{0,40}\b(?:read|reads|said|says)\s*:\s*$/;
// A speaker is in doubt when it is a bare capitalised name the story never gives as a person, a group or a body.
const isKnown = (s: Speaker, people: Person[], paragraphs: string[]): boolean =>
  people.some((p) => p.name === s.name) ||
  !/^\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?$/u.test(s.name) ||
  !!parseNamePhrase(s.name)?.collective ||
  [...organisationsOf(paragraphs).values()].includes(s.name);

function readQuote(text: string, span: QuoteSpan, at: QuotePosition, found: Found[], people: Person[], before: Quote[]): Found | null {
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

function joinPart(text: string, prev: Found, span: QuoteSpan): void {
  addPart(text, prev.quote, span);
  prev.span = { ...prev.span, close: span.close, end: span.end, runsOn: span.runsOn };
}

/** Who the last speech within the four paragraphs before was by, if anyone. */
function lastQuoted(quotes: Quote[], paragraph: number): string | undefined {
  // Walked back from the end and stopped at the window: this runs for every quote of a long article.
  for (let k = quotes.length - 1; k >= 0 && quotes[k]!.paragraph >= paragraph - 4; k--) {
    const q = quotes[k]!;
    if (q.kind === 'speech' && q.speaker) return q.speaker.name;
  }
  return undefined;
}

function firstNonSpace(text: string): number {
  return text.length - text.trimStart().length;
}

