import type { Person } from './people';
import { mentionsIn } from './pronouns';
import { ORG_WORD } from './organisations';
import { isNationality, isRoleWord, NON_PERSON_WORDS, notName } from './words';
import { isPlaceName } from './places';
import { isCommonWord } from './common-words';

/* How a story writes a person's name: a spouse's family name, family name first, the name at the end of a long title. */

const KIN_TITLE = /\b(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|mum|dad)$/;

/** "Marisol Brandt … Her husband, Daniel,": a spouse or child named by first name shares the family name. */
export function kinName(name: string, title: string | null, before: string, people: Person[]): string {
  if (name.includes(' ') || !title || !KIN_TITLE.test(title)) return name;
  const relative = mentionsIn(before, people).map((m) => m.person).filter((p) => !p.unnamed && p.name.includes(' ')).pop();
  return relative ? `${name} ${relative.name.split(/\s+/).pop()}` : name;
}

/**
 * "The Weeknd … the Weeknd apologized": a one-word name the story always writes after "the" is a
 * stage name that holds the article ("The Weeknd", "The Edge"); any other name comes back as it was.
 */
export function stageName(name: string, text: string): string {
  // (Not "the Pentagon", "the Victorian": a body or a word of the language.)
  if (name.includes(' ') || !/^\p{Lu}[\p{L}’'-]+$/u.test(name) || NON_PERSON_WORDS.has(name) || isCommonWord(name) || isNationality(name)) return name;
  // (Most names never follow "the": a plain search rules them out before the whole story is scanned.)
  if (!text.includes(`he ${name}`)) return name;
  const all = [...text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))];
  const afterThe = all.filter((m) => /\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.index! - 4), m.index!)));
  return all.length >= 2 && afterThe.length === all.length ? `The ${name}` : name;
}

/**
 * "Leong Kah Wai … Mr Leong said", "Chua Kok Leong … Mr Chua": when the story calls someone by the
 * first word of their name more often than by the last, that first word is their family name.
 */
export function markFamilyFirst(paragraphs: string[], people: Person[]): void {
  const text = paragraphs.join('\n');
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const count = (re: string): number => [...text.matchAll(new RegExp(re, 'gu'))].length;
  for (const p of people) {
    const w = p.name.split(/\s+/);
    if (p.unnamed || w.length < 2 || /\./.test(p.name)) continue;
    const [first, next, last, before] = [esc(w[0]!), esc(w[1]!), esc(w[w.length - 1]!), esc(w[w.length - 2]!)];
    // The first word on its own (not opening the full name) against the last word on its own.
    // ("Paul Biya" beside "Paul Atanga Nji": a first word opening someone else's full name does not count.)
    const firstAlone = count(`(?<![\\p{L}’'-])${first}(?![\\p{L}’'-])(?!\\s+${next})(?!\\s+\\p{Lu})`);
    const lastAlone = count(`(?<!${before}\\s+)(?<![\\p{L}’'-])${last}(?![\\p{L}’'-])`);
    // ("Jim Larsen … says Larsen … Jim had to …": a story that uses both words alone is on first-name terms,
    // unless a courtesy title stands before the first word, as it does before a family name.)
    // (Counted only when it decides: most people are named by their last word more often.)
    const courtesy = (): boolean => count(`\\b(?:Mr|Mrs|Ms|Madam|Dr)\\.?\\s+${first}(?![\\p{L}’'-])`) > 0;
    if (firstAlone > lastAlone && (lastAlone === 0 || courtesy())) p.familyFirst = true;
  }
}

// Particles that join a name's parts ("Naveed Ul Hassan Shah", "Faisal bin Hamoud"): never its last two words alone.
const JOINING_PARTICLE = /^(?:[Uu]l|[Uu]d|[Uu]r|bin|ibn|bint|abu)$/;

// The last word of a minister's portfolio ("Minister for Climate Change", "… of Home Affairs").
const PORTFOLIO = /^(?:Affairs|Change|Development|Resources|Protection|Security|Health|Education|Defen[cs]e|Finance|Justice|Trade|Industry|Industries|Energy|Transport|Environment|Agriculture|Interior|Welfare|Planning|Works|Services|Relations|Housing|Communities|Culture|Sport|Sports|Tourism|Information|Technology|Commerce|Labour|Labor|Employment|Water|Power|Railways|Communications|Revenue|Investment|Fisheries|Forests|Forestry|Irrigation|Mines|Minerals|Petroleum|Aviation|Shipping|Youth|Women|Children|Affairs|Equality|Heritage|Science|Innovation|Immigration|Migration|Infrastructure|Government|Treasury|Excise|Taxation|Prosecutions|Police|Minister|Secretary|Governor|Commissioner|Chairman|Chairperson|Director|President)$/;

