import { capitalisedRuns } from './runs';
import { roleBefore, splitRoles, withoutCourtesy } from './person-titles';
import { bareName, candidatesFor, sealPeople } from './identity';
import { narration } from './narration';
import { ORG_WORD, organisationsOf } from './organisations';
import { unnamedSources } from './unnamed';
import { learnPronouns, type Pronoun } from './pronouns';
import { isDescribedPlace, isPlaceAfterPreposition, isPlaceName, isCompassWord } from './places';
import { namesAThing } from './thing-names';
import { isNationality, isPersonNoun, isPlaceSurname, isRoleWord, isTitleWord, isSpeechVerb, isTitleSurname, NON_PERSON_WORDS, SPEECH_VERB_NEXT, SPEECH_VERBS, DESCRIBED_SOMEONE } from './words';
import { isCommonWord } from './common-words';
import { kinName, markFamilyFirst, nameAtEnd, withoutLeadingQualifier } from './name-shapes';
import { addPerson, spokespeopleOfPeople } from './person-list';

export { findPeopleMentionedIn, lookupPerson, principalOf } from './person-list';

/** A person the text names, with the role words seen before the name (if any). */
export interface Person {
  name: string;
  title: string | null;
  /** True when the text never names them and the name is their description ("senior FAA official"). */
  unnamed?: true;
  /** The pronoun the text uses for them, when it says (see pronouns.ts). */
  pronoun?: Pronoun;
  /** True when the surname was taken from a relative ("Kamathi’s mother Angeline"): the story never writes it with this name. */
  surnameInferred?: true;
  /** True when the family name comes first ("Leong Kah Wai", later "Mr Leong"), as the text's own usage shows. */
  familyFirst?: true;
}

// ("Jin also wrote": an adverb may stand between the name and its verb.)
const VERB_AFTER = new RegExp(`^\\s*(?:(?:also|later|then|never|still|first|again|once)\\s+)?(?:${SPEECH_VERBS}|[a-z]+ed|[a-z]+s)\\b`);
// ("Barry, (75), said": an age in brackets too.)
const APPOSITIVE_AFTER = /^\s*,\s*(?:a|an|the|who|\(?\d{1,3}\)?\s*,)/;
const PARTY_MEMBER = /\b(?:Democrat|Republican|Independent|Tory|Conservative|Liberal Democrat|Socialist|Nationalist)s?$/u;
// "in Long Beach", "near Port Harcourt": after these, a run of names is a place, however long.
const PLACE_BEFORE = /\b(?:in|near|across|outside|inside|throughout|around)\s+$/;
const LOCATIVE = /\b(?:in|at|from|to|near|across|outside|inside|into|around|throughout|via|towards|toward|of)\s+$/;

const DESCRIBED_BEFORE = new RegExp(`(?:^|[.;]\\s+)${DESCRIBED_SOMEONE}\\s*$`);

