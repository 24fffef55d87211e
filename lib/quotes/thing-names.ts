import { isCommonWord } from './common-words';
import { isNationality, isPersonHead, isSpeechVerb } from './words';

// Courtesy and honorific titles that only a person carries ("Mr", "Sheikh"); role nouns are checked as person heads.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Sen|Rep|Gov|Sheikh|Sultan|Emir)\.?$/i;
// Past tenses and small words that follow a name as its verb or its clause: "Lula took office", "Merkel also said".
const AFTER_A_NAME = /^(?:took|made|met|won|gave|went|came|saw|got|had|has|have|was|is|are|were|will|would|could|can|may|might|must|should|did|does|left|led|held|sent|spent|kept|put|set|ran|began|felt|found|brought|bought|thought|spoke|broke|chose|drove|rose|fell|hit|let|lost|paid|sat|stood|wore|became|become|built|cut|drew|fought|flew|forgot|grew|knew|lay|meant|read|rode|sang|shot|shut|sold|stole|struck|swore|taught|threw|understood|wept|woke|wrote|and|or|who|whose|which|also|then|later|now|never|still|once|first|himself|herself|again|too|alone)$/;

/** True when the title written before a name is one only a person has ("President", "his wife", "Mr"). */
// (A nationality alone is no such title: "British Vogue" is a magazine.)
const personTitle = (title: string | null): boolean => {
  const last = title?.split(/\s+/).pop() ?? '';
  return !!title && (HONORIFIC.test(last) || (isPersonHead(last.toLowerCase()) && !isNationality(last)));
};

/**
 * True when a capitalised run names a thing rather than a person: every word an everyday English word
 * ("Super Eagles", "Primary School", "Medical Practice"), or one word qualifying the lower-case noun
 * after it ("a special Brexit summit", "the Aussie athletics star"). A person's title before it
 * ("his wife Jenny", "President Marcos") keeps it a person.
 */
export function namesAThing(words: string[], title: string | null, nextWord: string | undefined): boolean {
  if (personTitle(title)) return false;
  if (words.every(isCommonWord)) return true;
  // "Newtonsaurus cambrensis", "Homo naledi": a genus and its species name a creature, not a person.
  if (words.length === 1 && nextWord && /^[a-z]{3,}(?:ensis|ii|ae|us|um|is|i)$/.test(nextWord) && !isCommonWord(nextWord[0]!.toUpperCase() + nextWord.slice(1))) return true;
  return words.length === 1 && !!nextWord && !AFTER_A_NAME.test(nextWord) && !isSpeechVerb(nextWord) && !/(?:ed|s|ly)$/.test(nextWord);
}
