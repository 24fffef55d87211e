import { DESCRIBED_SOMEONE, isPersonNoun, isRoleWord, SPEECH_VERBS } from './words';
import { unnamedBefore } from './unnamed';
import { ORG_ANAPHOR } from './organisations';

// Lower-case words that may sit inside a speaker's noun phrase: groups, roles, and the glue between them.
const GROUP_NOUNS =
  'allies|partners|officials|leaders|critics|lawmakers|analysts|residents|experts|supporters|opponents|' +
  'protesters|investors|economists|diplomats|sources|prosecutors|police|authorities|government|ministry|office|' +
  'spokesman|spokeswoman|spokesperson|team|campaign|family|lawyers|lawyer|union|workers|people|voters|officers|' +
  'military|army|navy|cabinet|presidency|embassy|parliament|senate|district|force|service|council|' +
  'crowd|crowds|audience|fans|spectators|demonstrators|onlookers|mourners|villagers|locals|commuters|passengers|backers|' +
  'parents|siblings';
const FUNCTION_WORD = /^(?:and|or|but|that|which|who|whom|whose|where|when|while|as|if|to|of|in|on|at|for|with|by|from|is|was|are|were|has|have|had|be|been|said|says|told|then|so|also|some|many|most|all|both|other|others|these|those|their|its|his|her)$/;
export const GLUE = /^(?:and|of|its|their|his|her|the|a|an|for|&)$/;
export const GROUP = new RegExp(`^(?:${GROUP_NOUNS})$`);
// Party–state tags (R-Alaska) and ages are appositives, never the subject.
// "Greenwich, Conn., said": a state's abbreviation set off by commas is an appositive too.
const APPOSITIVE = /^(?:who|which|whose|a|an|the|his|her|its|their|[RDI]-\p{Lu}|aged|\d|also|now|then|himself|herself|[a-z]|\p{Lu}[\p{L}]{1,5}\.$|\p{Lu}[\p{L}-]*[’']s\s+[a-z])/u;

export const fits = (w: string): boolean => {
  const bare = w.replace(/[’']s?$/, '');
  return /^(?:[\p{Lu}\d]|(?:al|el|ad|bin|ibn|abu)-\p{Lu})/u.test(w) || isRoleWord(bare) || isPersonNoun(bare) || GROUP.test(bare.toLowerCase()) || GLUE.test(w);
};

// The verb of the first clause in "X arrived … and told", "she climbed … and told".
const FIRST_VERB = /\s([a-z]+(?:ed|ied)|went|came|took|made|gave|sat|stood|rose|ran|met|left|got|told|said|spoke|wrote|held|kept|put|set|began|broke|fell|won|lost|drove|flew|heard|saw|sent|stopped|walked)\b/g;

// ("A customer, simply called Ibrahim, told", "another protester, one Mrs Jummai, said", "Another resident who
// identified himself simply as Kunle said", "A driver, Awolola, said": a single name given to someone described.)
const NAMED_AS = new RegExp(
  `\\b(?:gave (?:his|her|their) name (?:only )?as|identified (?:(?:himself|herself|themselves) )?(?:simply |only )?as|(?<=^|[.;]\\s+)${DESCRIBED_SOMEONE}|` +
    `identified only by (?:his|her|their) first name,?|known only as|(?:simply|only) (?:called|named)|, one (?:Mr|Mrs|Ms|Miss)\\.?)\\s+(\\p{Lu}[\\p{L}’'-]+)\\s*,?\\s*$`,
  'u',
);

/** Words of a noun phrase read backwards from the end of `text` while they look like part of a name, role or group. */
function trailingPhrase(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (!fits(w) || /[,;:()]$/.test(w)) break;
    out.unshift(w);
  }
  // "The UN human rights office": lower-case modifiers between a name and the body's noun belong to it.
  const lower = words.slice(0, words.length - out.length);
  const mods = /((?:^|\s)\p{Lu}[\p{L}\d]*(?:\s+[a-z]+){1,2})$/u.exec(lower.join(' '));
  // ("… court on Tuesday where police argued": not across a word that opens a clause.)
  if (out.length === 1 && GROUP.test(out[0]!) && mods && !/\s(?:where|when|while|whereas|because|although|though|until|unless|whether|if|as|that)$/.test(` ${mods[1]!.trim()}`)) out.unshift(...mods[1]!.trim().split(/\s+/));
  // ("…, city planning officers said": a group's lower-case modifiers, back to a comma or the sentence's start.)
  // ("… flood water, while aid workers speak of": back to a function word too.)
  const plainMods = /(?:^|[,;]\s*)((?:[a-z][a-z-]+\s+){1,3})$/.exec(`${lower.join(' ')} `)?.[1]!.trim().split(/\s+/) ?? [];
  while (plainMods.length && FUNCTION_WORD.test(plainMods[0]!)) plainMods.shift();
  if (out.length === 1 && GROUP.test(out[0]!) && !mods && plainMods.length && plainMods.length <= 2 && !plainMods.some((w) => FUNCTION_WORD.test(w))) out.unshift(...plainMods);
  // "the former One Direction star": a role with a name inside keeps the words that open it.
  const opening = words.slice(words.length - out.length - 2, words.length - out.length).join(' ');
  if (out.length > 1 && /^\p{Lu}/u.test(out[0]!) && isPersonNoun(out[out.length - 1]!) && /^(?:the|a|an|his|her|their)\s+(?:former|ex|late|veteran|retired|then|current|new|one-time|onetime)$/i.test(opening)) out.unshift(...opening.split(' '));
  // A phrase cannot start with glue ("and its allies" lost its head) nor end in it.
  while (out.length && GLUE.test(out[0]!) && !/^(?:the|a|an)$/i.test(out[0]!)) out.shift();
  return out.join(' ');
}

/**
 * The subject of a verb that starts at `verbAt`: the noun phrase just before it, skipping appositives
 * ("Murkowski, who has broken with her party, said" → "Murkowski"; "Cooper, R-Alaska, said").
 */
export function subjectBefore(text: string, verbAt: number): string {
  // "Cllr Pádraig Nolan (FF), said": a party or an abbreviation in brackets is set aside.
  let head = text.slice(0, verbAt).replace(/\s*\([^()]{1,40}\)/g, '').replace(/\s+$/, '');
  // "Trump later said", "Dunbar has said only", "the office has previously said": adverbs and auxiliaries
  // may sit between the subject and its verb.
  for (let k = 0; k < 3; k++) head = head.replace(BETWEEN_SUBJECT_AND_VERB, '');
  // "The stunned pair said": a described twosome keeps its description.
  const twosome = /\b[Tt]he\s+((?:[a-z-]+\s+)?(?:couple|pair|duo|trio|twins))$/.exec(head);
  if (twosome) return `the ${twosome[1]}`;
  // "the group's central command said", "the company's board said": the body owns the voice.
  const owned = /\b((?:the|its)\s+[a-z]+)[’']s\s+(?:[a-z-]+\s+){0,2}[a-z]+$/.exec(head);
  if (owned && ORG_ANAPHOR.test(owned[1]!)) return owned[1]!;
  // "The government led by Pedro Sanchez said": the body a person leads is the subject, not its leader.
  const led = /^(.*?\S)\s+(?:led|headed|chaired|run|fronted)\s+by\s+(?:\p{Lu}[\p{L}’'.-]*\s*|(?:von|van|der|de|la|del|bin)\s+){1,5}$/u.exec(head);
  if (led && /\b(?:[Tt]he|[Ii]ts)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.test(led[1]!)) return subjectBefore(led[1]!, led[1]!.length);
  // "A bus driver, who gave his name only as Chidi, told": the name the source gave is the speaker.
  const namedAs = NAMED_AS.exec(head);
  if (namedAs) return namedAs[1]!;
  const owner = appositiveOwner(head);
  if (owner) return owner;
  const relative = relativeAntecedent(head);
  if (relative) return relative;
  const described = unnamedBefore(head);
  if (described) return described;
  // "a terrified Kayleigh dialled 999 and whispered": the second verb shares the first one's subject.
  if (/\sand$/.test(head)) {
    // "She said the agency had reached … and described": the second verb goes with the reporting verb.
    const reporting = new RegExp(`\\s(?:${SPEECH_VERBS})\\b`, 'u').exec(head);
    if (reporting && reporting.index > 0) return subjectBefore(head, reporting.index + 1);
    const first = [...head.matchAll(FIRST_VERB)].pop();
    return first && first.index! > 0 ? subjectBefore(head, first.index! + first[0].length - first[1]!.length) : '';
  }
  // "The … Association, which represents growers in Colorado, Kansas and Nebraska, said": a relative
  // clause may hold commas of its own (a list); the subject stands before its "which".
  const clause = /^(.*\S),\s+(?:which|who|whose)\s[^.;:“”"]*,[^.;:“”"]*,$/u.exec(head);
  if (clause) head = `${clause[1]},`;
  for (let guard = 0; guard < 4 && head.endsWith(','); guard++) {
    const inner = head.slice(0, -1);
    const comma = inner.lastIndexOf(',');
    // "Dr. Katrin Vogt of the Berlin law firm Lindner Weiss": where a named person works is not the subject.
    const segment = inner.slice(comma + 1).trim().replace(/^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})\s+(?:of|at|from)\s+.*$/u, '$1');
    // ("The UK's data watchdog, the Information Commissioner's Office, said": "the" and a name is the name.)
    const theName = /^the\s+(?:\p{Lu}[\p{L}’'.-]*\s*)+$/u.test(segment);
    if (comma < 0 || !APPOSITIVE.test(segment) || theName) return trailingPhrase(segment);
    // "Tom Doyle, chair of the Action Group, which …,": the segment before may be an appositive too.
    const rest = inner.slice(0, comma).replace(/\s+$/, '');
    const before = rest.lastIndexOf(',');
    const previous = rest.slice(before + 1).trim();
    // ("taxi driver Imran Siddiqui" is a role and a name, not an appositive.)
    const named = !/^(?:a|an|the)\s/i.test(previous) && /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+$/u.test(previous);
    head = before >= 0 && APPOSITIVE.test(previous) && !named && !/^(?:and|or|but)\b/.test(previous) ? rest.slice(0, before + 1) : rest;
  }
  // "Davies, 31, who …, said", "Ruiz, R-Texas, who …": an age or party tag left after the clause is an appositive too.
  head = head.replace(/,\s*(?:\d{1,3}|[RDI]-[\p{L}.]+)$/u, '');
  // "One parent, who asked not to be named, said": an unnamed source set off by its own appositive.
  const unnamed = unnamedBefore(head);
  if (unnamed) return unnamed;
  const phrase = trailingPhrase(head);
  if (/^(?:he|she|they|it|we|i)$/i.test(lastWord(head))) return lastWord(head);
  // "the firm said": a noun that stands for an organisation named before is the subject too.
  const anaphor = /\b(?:the|its)\s+[a-z]+$/i.exec(head)?.[0] ?? '';
  return phrase || (ORG_ANAPHOR.test(anaphor) ? anaphor : '');
}

/**
 * "the actor Clive Ward, who told reporters", "Ann Lee, a retired nurse who is 80 and says": the verb
 * of a relative clause belongs to the name the clause hangs on (past an appositive describing it).
 */
function relativeAntecedent(head: string): string | null {
  const rel = /\s(?:who|which)\b[^,.;:“”"«»]*$/u.exec(head);
  // "the West, which he says …", "which Lee says …": the clause has its own subject, "which" is its object.
  if (!rel || /^\s(?:who|which)\s+(?:\p{Lu}|(?:he|she|they|it|we|you)\b)/u.test(rel[0])) return null;
  // "Rep. Marco Ruiz, R-Texas, who …", "Davies, 31, who …": a party tag or an age is an appositive too.
  let before = head.slice(0, rel.index).replace(/[\s,]+$/, '').replace(/,\s*(?:[RDI]-[\p{L}.]+|\d{1,3})$/u, '');
  // "Ann Lee, a retired nurse who …": the name stands before the appositive that describes it.
  const comma = before.lastIndexOf(',');
  // "Tom Doyle, chair of the Action Group, which …": the clause may hang on the appositive's noun;
  // the subject is still the name before it.
  if (comma > 0 && /^(?:(?:a|an|the)\s|(?!(?:and|or|but)\b)\p{Ll})/u.test(before.slice(comma + 1).trim())) before = before.slice(0, comma);
  const phrase = trailingPhrase(before.replace(/[\s,]+$/, '')).replace(/^(?:and|or)\s+/, '');
  if (phrase && /\p{Lu}/u.test(phrase)) return phrase;
  // "A policeman who objected to Daniel Irvine being released branded …": a described person opening the sentence.
  const described = /^\s*((?:An?|The|One)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)$/u.exec(before);
  return described ? described[1]! : null;
}

const BETWEEN_SUBJECT_AND_VERB =
  /\s+(?:later|also|then|again|earlier|previously|once|only|privately|publicly|on \p{Lu}\p{Ll}+day|(?!(?:family|ally|assembly|supply|rally|bully)$)[a-z]+ly|has|have|had|would|will|could|did|does|do|has been|had been)$/u;

function lastWord(text: string): string {
  return text.trim().split(/\s+/).pop() ?? '';
}

// "John Girdley, Lancashire national executive member for the NASUWT," / "Sam Ud-din, a representative of
// Lancashire’s NUT" (its closing comma left out): a role of a body set off after a name describes the name.
// ("In a statement Stephen Johnston, site manager for Invista at Brockworth said": a lower-case word may come before the name.)
const NAME_THEN_ROLE_OF = /(?:^|[,;:]\s+|\b(?:and|but)\s+|\b(?!(?:the|a|an|of|for|at|in|on|to|from|by|with)\s)[a-z]+\s+)(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}),\s+((?:(?:a|an|the|\p{Lu}[\p{L}’'.-]*)\s+)?(?:[\p{L}-]+\s+){0,4}?)([A-Za-z-]+)\s+(?:of|for|at|with|from)\s+[^,;:“”"]{2,60}?,?$/u;

/** The name an appositive of the form "NAME, (a) ROLE of BODY" hangs on, when that is the whole subject. */
function appositiveOwner(head: string): string | null {
  const m = NAME_THEN_ROLE_OF.exec(head);
  // ("Mrs Karen Collet, Headteacher of Haddenham St Mary’s said": the role may be capitalised.)
  return m && isPersonNoun(m[3]!.toLowerCase()) ? m[1]! : null;
}
