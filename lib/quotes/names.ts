import { WEEKDAY } from './runs';
import { isNationality, isPersonHead, isRoleWord, isSpeechVerb, isTitleSurname, leadsWithOccupation, notName, PRONOUNS } from './words';

/** A phrase that names a speaker: a person's name and/or a role, or an organisation or group. */
export interface NamePhrase {
  /** The name ("Dmitry Peskov", "Bloomberg News", "Kiev and its allies"), or null for a bare role or pronoun. */
  name: string | null;
  /** The role words around the name ("Kremlin spokesman", "spokesperson"), or null. */
  title: string | null;
  /** A pronoun ("he") when the phrase is one. */
  pronoun: string | null;
  /** The role noun phrase when there is no name ("the president"). */
  role: string | null;
  /** True when the name is an organisation or a group rather than a person. */
  collective: boolean;
  /** True when the name is an unnamed source's description ("senior FAA official"). */
  unnamed?: boolean;
}

// "one EU diplomat", "a person familiar with the talks": an indefinite description of someone unnamed.
const INDEFINITE = /^(?:a|an|one|another)$/i;
// "A Bloomberg News spokesperson" speaks for the organisation, not as a source of their own.
const SPOKES = /^(?:spokes\w*|representative|statement)$/i;
const VOICE = /^(?:spokes\w+|representative|official|officials|source|sources|statement|lawyers?|attorneys?|counsel|chief|executive|ceo|board|management)$/i;
const SPOKES_FOR_OFFICE = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:senior\s+)?(?:spokes(?:man|woman|person)|representative))\s+(?:for|of|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*\s+[a-z][^,;:]{2,60})$/u;
const PARTY_MEMBER = /^(?:Democrat|Republican|Independent|Tory|Conservative|Socialist|Nationalist)$/;
const ORG_HEAD = /^(?:Association|Institute|Department|Ministry|University|Bank|Federation|Union|Society|League|Council|Office|Bureau|Board|Commission|Committee|Organi[sz]ation|Cent(?:re|er)|School|College|Museum|Church|Chamber|Confederation|Alliance|Coalition|Fund|Agency|Authority|Academy|Foundation|Friends|Embassy|Consulate)$/;
const SPOKES_FOR = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:senior\s+)?(?:spokes(?:man|woman|person)|representative|press officer))\s+(?:for|of|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}’'&.-]*){0,7})$/u;
// "the 24-year-old", "her German counterpart": a definite description of someone named before.
const DEFINITE = /^(?:the|his|her|its|their)$/i;

// "al-Qadi", "el-Sisi": a name may open with a lower-case particle.
const CAP = /^(?:[\p{Lu}]|(?:al|el|ad|bin|ibn|abu)-\p{Lu})[\p{L}'’.-]*$/u;
const isCap = (w: string): boolean => CAP.test(w);
// Courtesy titles say nothing about a role ("Ms Reeves").
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx)\.?$/i;
// An organisation's name ends in one of these ("Ukraine’s Presidential Office", "Institute for Fiscal Studies").
const ORG_END = /^(?:Forces|Force|Guard|Corps|Navy|Brigade|Office|Ministry|Department|Agency|Institute|Studies|Council|Commission|Committee|Party|Union|Bank|Fund|Group|Foundation|Court|Government|Kremlin|Treasury|Pentagon|Police|Army|Service|Board|Authority|Organisation|Organization|Association|Federation|Centre|Center|News|Times|Post|Press|Alliance|Forum|Administration|Airlines|Underwriters|Control|Reuters|Bloomberg|Interfax|Tass|Novosti)$/;
const GROUP_TAIL = /\band\s+(?:its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:allies|partners|supporters|backers|neighbours|neighbors|colleagues)$/u;
const GLUE_IN_NAME = /^(?:of|for|and|de|van|von|der|den|da|di|du|del|le|la)$/;
const PRONOUN_WORDS = new Set(PRONOUNS);
const ORG_NOUN = /^(?:office|ministry|department|agency|government|campaign|team|embassy|administration|company|firm|military|police|council)$/;
const GROUP_PLURAL = /^(?:crowd|crowds|audience|demonstrators|spectators|mourners|onlookers|marchers|researchers|authors|scientists|investigators|organisers|organizers|campaigners|leaders|officials|critics|lawmakers|analysts|economists|residents|experts|supporters|opponents|protesters|investors|diplomats|activists|campaigners|ministers|executives|scientists|doctors|unions|allies|witnesses|locals|villagers|parents|students|workers|fans|neighbours|neighbors|survivors|families|passengers|nurses|teachers|farmers|traders|members)$/;
// Only a first word (a nationality, "Ukrainian officials") may be capitalised in an unnamed group.
const k0 = (w: string, words: string[]): boolean => words.indexOf(w) === 0 || (words.indexOf(w) === 1 && /^(the|some|many)$/i.test(words[0]!));

