import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERBS } from './words';
import { sentenceBounds } from './sentences';

/* The attribution written after a quote: “…,” he said / said X / with X saying / …, she said. */

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
// "according to a translation of her remarks": a record of someone's words, not who spoke them.
export const RECORD = /^(?:a|an|the|its|his|her|their)\s+(?:translation|transcript|copy|recording|video|text|readout|summary|version|excerpt)\b/i;
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
// ("swimming great Phelps", "47-year-old housewife Virginsita Magalso": lower-case title words or an age
// before a name; not "after the Brandts".)
const PLAUSIBLE_SUBJECT = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+\S.*|\p{Lu}.*|(?:(?!(?:after|before|when|as|while|since|because|if|until|and|but|or|then|so|that|which|who|where|the|a|an|in|on|at|to|for|from|with|by|of)\s)[a-z\d][\p{L}\d-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})$/u;

/** The attribution right after a closing mark: “…,” he said / said X / with X saying / according to X. */
export function cueAfter(text: string, span: QuoteSpan): string | null {
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
 * An attribution closing the writer's sentence after the quote: "… “behind the scenes,” driving buses,
 * she said.", "… was “heartbreaking” for the town, according to Angela Bero.", "according to him".
 */
export function closingCue(text: string, span: QuoteSpan): string | null {
  const tail = text.slice(span.close, sentenceBounds(text, span.open)[1]);
  const closing = SENTENCE_CLOSING.exec(tail);
  if (closing) return closing[1]!;
  const source = ACCORDING_CLOSING.exec(tail) ?? ACCORDING_ASIDE.exec(tail);
  // (Not past a speech verb of its own: "…,” Horan said on stage, according to RTE" is Horan's.)
  const ownVerb = SPEECH_VERB_IN.test(tail.slice(0, tail.indexOf('according to')));
  if (!source || ownVerb || RECORD.test(source[1]!)) return null;
  return asSubject(source[1]!);
}

/** "according to him" names the speaker as "he": an object pronoun becomes the subject the resolver reads. */
export const asSubject = (who: string): string => (who === 'him' ? 'he' : who === 'her' ? 'she' : who === 'them' ? 'they' : who.trim());
