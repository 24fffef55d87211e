import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERBS } from './words';

/** What the words around a quote say about it: who speaks (as written) or that it is a headline. */
export type Cue = { type: 'speaker'; phrase: string } | { type: 'headline' } | { type: 'none' };

const SUBJECT = "[\\p{L}\\p{N}’'.\\- ]{1,90}?";
// “…,” he said / “…,” Ushakov told reporters / “…,” the president observed.
const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,.!?]*(${SUBJECT})\\s+(?:${SPEECH_VERBS})\\b`, 'u');
// “…,” said Kremlin spokesman Dmitry Peskov.
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,.!?]*(?:${SPEECH_VERBS})\\s+([^,.;:!?“”"]{1,80})`, 'u');
// X said: “…” / X told reporters in Moscow on Wednesday: “…” / X was quoted by AGENCY as saying: “…”
const BEFORE_COLON = new RegExp(
  `(${SUBJECT})\\s+(?:(?:${SPEECH_VERBS})\\b[^:“”"]{0,80}?|was quoted\\b[^:“”"]{0,80}?as saying|wrote on [^:“”"]{1,40}?)\\s*[:,]?\\s*$`,
  'u',
);
// ran a story headlined: “…”
const BEFORE_HEADLINE = /\b(?:headlined|headline|titled|entitled)\s*:?\s*$/i;
// He said his plan had been “tuned” / Cheung …, writing on X that there was “nothing wrong”
const IN_SENTENCE_VERB = new RegExp(`(?<![\\w-])(?:${SPEECH_VERBS}|saying|writing|telling|calling|called|described|adding)\\b`, 'u');

// A subject after a quote is a pronoun, a role ("the president") or starts with a capital ("Ushakov").
const PLAUSIBLE_SUBJECT = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|(?:[Tt]he|[Aa]n?)\s+\S.*|\p{Lu}.*)$/u;

/** The sentence of the paragraph that holds `offset`, as [start, end) offsets. */
export function sentenceBounds(text: string, offset: number): [number, number] {
  let start = 0;
  for (const m of text.slice(0, offset).matchAll(/[.!?][”"’']?\s+(?=[“"‘'\p{Lu}])/gu)) start = (m.index ?? 0) + m[0].length;
  const rest = text.slice(offset).search(/[.!?][”"’']?\s+(?=[“"‘'\p{Lu}])/u);
  return [start, rest < 0 ? text.length : offset + rest + 1];
}

/** The clause just before a point: the text after the last comma-led intro ("Asked …, X said:"). */
function lastClause(text: string): string {
  const parts = text.split(/,\s+/);
  return (parts[parts.length - 1] ?? text).trim();
}

/** Reads the attribution cue of one quote from the words around it in its paragraph. */
export function readCue(text: string, span: QuoteSpan): Cue {
  const [sStart] = sentenceBounds(text, span.open);
  const before = text.slice(sStart, span.open);
  if (BEFORE_HEADLINE.test(before)) return { type: 'headline' };
  const after = text.slice(span.close, span.close + 140);
  const a1 = AFTER_SUBJECT_VERB.exec(after);
  if (a1 && PLAUSIBLE_SUBJECT.test(a1[1]!.trim()) && a1[1]!.trim().split(/\s+/).length <= 7 && !/[“”"]/.test(a1[1]!)) return { type: 'speaker', phrase: a1[1]!.trim() };
  const a2 = AFTER_VERB_SUBJECT.exec(after);
  if (a2) return { type: 'speaker', phrase: a2[1]!.replace(/\s+(?:in|on|at|when|after|before|during)\b.*$/, '').trim() };
  const b1 = BEFORE_COLON.exec(before);
  if (b1) return { type: 'speaker', phrase: lastClause(b1[1]!) };
  if (IN_SENTENCE_VERB.test(before)) return { type: 'speaker', phrase: sentenceSubject(before) };
  return { type: 'none' };
}

/** The subject a sentence opens with: its words up to the first lower-case verb-like word. */
export function sentenceSubject(sentence: string): string {
  const clause = sentence.replace(/^[^,]*\b(?:part|behalf|side) of [^,]+,\s*/i, '');
  const words = clause.trim().split(/\s+/);
  const subject: string[] = [];
  for (const w of words) {
    if (subject.length > 0 && /^[a-z]/.test(w) && !/^(of|and|de|van|von|bin|al)$/.test(w) && !/^(spokesman|spokeswoman|spokesperson|minister|president|adviser|aide|envoy|director|secretary|official|diplomat|communications|foreign|deputy|chief)$/.test(w)) break;
    if (/,$/.test(w)) { subject.push(w.slice(0, -1)); break; }
    subject.push(w);
  }
  return subject.join(' ');
}