/**
 * Splits a subject phrase ("Russian Deputy Foreign Minister Sergei Ryabkov", "A Bloomberg News
 * spokesperson", "Kiev and its allies", "the president", "he") into name, title, pronoun or role.
 */
export function parseNamePhrase(phrase: string): NamePhrase | null {
  // "Prime Minister Narendra Modi Saturday said": the wire's day after the subject is no part of it.
  const trimmed = phrase.replace(/[,;:]+$/g, '').trim();
  const clean = WEEKDAY.test(trimmed.split(/\s+/).pop() ?? '') && trimmed.includes(' ') ? trimmed.replace(/\s+\S+$/, '') : trimmed;
  const words = clean.split(/\s+/).filter(Boolean);
  const none = { name: null, title: null, pronoun: null, role: null, collective: false };
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (words.length === 1 && PRONOUN_WORDS.has(last.toLowerCase())) return { ...none, pronoun: last.toLowerCase() };
  // "the Wyoming Republican", "the Ohio Democrat": a party member is a role standing for someone named before.
  if (/^(?:the|a)$/i.test(words[0]!) && (PARTY_MEMBER.test(last) || isNationality(last))) return { ...none, role: clean };
  // "Japanese and Chinese officials": nationalities before a plural group are the group's description.
  if (words.length >= 2 && GROUP_PLURAL.test(last) && words.slice(0, -1).every((w) => isNationality(w) || /^(?:and|&)$/.test(w)) && isNationality(words[0]!)) return { ...none, name: clean, collective: true };
  // "Bank of England Deputy Governor Martin Elphick": a body, a title word, then the person's name.
  const titled = /^(.+\s)(\S+)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})$/u.exec(clean);
  if (titled && isRoleWord(titled[2]!) && /\s(?:of|for)\s/.test(titled[1]!) && !titled[3]!.split(/\s+/).some((w) => isRoleWord(w) || ORG_END.test(w))) {
    return { ...none, name: titled[3]!, title: `${titled[1]}${titled[2]}`.trim() };
  }
  // "The Association of American Railroads": an organisation's head noun and "of" make the whole run its name.
  const head = /^(?:[Tt]he\s+)?(\p{Lu}\p{L}+\s+(?:of|for)\s+.+)$/u.exec(clean);
  if (head && ORG_HEAD.test(head[1]!.split(/\s+/)[0]!) && head[1]!.split(/\s+/).every((w) => isCap(w) || GLUE_IN_NAME.test(w))) {
    return { ...none, name: head[1]!, collective: true };
  }
  // "The prime minister’s official spokesperson": a standing office, named as the reader knows it.
  const ownSpokes = /^(?:[Tt]he\s+)?([a-z][a-z ]*?)[’']s\s+(?:official\s+|chief\s+|deputy\s+)?(spokes(?:man|woman|person))$/u.exec(clean);
  if (ownSpokes) return { ...none, name: `${ownSpokes[2]} for the ${ownSpokes[1]}`, title: ownSpokes[2]!, collective: true };
  // "A spokesperson for Northvale Police": the organisation speaks through its spokesperson.
  // "A spokeswoman for the Ohio secretary of state’s office": a named office in lower case is the body too.
  const office = SPOKES_FOR_OFFICE.exec(clean);
  if (office && /\p{Lu}/u.test(office[2]!)) return { ...none, name: office[2]!, title: office[1]!.toLowerCase(), collective: true };
  const spokes = SPOKES_FOR.exec(clean);
  if (spokes) return { ...none, name: spokes[2]!.replace(/[’']s$/, ''), title: spokes[1]!.toLowerCase(), collective: true };
  // "a police spokesman": a lower-case body speaks through its spokesperson.
  if (INDEFINITE.test(words[0]!) && words.length > 2 && SPOKES.test(last) && words.slice(1, -1).every((w) => /^\p{Ll}/u.test(w))) {
    return { ...none, name: words.slice(1, -1).join(' '), title: last, collective: true };
  }
  // "one of the people familiar with the matter", "one of the protesters": one member of a described group.
  const oneOf = /^[Oo]ne of the (people|\p{Ll}+s)\b(.*)$/u.exec(clean);
  if (oneOf) return { ...none, name: `${oneOf[1] === 'people' ? 'person' : oneOf[1]!.replace(/s$/, '')}${oneOf[2]}`.trim(), unnamed: true };
  if (INDEFINITE.test(words[0]!) && words.length > 1 && /^\p{Ll}/u.test(last) && !words.some((w) => SPOKES.test(w))) {
    return { ...none, name: description(words.slice(1)), unnamed: true };
  }
  // "a spokeswoman" and nothing else: an unnamed source known only by the role.
  if (INDEFINITE.test(words[0]!) && words.length === 2 && SPOKES.test(last)) return { ...none, name: last, unnamed: true };
  if (GROUP_TAIL.test(clean) && isCap(words[0]!)) return { ...none, name: clean, collective: true };
  // "analysts at Castlegate Securities": a group named with its body.
  if (/^[a-z]+s at \p{Lu}/u.test(clean) && GROUP_PLURAL.test(words[0]!)) return { ...none, name: clean, collective: true };
  // "the president's office", "the mayor’s office": an office named by its holder speaks.
  const holderOffice = /^(?:[Tt]he\s+)?([a-z]+(?:\s+[a-z]+)?[’']s\s+office)$/u.exec(clean);
  if (holderOffice) return { ...none, name: holderOffice[1]!, collective: true };
  // "the Mensah family", "Raman’s supporters": a family or a following speaks as one.
  const kin = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:family|families|camp|supporters|fans|parents|relatives))$/u.exec(clean);
  if (kin) return { ...none, name: kin[1]!, collective: true };
  // "Rep. Gloria Esposito of New Jersey": where a named person is from is not part of the name.
  const from = /^(.*?\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}\p{Lu}[\p{L}.]*(?:\s+(?:(?:&|and)\s+)?\p{Lu}[\p{L}.]*){0,3}(?:\s+[a-z]+)?$/u.exec(clean);
  const fromWords = from?.[1]!.split(/\s+/) ?? [];
  if (from && !fromWords.some((w) => ORG_END.test(w) || /^(?:University|College|School|Hospital|Trust|Bank|Museum|Church|City|State|Republic|Kingdom|House|Board)$/.test(w) || /^(?:of|for|[Tt]he)$/.test(w))) return parseNamePhrase(from[1]!);
  // "business leaders", "Ukrainian officials": an unnamed group speaks.
  // ("Witnesses reported": one capitalised word opening a sentence is the same group.)
  if (words.length === 1 && GROUP_PLURAL.test(last.toLowerCase())) return { ...none, name: last, collective: true };
  if (GROUP_PLURAL.test(last) && (words.every((w) => !isCap(w) || k0(w, words)) || words.slice(0, -1).every((w) => isCap(w) || /^(?:the|some|many)$/i.test(w)))) return { ...none, name: words.filter((w, k) => !(k === 0 && /^(the|some|many)$/i.test(w))).join(' '), collective: true };
  let i = words.length;
  // "Article 19", "Channel 4": a number after a capitalised word is part of the name.
  const nameWord = (k: number): boolean =>
    (isCap(words[k]!) || (/^\d+$/.test(words[k]!) && k > 0 && isCap(words[k - 1]!))) && (!isRoleWord(words[k]!) || surnameOfRole(k)) && !notName(words[k]!);
  // "Chief James White", "Premier Dennis King": a title word is a surname after a first name.
  const surnameOfRole = (k: number): boolean => isTitleSurname(words, k);
  // "Institute for Fiscal Studies": a lower-case joining word between capitalised words stays in the name.
  while (i > 0 && (nameWord(i - 1) || (i > 1 && GLUE_IN_NAME.test(words[i - 1]!) && nameWord(i - 2) && i < words.length))) i--;
  // "Ukraine’s Presidential Office": inside an organisation's name, role-like words are part of the name.
  // "Chief Minister's Office", "People's Party": a possessive inside an organisation's name belongs to it.
  const orgWord = (k: number): boolean => isCap(words[k]!) && (!/[’']s$/.test(words[k]!) || (k > 0 && isCap(words[k - 1]!) && !notName(words[k - 1]!))) && !notName(words[k]!);
  if (i < words.length && ORG_END.test(last)) while (i > 0 && (orgWord(i - 1) || (i > 1 && /^(?:of|for)$/.test(words[i - 1]!) && orgWord(i - 2)))) i--;
  // "Filmmaker Atom Egoyan": a capitalised occupation opening the phrase is the title.
  if (i === 0 && leadsWithOccupation(words)) i = 1;
  // "Permanent Representative to the UN Vasily Nebenzya": the body's letters before a name end the title.
  if (words.length - i >= 3 && /^\p{Lu}{2,4}$/u.test(words[i]!) && words.slice(i + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_END.test(w))) i++;
  const nameWords = words.slice(i);
  const before = words.slice(0, i).filter((w, k) => !(k === 0 && /^(the|a|an)$/i.test(w)) && !HONORIFIC.test(w));
  // "National Institute for Health and Care Research": a name with joining words inside may run longer.
  const longest = nameWords.some((w) => GLUE_IN_NAME.test(w)) ? 6 : 4;
  if (nameWords.length > 0 && nameWords.filter(isCap).length <= longest) {
    const name = nameWords.join(' ');
    // "Office of Foreign Assets Control": "of" or "for" inside a name makes it an organisation's.
    const orgLike = ORG_END.test(nameWords[nameWords.length - 1]!.replace(/[’']s$/, '')) || nameWords.some((w) => /^(?:of|for)$/.test(w));
    // "Ukraine’s Presidential Office": the possessive owner is part of an organisation's name.
    const owner = orgLike && before.length && /[’']s$/.test(before[before.length - 1]!) ? before.pop() + ' ' : '';
    return { ...none, name: owner + name, title: before.length ? before.join(' ') : null, collective: orgLike };
  }
  // "The White House budget office": an office or team named by lower-case words after capitalised ones.
  if (nameWords.length === 0 && ORG_NOUN.test(last) && before.length === 1) return { ...none, name: last, collective: true };
  if (nameWords.length === 0 && ORG_NOUN.test(last) && before.some(isCap)) return { ...none, name: before.join(' '), collective: true };
  // "the Kremlin", "the White House": capitalised title words naming no person are the institution.
  if (nameWords.length === 0 && before.length && before.every((w) => isCap(w) && !notName(w)) && !isPersonHead(last.toLowerCase().replace(/[’']s$/, ''))) {
    return { ...none, name: before.join(' '), collective: true };
  }
  if (nameWords.length === 0 && isRoleWord(last) && before.some(isRoleWord)) {
    // "A Bloomberg News spokesperson": an organisation speaks through an unnamed role holder.
    // ("A Scottish government spokesperson": the lower-case body noun belongs to the body's name.)
    // ("A Department for Education spokesperson": a joining word between two of the body's words stays.)
    const inOrg = (w: string): boolean => (isCap(w) && !isRoleWord(w) && !notName(w)) || (ORG_NOUN.test(w) && before.some(isCap));
    const org = before.filter((w, k) => inOrg(w) || (GLUE_IN_NAME.test(w) && k > 0 && inOrg(before[k - 1]!) && inOrg(before[k + 1] ?? '')));
    const roles = before.filter((w) => !isCap(w) || isRoleWord(w));
    // Only a spokesperson-like role speaks for the body: "the former Sunderland defender" is a person.
    if (org.length && /^[a-z]/.test(before[before.length - 1]!) && VOICE.test(last)) return { ...none, name: org.join(' '), title: roles.join(' '), collective: true };
    return { ...none, role: before.join(' ') };
  }
  if (DEFINITE.test(words[0]!) && words.length <= 4 && /^[\p{Ll}\d]/u.test(last) && nameWords.length === 0) return { ...none, role: clean };
  // "the former One Direction star", "Manchester United star": a team or a band before a noun for a person describes someone named before.
  if (nameWords.length === 0 && words.length <= 7 && /^\p{Ll}/u.test(last) && isPersonHead(last) && words.slice(0, -1).some(isCap)) return { ...none, role: clean };
  return null;
}

// "person familiar with the talks", "source close to the board": stock phrases that are the whole description.
const STOCK = /\b(?:familiar with|close to|with knowledge of|briefed on)\b/;
const MODIFIER_AFTER = /^(?:in|at|from|on|with|for|to|inside|within|who|that|[a-z]+ed|[a-z]+ing)$/;

/** "senior diplomat involved in the talks" → "senior diplomat": the words after the noun only place it. */
function description(words: string[]): string {
  // "source close to the player told": the verb that follows is no part of who spoke.
  while (words.length > 1 && isSpeechVerb(words[words.length - 1]!)) words = words.slice(0, -1);
  if (STOCK.test(words.join(' '))) return words.join(' ');
  const cut = words.findIndex((w, k) => k > 0 && MODIFIER_AFTER.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).join(' ');
}