/** True for a word that names a minister's portfolio, in any case ("trade", "Home", "Affairs"). */
export const isPortfolioWord = (word: string): boolean => PORTFOLIO.test(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());

/**
 * "NYPD Chief of Detectives Raymond Castillo", "Ecology Ivan Wong Siu-kei": a long run whose title
 * words were not all recognised still ends in the name: the last two words (three before a
 * hyphenated given name), when they follow a title word rather than "of", "for" or "and".
 */
export function nameAtEnd(run: string): string | null {
  const words = run.split(/\s+/);
  // "Koh Wei Ming": three short words at the end are a family-name-first name.
  const threeShort = words.length > 3 && words.slice(-3).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) && !JOINING_PARTICLE.test(words[words.length - 3]!);
  // "… for Environment Protection and Climate Change Ayesha Rehman Khokhar": when the word before
  // the last two is no portfolio but the one before it is, the name has three words.
  const afterPortfolio = words.length >= 4 && !PORTFOLIO.test(words[words.length - 3]!) && PORTFOLIO.test(words[words.length - 4]!);
  // ("Jean-Marie Gustave Le Clezio", "Thamir Abbas Al Ghadhban": a particle before the surname goes with it, and so does the given name before.)
  const particle = /^(?:Le|La|De|Du|Da|Di|Del|Della|Van|Von|Al|El|Dos|Das)$/.test(words[words.length - 2] ?? '');
  if (particle && words.length <= 4 && !words.some((w) => isRoleWord(w) || PORTFOLIO.test(w))) return null;
  const size = particle ? 3 : /-\p{Ll}/u.test(words[words.length - 1] ?? '') || threeShort || afterPortfolio ? 3 : 2;
  if (words.length <= size) return null;
  // ("Iran's Bijan Namdar Zangeneh": an owner before a name of three words says where they are from; the name is all three.)
  if (words.length === 4 && /[’']s$/.test(words[0]!)) return null;
  // "Naveed Ul Hassan Shah", "Faisal bin Hamoud Harthy": a particle before the last two joins the name to the word before it.
  if (JOINING_PARTICLE.test(words[words.length - size - 1]!)) {
    return words.length === size + 2 ? null : words.slice(-(size + 2)).join(' ');
  }
  const tail = words.slice(-size);
  const lead = words[words.length - size - 1]!;
  const nameLike = tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_WORD.test(w) && !NON_PERSON_WORDS.has(w) && !notName(w));
  return nameLike && !/^(?:of|for|and|the|&)$/.test(lead) && (words.length > 3 || /\s(?:of|for)\s/.test(run)) ? tail.join(' ') : null;
}

/**
 * "… of Treasury and Finance Nicolás Dujovne", "High Commissioner to India Shahid Malik", "Impressive
 * Peter Toroitich", "Dubliner Leah Brennan", "envoy to the UN Vasily Nebenzya": a portfolio word after "and" or "of", a country after "to", an
 * everyday word, a demonym or a plural of people opening a three-word run is no part of the name.
 */
export function withoutLeadingQualifier(before: string, words: string[]): string[] {
  if (words.length !== 3) return words;
  const portfolio = PORTFOLIO.test(words[0]!) && /\b(?:and|of|for|&)\s+$/.test(before);
  const country = (isPlaceName(words[0]!) || /^\p{Lu}{2,4}$/u.test(words[0]!)) && /\b(?:to|in|of|for|at)\s+(?:the\s+)?$/.test(before);
  // ("Patient Dennis Cheese": a surname may be an everyday word too; the given name after the qualifier may not.)
  const everyday = isCommonWord(words[0]!) && !isCommonWord(words[1]!);
  // "Dubliner Leah Brennan", "Attendees Tanya Quinn": where someone is from, or a plural of people.
  // ("Kenyans Abel Kirui and Wilson Kipsang": a plural nationality before a list of names.)
  const demonym = (/(?:er|ian|ite)$/.test(words[0]!) && isPlaceName(words[0]!.replace(/(?:er|ian|ite)$/, ''))) || isNationality(words[0]!.replace(/s$/, ''));
  const group = /^\p{Lu}\p{Ll}{3,}(?:ees|ers|ists|ants|ents)$/u.test(words[0]!);
  return portfolio || country || everyday || demonym || group ? words.slice(1) : words;
}
