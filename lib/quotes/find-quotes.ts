import type { Quote, Speaker } from './types';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { readCue, sentenceBounds } from './cues';
import { sentenceSubject, subjectBefore } from './subject';
import { narration } from './narration';
import { SPEECH_VERBS } from './words';
import { parseNamePhrase } from './names';
import { findPeople, lookupPerson, type Person } from './people';
import { mentionsIn } from './pronouns';
import { resolveSpeaker, type QuotePosition } from './resolve-speaker';
import { isDisplayText, isNakedQuote, isRepeated } from './display';
import { addPart, continuesAfterAttribution, joinsPrevious, shareRunOnSpeakers, type Found } from './remarks';

const SCARE_MAX_WORDS = 4;

/**
 * Finds the direct quotations in body paragraphs with their kind, speaker and offsets. Display text
 * (captions, subheads, pull quotes) is skipped; an interrupted remark is one quote with parts; a remark
 * that runs on over paragraphs gives one quote per paragraph with one speaker.
 */
export function findQuotes(paragraphs: string[]): Quote[] {
  const people = findPeople(paragraphs);
  const quotes: Quote[] = [];
  const chains: Quote[][] = [];
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
      const at = { paragraphs, paragraph, offset: span.open };
      const prev = found[found.length - 1];
      if (joinsPrevious(text, prev, span)) {
        joinPart(text, prev!, span);
        continue;
      }
      const item = readQuote(text, span, at, found, people);
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
      found.push(item);
    }
    for (const f of found) {
      if (!f.quote.speaker && f.quote.kind === 'speech' && f.quote.text.split(/\s+/).length <= SCARE_MAX_WORDS) f.quote.kind = 'scare';
      quotes.push(f.quote);
    }
    const last = found[found.length - 1];
    if (last?.span.runsOn) open = last.quote;
  });
  shareRunOnSpeakers(chains);
  return quotes;
}

/** Reads one quote's kind and speaker from its cue, or from the quotes before it in its sentence and paragraph. */
function readQuote(text: string, span: QuoteSpan, at: QuotePosition, found: Found[], people: Person[]): Found | null {
  const [sStart] = sentenceBounds(text, span.open);
  const earlier = [...found].reverse().find((f) => f.span.open >= sStart);
  const cue = readCue(text, span, earlier ? earlier.span.close : sStart);
  if (cue.type === 'nickname') return null;
  const quote: Quote = { text: text.slice(span.start, span.end), speaker: null, paragraph: at.paragraph, start: span.start, end: span.end, kind: 'speech' };
  if (cue.type === 'headline' || cue.type === 'scare') return { quote: { ...quote, kind: cue.type }, span, cuedAfter: false };
  let speaker: Speaker | null = null;
  if (cue.type === 'speaker') {
    const pronoun = parseNamePhrase(cue.phrase)?.pronoun;
    // “A,” he said, adding that “B”: a pronoun or no subject after an earlier quote means the same speaker.
    if (earlier?.quote.speaker && !cue.after && (pronoun || !cue.phrase)) speaker = earlier.quote.speaker;
    else speaker = resolveSpeaker(cue.phrase, people, at);
    for (const phrase of cue.fallbacks ?? []) speaker ??= resolveSpeaker(phrase, people, at);
  }
  speaker ??= earlier?.quote.kind === 'speech' ? earlier.quote.speaker : null;
  // A quote opening a sentence without a cue goes on with the last remark of its paragraph, or with the
  // person whose words the sentence before reported ("Tipene says she understands. “I'd be angry too.”").
  if (!speaker && cue.type === 'none' && span.open === sStart) speaker = lastSpeech(found.map((f) => f.quote)) ?? reportedSpeaker(text, sStart, people, at);
  // "Roughly translated: “…”": a translation is the words of whoever spoke the original.
  if (!speaker && TRANSLATED.test(text.slice(sStart, span.open))) speaker = lastSpeech(found.map((f) => f.quote));
  // "“…” That was how Lena Albrecht explained it": the next sentence names whose words they were.
  if (!speaker && cue.type === 'none' && span.open === sStart) speaker = namedAfter(text, span, people, at);
  // "Baird puts it bluntly: “…”": whoever the clause before a colon is about introduces the quote.
  if (!speaker && cue.type === 'none' && /:\s*$/.test(text.slice(sStart, span.open))) speaker = colonSubject(text.slice(sStart, span.open), people, at);
  if (!speaker) speaker = subjectSpeaker(text.slice(sStart, span.open), people, at);
  return { quote: { ...quote, speaker }, span, cuedAfter: cue.type === 'speaker' && cue.after };
}