const NICKNAME = /(\p{Lu}[\p{L}’'-]+)\s+[“"‘][^”"’]{1,30}[”"’]\s+(?=\p{Lu})/gu;

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?][”"’']?\s+)$/.test(text.slice(Math.max(0, index - 4), index)) || index === 0;
}

/**
 * The people a text names, in order of first mention: runs of two or more capitalised words that are
 * not organisations, or any run with a role word before it, a speech verb or an appositive after it.
 */
export function findPeople(paragraphs: string[]): Person[] {
  const people: Person[] = [];
  // Towns the text places in their state or province: no later mention of them is a person either.
  const towns = new Set<string>();
  for (const paragraph of paragraphs) {
    // Tom “The Hammer” Davies is Tom Davies: a quoted nickname inside a name is not part of it.
    const text = paragraph.replace(NICKNAME, '$1 ');
    const told = narration(text);
    for (const source of unnamedSources(told)) {
      if (!people.some((p) => p.unnamed && p.name === source.name)) people.push({ ...source, unnamed: true });
    }
    for (const raw of capitalisedRuns(text)) {
      // "The Cauvery Stage V project will …" inside a quote names a project, not a speaker: a name met
      // only inside someone's words may fill in a known person ("Fiona saved us") but adds no one.
      const quoted = !told.slice(raw.index, raw.index + raw.text.length).trim();
      // "The Association of American Railroads", "R-Texas", "the Ohio Democrat": organisations, party tags, party members.
      if (raw.text.split(/\s+/).some((w) => /^[RDI]-\p{Lu}/u.test(w)) || PARTY_MEMBER.test(raw.text)) continue;
      const { name: run, roleWords } = splitRoles(raw);
      // "Bank of England Deputy Governor Martin Elphick" keeps the name after the title; "Ministry of
      // Foreign Affairs" and "Association of American Railroads" leave no name of two words: organisations.
      const ofIn = /\s(?:of|for)\s/;
      const tail = nameAtEnd(run.text);
      if (!tail && ofIn.test(raw.text) && (ofIn.test(run.text) ? !/^(?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+ of \p{Lu}/u.test(run.text) : run.text.split(/\s+/).length < 2)) continue;
      // "Gloria Esposito of New Jersey": a person's run may carry where they are from after "of".
      const ofPlace = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}) of \p{Lu}/u.exec(run.text);
      // "NYPD Chief of Detectives Raymond Castillo", "Minister for Housing Cathal Brennan": a long run
      // whose title words were not all recognised still ends in the name.
      const ofPerson = ofPlace && !ORG_WORD.test(ofPlace[1]!.split(/\s+/).pop()!) && !ofPlace[1]!.split(/\s+/).some(isTitleWord);
      // "James Tolliver of Hill Street Baptist Church": a person of a named body, not a name at the run's end.
      const ofBody = ofPerson && /\s(?:Church|Chapel|Mosque|Temple|Synagogue|School|Hospital|College|University|Council|Club|Trust|Association|Society|Union)$/.test(run.text);
      const fullRun = ofBody ? ofPlace![1]! : tail ?? (ofPerson ? ofPlace![1]! : run.text);
      // "Britain's Ellie Harcourt": an owner before a two- or three-word name is where they are from
      // (not "Glasgow’s West End", a place's part).
      const owner = /^\p{Lu}[\p{L}-]*[’']s\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})$/u.exec(fullRun);
      const owned = !!owner && !ORG_WORD.test(owner[1]!.split(/\s+/).pop()!) && !/^(?:North|South|East|West|Central|Upper|Lower|Greater|Old|New)\s/.test(owner[1]!);
      // "Ailsa McTavish’s The Salt Hours": a name owning a title ends at the possessive.
      const owning = /^(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})[’']s\s+\p{Lu}/u.exec(fullRun);
      const runText = owned ? owner![1]! : owning ? owning[1]! : fullRun;
      // "Out-half Cian Moloney", "Full-back Ann Lee": a hyphenated position before a name is no part of it.
      // "Ministers of Treasury and Finance Nicolás Dujovne", "Impressive Peter Toroitich": not the name's first word.
      const words = withoutLeadingQualifier(text.slice(0, run.index), bareName(runText).split(/\s+/)).map((w) => w.replace(/[’'](?:s)?$/, '')).filter((w, k, all) => !(k < all.length - 2 && /-\p{Ll}/u.test(w)));
      // "Kenyan", "North Korean": a nationality, with or without its compass point, is no name.
      if (words.some(isNationality) && words.every((w) => isNationality(w) || isCompassWord(w))) continue;
      // "LOS ANGELES, March 19 (Agencies):": words all in capitals are a dateline or a body's letters, not a name.
      // ("A WOMAN has told …": a story's first words set in capitals are no name either.)
      if ((words.length > 1 || /^\p{Lu}{3,}$/u.test(words[0]!)) && words.every((w) => w === w.toUpperCase())) continue;
      // "New Delhi: External Affairs Minister …": a place and a colon opening a paragraph are its dateline.
      if (!text.slice(0, run.index).trim() && /^\s*:/.test(text.slice(run.index + run.text.length))) continue;
      // ("Angela Washington", "parent Stephanie Lane told": a place's word after a first name may be a surname.)
      const cued = (): boolean => !!roleBefore(text, run.index) || SPEECH_VERB_NEXT.test(text.slice(run.index + run.text.length, run.index + run.text.length + 30));
      const surname = (w: string, k: number): boolean => !isCompassWord(words[0]!) && isPlaceSurname(words, k, cued);
      if (!runText || words.some((w, k) => (NON_PERSON_WORDS.has(w) && !surname(w, k)) || ((isTitleWord(w) || (w.includes('-') && isRoleWord(w))) && !/^(?:ben|abu)$/i.test(w) && !isTitleSurname(words, k)) || ORG_WORD.test(w) || /^(?:of|for)$/.test(w))) continue;
      // "Britain's Ellie Harcourt": an owner before a two- or three-word name is where they are from.
      // "Glasgow’s West End": a possessive inside a run makes it a place's or an organisation's name.
      // "CFO", "BBMP": an acronym is an office or a body, not a person.
      // "Passive-aggressive" alone is no name; "Lau Chi-keung", "Vivian Kwok Wai-man" are (given names after the family name).
      const acronym = /^\p{Lu}{2,6}s?$/u.test(words[words.length - 1]!);
      if ((acronym && words.length > 1) || /[’']s\s/.test(runText) || (words.length === 1 && /-\p{Ll}/u.test(words[0]!) && !/^(?:al|el|bin|ibn|abu)-/i.test(words[0]!))) continue;
      // "Meridian" after "Meridian Marine Underwriters", "American Red Cross" that "says it is": organisations.
      const orgs = organisationsOf(paragraphs);
      const full = words.join(' ');
      if (orgs.has(full) && (words.length === 1 || orgs.get(full) === full)) continue;
      const after = text.slice(run.index + run.text.length, run.index + run.text.length + 40);
      // "veteran Vidarbha wicketkeeper Akshay Ramteke", "a former India A batter": one word before a
      // role noun qualifies the role (a team, a country); the person is whoever the role belongs to.
      const role = /^\s+(?:\p{Lu}\s+)?(\p{Ll}[\p{L}-]+)/u.exec(after)?.[1];
      if (words.length === 1 && role && isPersonNoun(role) && !isSpeechVerb(role)) continue;
      // ("Minister of State for Foreign Affairs Hina Rabbani Khar": the words the name's end leaves over finish the title.)
      const leftover = tail && roleWords.length ? run.text.slice(0, run.text.lastIndexOf(tail)).trim() : '';
      const written = roleWords.length ? [roleBefore(text, raw.index), ...roleWords, leftover].filter(Boolean).join(' ') : roleBefore(text, run.index);
      const title = withoutCourtesy(written);
      // "leader RM wrote": letters alone name a body, unless a person's role stands before them.
      if (acronym && !written) continue;
      // "Super Eagles", "a special Brexit summit": everyday words and a noun's qualifier name no one.
      if (namesAThing(words, written, role)) continue;
      // ("the March issue of British Vogue": one word after a lone nationality, with no verb of its own, is a title or a brand.)
      if (words.length === 1 && written && isNationality(written) && !VERB_AFTER.test(after)) continue;
      // "South Korea’s top point man", "Seoul said": a country or a city is nobody a pronoun stands for.
      if (!title && (isPlaceName(words.join(' ')) || isDescribedPlace(words) || isPlaceAfterPreposition(text.slice(Math.max(0, run.index - 16), run.index), words))) continue;
      // "the Vernon, B.C., man", "Greenwich, Conn., said": a town followed by its state or province.
      const region = /^,\s+((?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s*,/u.exec(after)?.[1];
      if (!title && region && (region.endsWith('.') || isPlaceName(region))) {
        towns.add(words.join(' '));
        continue;
      }
      // A lone capitalised word opening a sentence ("Critics called …") may be any noun: it needs a
      // role or an appositive; mid-sentence, a verb after it is enough. "in Leith," is a place.
      // "after the Great Recession", "across the Black Sea": "the" straight before a name without a title makes it a thing's.
      // ("The Cedi continues to fall": the same for one word after "The" opening a sentence.)
      // (Not "to the UN Vasily Nebenzya": letters and a full name after them.)
      const lettersThenName = /^\p{Lu}{2,4}\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(run.text);
      if (!title && !tail && !lettersThenName && /\bthe\s+$/.test(text.slice(Math.max(0, run.index - 4), run.index))) continue;
      // ("as they played The Star-Spangled Banner": a capital "The" inside a sentence opens a title.)
      if (!title && /\S\s+The\s+$/.test(text.slice(Math.max(0, run.index - 8), run.index)) && !atSentenceStart(text, run.index - 4)) continue;
      if (!title && words.length === 1 && /(?:^|[.!?]["”’']?\s+)The\s+$/.test(text.slice(Math.max(0, run.index - 8), run.index))) continue;
      // "at a Toronto news conference": a name after "a" or "an" qualifies a noun; nobody is called that.
      if (!title && /(?:^|\s)(?:a|an)\s+$/.test(text.slice(Math.max(0, run.index - 4), run.index))) continue;
      const placed = !title && (words.length === 1 ? LOCATIVE : PLACE_BEFORE).test(text.slice(Math.max(0, run.index - 12), run.index));
      // ("Rihanna told Vogue …" opening a sentence: a word no dictionary holds, before a speech verb, is someone's name.)
      const namedSpeaker = words.length === 1 && !isCommonWord(words[0]!) && !isNationality(words[0]!) && !/(?:ers|ors|ists|ians|ants|ents)$/.test(words[0]!) && SPEECH_VERB_NEXT.test(after);
      const cueAfter = !placed && (APPOSITIVE_AFTER.test(after) || (VERB_AFTER.test(after) && (!atSentenceStart(text, run.index) || namedSpeaker)));
      // "Ray and Loretta Rice", "William and Rosa Wilder Langston": a couple named together share the surname written once, after the second.
      const couple = words.length === 1 && !candidatesFor(people, words[0]!).length && /^\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}[\p{L}’'-]+)\b(?!\s+\p{Lu})/u.exec(after);
      // ("A driver, Awolola, said": one word set off by commas after someone described is what they are called.)
      const setOff = words.length === 1 && /^\s*,/.test(after) && DESCRIBED_BEFORE.test(text.slice(0, run.index));
      const looksLikePerson = words.length >= 2 || written !== null || cueAfter || !!couple || setOff;
      // Particles do not count towards a name's length: "Faisal bin Hamoud al-Harthy", "Pádraig Ó Ceallaigh".
      const core = words.filter((w) => !/^(?:bin|ibn|bint|ben|abu|Ó|Ní|Nic|Uí|van|von|de|der|den|da|di|du|del|le|la|[Uu]l|[Uu]d|[Uu]r)$/.test(w));
      // ("Luiz Inacio Lula da Silva": a name with a particle may have four words of its own.)
      // ("Councilor Mary Ellen Daly O'Brien": so may one written after a person's title.)
      if (!looksLikePerson || core.length > (core.length < words.length || written ? 4 : 3)) continue;
      // "The Brandts paid …": a family by its plural surname is the couple, not a person called Brandts.
      if (words.length === 1 && /s$/.test(words[0]!) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, run.index - 4), run.index))) continue;
      // ("… said the mayor, 'Chief Michael Harrison.'": a full name with a title, even inside a quote, is a person.)
      if (quoted && !candidatesFor(people, words.join(' ')).length && !(words.length >= 2 && title)) continue;
      if (couple && !ORG_WORD.test(couple[1]!) && !NON_PERSON_WORDS.has(couple[1]!)) words.push(couple[1]!);
      const name = kinName(words.join(' '), title, text.slice(0, run.index), people);
      addPerson(people, name, title);
      // ("Kamathi’s mother Angeline": a surname the story never writes with her name.)
      const added = name !== words.join(' ') ? people.find((p) => p.name === name) : undefined;
      if (added) added.surnameInferred = true;
    }
  }
  people.splice(0, people.length, ...people.filter((p) => !towns.has(p.name)));
  // ("Ferdinand Marcos Jr."): the full stop of a generation is part of the name as the story prints it.
  for (const p of people) if (/\s(?:Jr|Sr)$/.test(p.name) && paragraphs.some((text) => text.includes(`${p.name}.`))) p.name += '.';
  spokespeopleOfPeople(people);
  markFamilyFirst(paragraphs, people);
  sealPeople(people);
  learnPronouns(paragraphs, people);
  return people;
}
