import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERBS } from './words';
import { subjectBefore } from './subject';
import { sentenceSubject } from './sentence-subject';
import { displayCue, looksDisplayed } from './display-cues';
import { sentenceBounds } from './sentences';

/** What the words around a quote say about it: who speaks (as written), or that it is display text, a nickname or a scare term. */
export type Cue =
  | { type: 'speaker'; phrase: string; after: boolean; fallbacks?: string[] }
  | { type: 'headline' }
  | { type: 'nickname' }
  | { type: 'scare' }
  | { type: 'none' };

const SUBJECT = "[\\p{L}\\p{N}’'.\\- ]{1,90}?";
// After a quote, "…,” Orla O’Brien, a research scientist, was quoted in a release" names its speaker too.
// So does a verb of telling that local and feature writers use after a quote: "…,” shared her grandchild".
const AFTER_VERBS = `${SPEECH_VERBS}|shared|shares|offered|revealed|confessed|confirmed|gushed|enthused|beamed|sobbed|wept|cried|gasped|reflected|reflects|reasoned|elaborated|assured|summed up|(?:was|is|were|has been)\\s+quoted`;
// “…,” he said / “…,” Ushakov told reporters / “…,” the president observed.
const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,.!?—–-]*(${SUBJECT})\\s+(?:${AFTER_VERBS})\\b`, 'u');
// “…,” said Kremlin spokesman Dmitry Peskov.
// A full stop inside the subject only after an initial or a title: "said K. R. Sharma", "said Rep. Tucker Vance".
const ABBREVIATED = '(?:\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Cllr|Cr|Cst|Const|Cpl|Supt|Insp|Det|Hon)\\.|(?<![\\p{L}])\\p{Lu}\\.)';
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,.!?—–-]*(?:${AFTER_VERBS})\\s+((?:${ABBREVIATED}|[^,.;:!?“”"]){1,80})`, 'u');
// “…,” with Peskov saying … / “…”, according to the ministry.
const AFTER_WITH = /^[\s,.!?—–-]*(?:with|as)\s+([\p{Lu}][^,;:“”"]{0,60}?)\s+(?:saying|adding|noting|insisting|warning)\b/u;
// "according to the ministry", not "billed according to how much customers use it".
const ACCORDING = /\b[Aa]ccording to\s+((?:the|a|an|his|her|its|their|one|two|three|several|people|sources|officials|\p{Lu})[^,.;:“”"]{1,80})/u;
// "according to a translation of her remarks": a record of someone's words, not who spoke them.
const RECORD = /^(?:a|an|the|its|his|her|their)\s+(?:translation|transcript|copy|recording|video|text|readout|summary|version|excerpt)\b/i;
// “…,” Ana Ruiz, an analyst at a bank, wrote in a note: a name and its appositive before the verb.
const AFTER_NAME_APPOSITIVE = new RegExp(
  `^[\\s,.!?—–-]*(?:[a-z][\\p{L}-]*\\s+){0,3}(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,3}),\\s+(?:(?:a|an|the|who|whose|\\p{Lu}[\\p{L}-]*[’']s|[a-z][\\p{L}-]*)\\s[^“”"«»„]{0,100}?|\\d{1,3}),\\s+(?:${AFTER_VERBS})\\b`,
  'u',
);
// “…,” the report's lead author, Priya Raman, said: a role set off before the name, both before the verb.
const AFTER_ROLE_NAME = new RegExp(
  `^[\\s,.!?—–-]*((?:the|a|an|its|his|her|their|\\p{Lu}[\\p{L}-]*[’']s)\\s[^“”"«»„,.]{0,60}?),\\s+(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}),\\s+(?:${SPEECH_VERBS})\\b`,
  'u',
);
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
// "…, CEO Mary Barra announced on Tuesday.", "…, Shinzo Abe told reporters.": when and to whom, after the verb.
const WHEN_OR_WHOM = "(?:\\s+(?:on|in|at|to|last|this|late|early)\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?|\\s+[a-z]+){0,2}";
// "The closure was “heartbreaking” for the town, according to Angela Bero, the chamber's manager."
const ACCORDING_CLOSING = /^[^:;“”"]{0,200}?,\s*according to\s+((?:the\s+|a\s+|an\s+)?\p{Lu}[^,.;:“”"]{1,60}|him|her|them)(?:\s*,[^;“”"]*)?[.!]?\s*$/u;
const SPEECH_VERB_IN = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'u');
const ACCORDING_ASIDE = /^[^:;“”"]{0,120}?,\s*according to\s+(him|her|them)\s*,/u;
const SENTENCE_CLOSING = new RegExp(
  `^[^:;]{0,200}?,\\s*((?:he|she|they|we|(?:[\\p{L}’'.-]+\\s+){0,4}\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?|the\\s+[a-z-]+(?:\\s+[a-z-]+)?))\\s+(?:${SPEECH_VERBS})${WHEN_OR_WHOM}\\s*(?:[.!]|,\\s*(?:adding|saying|noting|insisting|arguing|explaining|warning|stressing)\\b.*)?\\s*$`,
  'u',
);
const REMARKS_BY = /\b(?:remarks|comments|words|testimony|speech|statement|post|message)\s+(?:made\s+)?(?:by|from)\s+([^:“”"]{2,90}?)\s*(?:,?\s*(?:at|in|on|during|last|earlier|before)\b[^:“”"]*)?(?:\s+(?:read|reads|said|says|stated|added))?:\s*$/u;
const DESCRIBED_BY = /\bdescribed\s+(?:in|by)\s+([^,;:“”"]{2,40}?)\s+as\s*$/u;
// ("swimming great Phelps", "47-year-old housewife Virginsita Magalso": lower-case title words or an age
// before a name; not "after the Brandts".)
const PLAUSIBLE_SUBJECT = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+\S.*|\p{Lu}.*|(?:(?!(?:after|before|when|as|while|since|because|if|until|and|but|or|then|so|that|which|who|where|the|a|an|in|on|at|to|for|from|with|by|of)\s)[a-z\d][\p{L}\d-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})$/u;

/** The attribution right after a closing mark: “…,” he said / said X / with X saying / according to X. */
function cueAfter(text: string, span: QuoteSpan): string | null {
  // “…,” Sen. Patricia Wendell (D-Mich.) said: a party tag in brackets is set aside.
  const after = text.slice(span.close, span.close + 200).replace(/\s*\([^()]{1,80}\)/g, '');
  // ‘… the drama ‘Ward Nine’. Dunmore said …’: a full stop outside the mark ends the writer's sentence there.
  if (/^\.\s/.test(after)) return null;
  const named = AFTER_NAME_APPOSITIVE.exec(after);
  if (named) return named[1]!;
  const roleNamed = AFTER_ROLE_NAME.exec(after);
  if (roleNamed) return `${roleNamed[1]} ${roleNamed[2]}`;
  const a1 = AFTER_SUBJECT_VERB.exec(after);
  // “…,” she also told staff: an adverb between the subject and its verb is not part of the subject.
  const s1 = a1?.[1]?.trim().replace(/\s+(?:also|later|then|again|once|(?!(?:family|ally|assembly|supply|rally)$)[a-z]+ly)$/u, '');
  if (s1 && PLAUSIBLE_SUBJECT.test(s1) && s1.split(/\s+/).length <= 7 && !/[“”"]/.test(s1)) return s1.replace(/^.*,\s*/, '');
  const a2 = AFTER_VERB_SUBJECT.exec(after);
  if (a2) {
    // ("said Captain Pualani Dalton with the Monterey Bay Whale Watch": where they work is not who spoke.)
    // ("wrote the rapper LL Cool J.": a full stop after a closing initial ends the sentence, not the name.)
    // ("said Beryl who also holds …": a relative clause says more of the speaker, not who.)
    const phrase = a2[1]!.replace(/\s+(?:in|on|at|when|after|before|during|to|as|with|from|who|whose|which|that)\b.*$/, '').trim().replace(/(\s\p{Lu})\.$/u, '$1');
    // ("says Tim Thier a Zoological manager of the Antelope Area": an appositive without its comma.)
    const bare = /^(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3})\s+(?:a|an)\s/u.exec(phrase);
    if (bare) return bare[1]!;
    // said Zuckerberg’s lawyer, Mark Hansen, …: the name set off after the role is the speaker.
    // ("said another opposition leader, Sidya Toure of the Union of Republican Forces": or his body after it.)
    const set = /^,\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?:\s*[,.]|\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu})/u.exec(after.slice(a2.index + a2[0].length));
    return set && phrase === a2[1]!.trim() ? `${phrase} ${set[1]}` : phrase;
  }
  const a3 = AFTER_WITH.exec(after);
  if (a3) return a3[1]!.trim();
  const a4 = /^[\s,.!?—–-]*according to\s+([^,.;:“”"]{2,80})/u.exec(after);
  return a4 && !RECORD.test(a4[1]!.trim()) ? a4[1]!.trim() : null;
}

/**
 * Reads the attribution cue of one quote from the words around it; `from` is where the words that may
 * introduce it begin (its sentence's start, or the end of an earlier quote in the same sentence).
 */
export function readCue(text: string, span: QuoteSpan, from: number): Cue {
  const before = text.slice(from, span.open);
  const display = displayCue(text, span, before);
  if (display) return { type: display };
  const after = cueAfter(text, span);
  if (after) return { type: 'speaker', phrase: after, after: true };
  // "… will work “behind the scenes,” driving buses and setting up tents, she said.": the attribution closes the sentence.
  const closing = SENTENCE_CLOSING.exec(text.slice(span.close, sentenceBounds(text, span.open)[1]));
  if (closing) return { type: 'speaker', phrase: closing[1]!, after: true };
  const tail = text.slice(span.close, sentenceBounds(text, span.open)[1]);
  const closingSource = ACCORDING_CLOSING.exec(tail) ?? ACCORDING_ASIDE.exec(tail);
  // (Not past a speech verb of its own: "…,” Horan said on stage, according to RTE" is Horan's.)
  const ownVerb = SPEECH_VERB_IN.test(tail.slice(0, tail.indexOf('according to')));
  if (closingSource && !ownVerb && !RECORD.test(closingSource[1]!)) {
    const who = closingSource[1]!;
    return { type: 'speaker', phrase: who === 'him' ? 'he' : who === 'her' ? 'she' : who === 'them' ? 'they' : who.trim(), after: true };
  }
  if (looksDisplayed(text.slice(span.start, span.end))) return { type: 'headline' };
  const words = IN_THE_WORDS_OF.exec(before);
  if (words) return { type: 'speaker', phrase: words[1]!, after: false };
  const described = DESCRIBED_BY.exec(before);
  if (described) return { type: 'speaker', phrase: described[1]!, after: false };
  const according = ACCORDING.exec(before);
  // ("Also according to AFP in Kuwait City, Kuwaiti Energy Minister … said …“…”": the nearer speech verb wins.)
  // (But "according to the ministry, which said …": a verb of its own relative clause is still its.)
  const ownClause = according && /^\s*,\s*(?:which|who)\b/.test(before.slice(according.index! + according[0].length));
  if (according && !RECORD.test(according[1]!.trim()) && (ownClause || !verbAfter(before, according.index! + according[0].length))) return { type: 'speaker', phrase: according[1]!.trim(), after: false };
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
