import type { Quote } from './types';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { nameDelayedLede } from './delayed-lede';
import { findPeople } from './people';
import { openingSpeaker } from './context-speakers';
import { isDisplayText, isNakedQuote, isRepeated } from './display';
import { giveToPrincipal, salientSpeakers } from './salience';
import { markTitleLists } from './title-lists';
import { stageName } from './name-shapes';
import { readQuote } from './read-quote';
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

