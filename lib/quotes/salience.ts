import type { Quote, Speaker } from './types';
import { lookupPerson, type Person } from './people';
import { resolveAntecedent, type QuotePosition } from './antecedent';
import { sentenceBounds } from './sentences';
import { narration } from './narration';
import { REPORTING_VERBS } from './words';
import { sentenceSubject } from './sentence-subject';
import { parseNamePhrase } from './names';
import { fullOrganisation } from './organisations';
import { resolveSpeaker } from './resolve-speaker';

// Every word capitalised (or a number), no sentence punctuation inside: a name or a title.
const NAME_LIKE = /^\p{Lu}[\p{L}\d’'.-]*(?:\s+(?:\p{Lu}[\p{L}\d’'.-]*|\d+|of|the|and|is|a|an|in|on|to|for))*[,.]?$/u;
/** Quotes this short with nobody's words behind them are terms held at arm's length. */
const SCARE_MAX_WORDS = 4;
// “Come on!”, “Ben who?”, “This is crazy,”, “We sure were,”, “Just not too well.”: a cry, a question,
// a sentence or words in the first or second person are somebody's words however short, never a term.
// (A term keeps the comma an American style puts inside the marks: “Galapagos syndrome,”.)
const SPOKEN = /[!?]$|^\p{Lu}\S*(?:\s\S+){2,}[.,]$|(?<![\p{L}’'])(?:I|we|you|me|us|my|our|your|I’m|I'm)(?![\p{L}’'])/u;
/** True when a quote is a term-sized fragment that may be held at arm's length. */
const termSized = (quote: Quote): boolean => quote.text.split(/\s+/).length <= SCARE_MAX_WORDS && (!SPOKEN.test(quote.text.trim()) || NAME_LIKE.test(quote.text.trim()));

/**
 * A short fragment in a sentence that reports someone's words or stance ("Jaishankar conveyed to Qin
 * that relations were “abnormal”") is that person's word; without such a verb it is a scare quote.
 */
function fragmentSpeaker(quote: Quote, paragraphs: string[], people: Person[]): Speaker | null {
  const text = paragraphs[quote.paragraph]!;
  const start = sentenceBounds(text, quote.start)[0];
  const before = narration(text.slice(start, quote.start));
  if (!REPORTING_VERBS.test(before)) return null;
  return sentenceOwner(text, start, quote, paragraphs, people);
}

/**
 * Whoever the words of a quote's sentence before it are about: a person the story knows, else a body
 * or a group that is the sentence's subject ("Witnesses reported “confrontations”", "The council issued
 * a release stating it had “clearly heard” …").
 */
function sentenceOwner(text: string, start: number, quote: Quote, paragraphs: string[], people: Person[]): Speaker | null {
  const prefix = text.slice(start, quote.start);
  const person = known(resolveAntecedent(people, { paragraphs: [prefix], paragraph: 0, offset: prefix.length }), people);
  if (person) return person;
  const phrase = sentenceSubject(narration(prefix));
  const parsed = parseNamePhrase(phrase);
  if (!parsed || !(parsed.collective || parsed.unnamed || (parsed.name && fullOrganisation(parsed.name, paragraphs)))) return null;
  return resolveSpeaker(phrase, people, { paragraphs, paragraph: quote.paragraph, offset: start });
}

/**
 * The last resort for a remark no cue attributes ("He took aim at journalists. / “We went to the wire
 * …”"): news writing quotes whoever the story is about at that point, so an uncued remark goes to the
 * person the sentences just before it are about, else to the speaker quoted last in the paragraphs before.
 */
export function salientSpeakers(quotes: Quote[], paragraphs: string[], people: Person[], described: WeakSet<Quote> = new WeakSet()): void {
  quotes.forEach((quote, i) => {
    // "A mum-of-two has spoken of her “journey from hell”" and later "Hannah Strand said: “It was the
    // journey from hell …”": a lede fragment given only to a description is the named speaker's who repeats it.
    // (Only a description: a body or a person the lede names keeps it.)
    if (quote.speaker && quote.kind === 'speech' && quote.paragraph === 0 && !/^\p{Lu}\p{Ll}/u.test(quote.speaker.name) && !people.some((p) => !p.unnamed && p.name === quote.speaker!.name)) {
      const echo = echoSpeaker(quote, quotes, paragraphs);
      if (echo && people.some((p) => !p.unnamed && p.name === echo.name)) quote.speaker = echo;
    }
    // "Michael Price – dubbed 'a big kid at heart' – died …" and later "“… was a big kid at heart,” his
    // mother said": a term whose words someone says in full later is theirs, however it was introduced.
    // (Not a so-called term, nor one of a word or two: "clean", “managed retreat” are terms anyone may use.)
    if (quote.kind === 'scare' && quote.text.trim().split(/\s+/).length >= 3 && !/so-called\s*\S?$/i.test(paragraphs[quote.paragraph]!.slice(0, quote.start))) {
      const echo = echoSpeaker(quote, quotes, paragraphs);
      if (echo) Object.assign(quote, { kind: 'speech', speaker: echo });
    }
    if (quote.speaker || quote.kind !== 'speech') return;
    if (termSized(quote)) {
      quote.speaker = fragmentSpeaker(quote, paragraphs, people) ?? echoSpeaker(quote, quotes, paragraphs);
      // (“Lilyhammer”, “Krrish 3”, “Community”: capitalised words nobody says are a name or a title, not a term at arm's length.)
      if (!quote.speaker && !described.has(quote)) quote.kind = NAME_LIKE.test(quote.text.trim()) ? 'headline' : 'scare';
      return;
    }
    // A fragment inside the writer's own sentence is the words of whoever that sentence is about
    // ("Jaishankar conveyed to Qin that ties were … “real problems that need to be looked at”").
    const text = paragraphs[quote.paragraph]!;
    const start = sentenceBounds(text, quote.start)[0];
    if (/[\p{L}\d]/u.test(text.slice(start, quote.start))) {
      quote.speaker = sentenceOwner(text, start, quote, paragraphs, people);
      return;
    }
    const at: QuotePosition = { paragraphs, paragraph: quote.paragraph, offset: quote.start };
    quote.speaker = known(resolveAntecedent(people, at), people) ?? lastBefore(quotes, i);
  });
}

function lastBefore(quotes: Quote[], i: number): Speaker | null {
  const paragraph = quotes[i]!.paragraph;
  for (let k = i - 1; k >= 0 && quotes[k]!.paragraph >= paragraph - 3; k--) if (quotes[k]!.kind === 'speech' && quotes[k]!.speaker) return quotes[k]!.speaker;
  return null;
}

/** Only a person the story introduces: a guess must not invent a speaker out of a place or a product. */
function known(speaker: Speaker | null, people: Person[]): Speaker | null {
  return speaker && lookupPerson(people, speaker.name) ? speaker : null;
}

/**
 * The very last resort: a remark of five words or more that still has no speaker goes to the person the
 * story quotes most, when that person has at least two remarks and at least half of all attributed ones
 * (the story is about them; a company's statement quoted in pieces is the company's).
 */
export function giveToPrincipal(quotes: Quote[], described: WeakSet<Quote> = new WeakSet()): void {
  const counts = new Map<string, { n: number; speaker: Speaker }>();
  for (const q of quotes) if (q.kind === 'speech' && q.speaker) counts.set(q.speaker.name, { n: (counts.get(q.speaker.name)?.n ?? 0) + 1, speaker: q.speaker });
  const attributed = [...counts.values()].reduce((sum, c) => sum + c.n, 0);
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!top || top.n < 2 || top.n * 2 < attributed) return;
  // (A fragment whose cue names a person by description only — "the full-time student described it as …" — too.)
  for (const q of quotes) if (q.kind === 'speech' && !q.speaker && (!termSized(q) || described.has(q))) q.speaker = top.speaker;
}

/**
 * "A mum-of-two has spoken of her “journey from hell” …" and later "“It was the journey from hell,” she
 * said": a fragment whose words come back inside someone's fuller remark is that person's.
 */
function echoSpeaker(fragment: Quote, quotes: Quote[], paragraphs: string[]): Speaker | null {
  const words = fragment.text.toLowerCase().replace(/[^\p{L}\d\s'’-]/gu, '').trim();
  if (words.length < 4) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  // (A term the writer also uses in their own words — the “good neighbour” bylaw — is a term, not an echo.)
  // (Its own words do not count: "dubbed 'a big kid at heart'" in straight single marks stays in the narration.)
  const own = (k: number, p: string): string => (k === fragment.paragraph ? p.slice(0, fragment.start) + p.slice(fragment.end) : p);
  if (narrationsOf(paragraphs).some((p, k) => pattern.test(own(k, p)))) return null;
  const echo = quotes.find((q) => q !== fragment && q.kind === 'speech' && q.speaker && q.text.length > fragment.text.length + 10 && pattern.test(q.text));
  return echo?.speaker ?? null;
}

const narrations = new WeakMap<string[], string[]>();
/** Each paragraph's narration (its words outside quote marks), worked out once per article. */
function narrationsOf(paragraphs: string[]): string[] {
  let known = narrations.get(paragraphs);
  if (!known) narrations.set(paragraphs, (known = paragraphs.map(narration)));
  return known;
}