/**
 * A fragment quoted inside the writer's sentence ("Trump brushed aside a question as “what a dealmaker
 * does”") is the words of the sentence's subject when that is a known person, a role or a group.
 */
function subjectSpeaker(sentence: string, people: Person[], at: QuotePosition): Speaker | null {
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
function openingSpeaker(paragraphs: string[], paragraph: number, quotes: Quote[], people: Person[], at: QuotePosition): Speaker | null {
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
  const lastQuoteEnd = earlier.length ? earlier[earlier.length - 1]!.end : -1;
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
  if (!bareQuote(text) || text.length > TURN || prev.length > TURN || !/^\s*[“"‘'«„]/.test(prev)) return null;
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

// "says the union will ask", "believes the shop", "told the court that": a sentence reporting someone's words or mind.
const REPORTING = new RegExp(`(?<![\\w-])(?:${SPEECH_VERBS}|believes|believed|thinks|thought|hopes|hoped|fears|feared|expects|expected|wants|wanted|agrees|agreed|accepts|accepted|maintains|maintained|worries|worried|remembers|remembered|describes|described)\\b`, 'u');

/** The speaker of the sentence before `sentenceStart` when it reports someone's words ("Fifita says the union …"). */
function reportedSpeaker(text: string, sentenceStart: number, people: Person[], at: QuotePosition): Speaker | null {
  if (sentenceStart <= 0) return null;
  const [start] = sentenceBounds(text, Math.max(0, sentenceStart - 2));
  const sentence = narration(text.slice(start, sentenceStart));
  const verb = REPORTING.exec(sentence);
  if (!verb) return null;
  const phrase = subjectBefore(sentence, verb.index);
  return phrase ? resolveSpeaker(phrase, people, { ...at, offset: start }) : null;
}

const TRANSLATED = /\b(?:translated|translation|in English|translates as)\s*[:,]?\s*$/i;
const LOOKING_BACK = /^\s*(?:That|This|Those|Such|So)\s+(?:was|is|were|are|'s|’s)\s+(?:how|what|the (?:words|message|verdict|view) (?:of|from))\s+|^\s*So\s+(?:said|says)\s+/u;

/** “…” That was how Lena Albrecht explained it: a quote opening the story, attributed by the sentence after it. */
function namedAfter(text: string, span: QuoteSpan, people: Person[], at: QuotePosition): Speaker | null {
  const rest = text.slice(span.close);
  const lead = LOOKING_BACK.exec(rest.replace(/^[\s.!?”"’']+/, ' '));
  if (!lead) return null;
  const phrase = sentenceSubject(rest.replace(/^[\s.!?”"’']+/, ' ').slice(lead[0].length));
  return phrase ? resolveSpeaker(phrase, people, at) : null;
}

/** The subject of a clause ending in a colon ("the 52-year-old grinned:"), as a speaker when it names one. */
function colonSubject(clause: string, people: Person[], at: QuotePosition): Speaker | null {
  const phrase = sentenceSubject(narration(clause));
  const parsed = parseNamePhrase(phrase);
  if (!parsed || (!parsed.name && !parsed.role && !parsed.pronoun)) return null;
  return resolveSpeaker(phrase, people, at);
}

function joinPart(text: string, prev: Found, span: QuoteSpan): void {
  addPart(text, prev.quote, span);
  prev.span = { ...prev.span, close: span.close, end: span.end, runsOn: span.runsOn };
}

function lastSpeech(quotes: Quote[]): Speaker | null {
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i]!.kind === 'speech' && quotes[i]!.speaker) return quotes[i]!.speaker;
  return null;
}

function firstNonSpace(text: string): number {
  return text.length - text.trimStart().length;
}
