import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERBS } from './words';
import { subjectBefore } from './subject';
import { sentenceSubject } from './sentence-subject';
import { displayCue, looksDisplayed } from './display-cues';
import { sentenceBounds } from './sentences';
import { asSubject, closingCue, cueAfter, RECORD } from './cues-after';

/** What the words around a quote say about it: who speaks (as written), or that it is display text, a nickname or a scare term. */
export type Cue =
  | { type: 'speaker'; phrase: string; after: boolean; fallbacks?: string[] }
  | { type: 'headline' }
  | { type: 'nickname' }
  | { type: 'scare' }
  | { type: 'none' };

// "according to the ministry", "According to him, …", not "billed according to how much customers use it".
const ACCORDING = /\b[Aa]ccording to\s+((?:him|her|them)(?=\s*,)|(?:the|a|an|his|her|its|their|one|two|three|several|people|sources|officials|\p{Lu})[^,.;:“”"]{1,80})/u;
// "in the words of its own investor deck": whose words they are, named after the phrase.
const IN_THE_WORDS_OF = /\bin the words of\s+([^,;:“”"«»„]{2,60}?)\s*,?\s*$/u;
// "with Paris warning that …", "and Berlin insisting …": a participle's own subject stands just before it.
const PARTICIPLE_SUBJECT = /\b(?:with|and)\s+((?:the\s+)?\p{Lu}[^,;:“”"«»„]{0,40}?)\s*$/u;
// "Rybak was quoted by the PAP agency as saying": the subject of the passive is the speaker.
const QUOTED_AS = /\b(?:was|were|is|has been)\s+quoted\b/u;
// ("Media reports quoted Haruna Iddrisu, Minority Leader in Parliament, as saying": past an appositive.)
const QUOTES_SAYING = /\b(?:quotes|quoted|quoting|cites|cited|citing)\s+(?!by\b|as\b)((?:the\s+)?[^,;:“”"]{2,60}?)(?:,[^;:“”"]{2,80},)?\s+(?:as\s+)?(?:saying|telling|writing|adding)\b[^“”"]{0,30}$/u;
const OWNED_WORDS = /\b(His|Her|Their|his|her|their)\s+(?:advice|message|view|verdict|answer|response|reply|warning|plea|hope|wish|instruction|motto|mantra|conclusion)\s+(?:is|was|remains)\s*(?:simple\s*)?[:,]?\s*(?:to|that)?\s*$/u;
const CHANTS = /\b(?:chants?|shouts?|cries|cry|slogans?|chorus(?:es)?|jeers?|heckles?)\s+(?:of|like|such as)\s*$/i;
const INVERTED = /^\s*(?:Added|Said|Continued|Replied|Explained|Insisted|Noted|Recalled|Warned|Wrote|Countered)\s+((?:the\s+|\p{Lu})[^,:;“”"]{2,60}?)\s*[,:]/u;
// The last speech verb before a quote in its sentence; participles take the sentence's subject.
const FINITE = new RegExp(`(?<![\\w-])(?:${SPEECH_VERBS}|called|calls|described|describes|describe|dismissed|accused|termed|branded|slammed|hailed|praised|criticised|criticized|blasted|lambasted|derided|decried|likened|advised|advises|recommended|recommends|vowed|promised|pledged|quoted|referred|refers|complain|complains|complained|put it|attributed|attributes|blamed|blames|revealed|reveals|voiced|voices|flagged|flags|reaffirmed|reaffirms|spoke of|speak of|speaks of|spoken of|believe|believes|mentioned|feels)\\b`, 'gu');
const PARTICIPLE = /(?<![\w-])(?:saying|writing|adding|telling|calling|describing|insisting|warning|arguing|noting|quoting|dismissing|rejecting|branding|accusing|praising|hailing|admitting|claiming|vowing|promising|urging)\b/gu;
// "accusations from business leaders that …": the words belong to whoever the noun names.
const NOUN_CUE = /\b(?:accusations?|claims?|warnings?|criticism|complaints?|calls?|promises?|pledges?|charges?|allegations?|arguments?)\s+(?:from|by)\s+([^,;:“”"]{2,60}?)\s+that\b/u;
// "the government’s claim that …": the owner of the claim said it.
const OWNED_CUE = /\b((?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)[’']s?\s+(?:claims?|accusations?|allegations?|arguments?|assertions?|warnings?|complaints?|view|position)\s+that\b/u;
const REMARKS_BY = /\b(?:remarks|comments|words|testimony|speech|statement|post|message)\s+(?:made\s+)?(?:by|from)\s+([^:“”"]{2,90}?)\s*(?:,?\s*(?:at|in|on|during|last|earlier|before)\b[^:“”"]*)?(?:\s+(?:read|reads|said|says|stated|added))?:\s*$/u;
const DESCRIBED_BY = /\bdescribed\s+(?:in|by)\s+([^,;:“”"]{2,40}?)\s+as\s*$/u;

/**
 * Reads the attribution cue of one quote from the words around it; `from` is where the words that may
 * introduce it begin (its sentence's start, or the end of an earlier quote in the same sentence).
 */
export function readCue(text: string, span: QuoteSpan, from: number): Cue {
  const before = text.slice(from, span.open);
  const display = displayCue(text, span, before);
  if (display) return { type: display };
  // "… will work “behind the scenes,” driving buses and setting up tents, she said.": the attribution closes the sentence.
  const after = cueAfter(text, span) ?? closingCue(text, span);
  if (after) return { type: 'speaker', phrase: after, after: true };
  if (looksDisplayed(text.slice(span.start, span.end))) return { type: 'headline' };
  const words = IN_THE_WORDS_OF.exec(before);
  if (words) return { type: 'speaker', phrase: words[1]!, after: false };
  const described = DESCRIBED_BY.exec(before);
  if (described) return { type: 'speaker', phrase: described[1]!, after: false };
  const according = ACCORDING.exec(before);
  // ("Also according to AFP in Kuwait City, Kuwaiti Energy Minister … said …“…”": the nearer speech verb wins.)
  // (But "according to the ministry, which said …": a verb of its own relative clause is still its.)
  const ownClause = according && /^\s*,\s*(?:which|who)\b/.test(before.slice(according.index! + according[0].length));
  if (according && !RECORD.test(according[1]!.trim()) && (ownClause || !verbAfter(before, according.index! + according[0].length))) return { type: 'speaker', phrase: asSubject(according[1]!), after: false };
  // "pointed to remarks by the agency’s chair, Lorraine Vasquez-Hunt, at a conference last week: “…”"
  const remarks = REMARKS_BY.exec(before);
  if (remarks) return { type: 'speaker', phrase: remarks[1]!.split(/,\s*/).filter(Boolean).pop()!.trim(), after: false };
  const noun = NOUN_CUE.exec(before);
  if (noun) return { type: 'speaker', phrase: noun[1]!, after: false };
  const owned = OWNED_CUE.exec(before);
  if (owned && !verbAfter(before, owned.index)) return { type: 'speaker', phrase: owned[1]!, after: false };
  // "a process that, in her view, “rewards whoever bids the highest”": her words.
  const view = /\b(?:in|to)\s+(his|her|their)\s+(?:view|words|mind|opinion|telling)\s*,?\s*$/i.exec(before);
  if (view) return { type: 'speaker', phrase: view[1]!.toLowerCase() === 'their' ? 'they' : view[1]!.toLowerCase() === 'his' ? 'he' : 'she', after: false };
  // "His words: “…”": whose words they are opens the sentence.
  const own = /(?:^|[.!?]\s+)(His|Her|Their)\s+(?:own\s+)?words(?:\s+were)?\s*[:,]?\s*$/.exec(before);
  if (own) return { type: 'speaker', phrase: own[1] === 'Their' ? 'they' : own[1] === 'His' ? 'he' : 'she', after: false };
  // "Mid-day's report quotes Williams saying, “…”": the one quoted is the speaker, not the report.
  const quoting = QUOTES_SAYING.exec(before);
  if (quoting) return { type: 'speaker', phrase: quoting[1]!, after: false };
  // "Her advice is to “talk to your doctor”": the owner of the advice, message or view speaks.
  const owner = OWNED_WORDS.exec(before);
  if (owner) return { type: 'speaker', phrase: owner[1]!.toLowerCase() === 'their' ? 'they' : owner[1]!.toLowerCase() === 'his' ? 'he' : 'she', after: false };
  // "the crowd let out chants of “Tiger!”", "Raising slogans like ‘We want justice’, angry residents …":
  // a chant or a slogan is the words of whoever the sentence's main clause is about.
  if (CHANTS.test(before)) {
    const lead = text.slice(sentenceBounds(text, span.open)[0], span.open);
    // (A participle opening the sentence leaves its subject for after the comma that ends its clause.)
    const phrase = /^\s*\p{Lu}\p{Ll}+ing\s/u.test(lead) ? sentenceSubject(text.slice(span.close).replace(/^[^,]*,\s*(\S)/, (_, c: string) => c.toUpperCase())) : sentenceSubject(lead);
    if (phrase) return { type: 'speaker', phrase, after: false };
  }
  // "Added the 58-year-old, to laughter: “…”": a verb-first attribution opening the sentence.
  const inverted = INVERTED.exec(before);
  if (inverted) return { type: 'speaker', phrase: inverted[1]!.trim(), after: false };
  const finite = [...before.matchAll(FINITE)].pop();
  const participle = [...before.matchAll(PARTICIPLE)].pop();
  if (participle && (!finite || participle.index! > finite.index! || QUOTED_AS.test(before.slice(0, participle.index)))) {
    const own = PARTICIPLE_SUBJECT.exec(before.slice(0, participle.index));
    if (own) return { type: 'speaker', phrase: own[1]!, after: false };
    // "…, Al-Otaibi said, adding that …": the participle goes with the speech verb just before it.
    const saidThen = new RegExp(`\\s(?:${SPEECH_VERBS})\\s*,\\s*$`, 'u').exec(before.slice(0, participle.index));
    if (saidThen) return { type: 'speaker', phrase: subjectBefore(before, saidThen.index + 1), after: false };
    const passive = QUOTED_AS.exec(before.slice(0, participle.index));
    if (passive) return { type: 'speaker', phrase: subjectBefore(before, passive.index), after: false };
    // "Marsh said …; Pruitt said it spent too much, calling it “…”": the clause after a semicolon has its own subject.
    const clause = Math.max(sentenceBounds(text, span.open)[0], text.lastIndexOf(';', span.open) + 1);
    return { type: 'speaker', phrase: sentenceSubject(text.slice(clause, span.open)), after: false };
  }
  if (finite) {
    // "Ruiz told Reuters the sell-off reflected “…”": when the nearest verb's subject names nobody, an earlier
    // verb's may, and last the sentence's own subject.
    const sentence = text.slice(sentenceBounds(text, span.open)[0], span.open);
    const earlier = [...[...before.matchAll(FINITE)].reverse().slice(1).map((m) => subjectBefore(before, m.index!)), sentenceSubject(sentence)].filter(Boolean);
    return { type: 'speaker', phrase: subjectBefore(before, finite.index!), after: false, ...(earlier.length ? { fallbacks: earlier } : {}) };
  }
  return { type: 'none' };
}

/** True when a speech verb comes after `index` in `before`: the nearer verb then wins. */
function verbAfter(before: string, index: number): boolean {
  return [...before.slice(index).matchAll(FINITE)].length > 0;
}
