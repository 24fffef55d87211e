import { isNationality, isRoleWord } from './words';
import { isPortfolioWord } from './name-shapes';
import { isPlaceName } from './places';
import type { QuoteSpan } from './quote-spans';

// "known to a generation of viewers as ‘…’": a name someone goes by, held at arm's length.
const KNOWN_AS = /\bknown\b[^.;:“”"‘’«»„]{0,60}\bas\s*$/i;
// "what it calls “four-season” categories": a present-tense naming used as a modifier inside the
// writer's noun phrase (a lower-case word follows the mark) is a term in use, not a remark.
const BEFORE_TERM = /\b(?:what|which)\s+(?:[\p{L}-]+\s+){1,3}(?:calls|call)\s*$/u;

/** True when the words before a quote say it is a name something goes by or a term in use, not a remark. */
export function isTermInUse(text: string, span: QuoteSpan, before: string): boolean {
  if (KNOWN_AS.test(before)) return true;
  return BEFORE_TERM.test(before) && /^\s+\p{Ll}/u.test(text.slice(span.close, span.close + 3));
}

const SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|as|into|over|under|&)$/;

/**
 * ‘Midnight at the Pier’, ‘The Salt Years’: words in title case with no punctuation and no one said
 * after them are the name of a work (a film, book, programme), quoted as display text, not speech.
 */
export function isTitleCase(quoted: string): boolean {
  // American style puts the sentence's comma inside the marks: “Paper Lanterns,” the debut.
  quoted = quoted.replace(/,$/, '');
  // (And its full stop, after a title of three words or more: “100 Greatest Albums of the 2010s.”)
  if (quoted.trim().split(/\s+/).length >= 3) quoted = quoted.replace(/(?<!\b\p{Lu})\.$/u, '');
  // “Heavy Rainfall Alert: Southern Region”: a title may carry a subtitle after a colon.
  // (A colon or a comma inside is a subtitle or a slogan's beat when every word is capitalised.)
  if (/[.!?;…]/.test(quoted) || (/[:,]/.test(quoted) && quoted.split(/\s+/).length < 3)) return false;
  if (/,/.test(quoted) && !quoted.replace(/,/g, '').split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  quoted = quoted.replace(/[:,]/g, '');
  const words = quoted.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w));
  return capitalised.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORD.test(w));
}

const SPELLED_OUT: Record<string, string> = {
  ceo: 'chief executive', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer',
  md: 'managing director', pm: 'prime minister', cllr: 'councillor', cr: 'councillor', sen: 'senator', rep: 'representative',
  gov: 'governor', dr: 'doctor', prof: 'professor', det: 'detective', insp: 'inspector', supt: 'superintendent',
  sgt: 'sergeant', lt: 'lieutenant', col: 'colonel', gen: 'general', capt: 'captain', di: 'detective inspector',
  // Synonyms a story alternates between: "captain Karan Waghmare" … "said the skipper"; "manager" … "the Crues boss".
  skipper: 'captain', boss: 'manager', spokesman: 'spokesperson', spokeswoman: 'spokesperson', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  cs: 'cabinet secretary', sup: 'superintendent',
  dci: 'detective chief inspector', ds: 'detective sergeant', dc: 'detective constable', pc: 'police constable',
};

/** A title with its abbreviations spelled out, lower case: "CFO" → "chief financial officer", "Cllr" → "councillor". */
export function expandTitle(title: string): string {
  return title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => SPELLED_OUT[w.replace(/\.$/, '')] ?? w)
    .join(' ')
    .replace(/\bchief executive officer\b/, 'chief executive')
    // "Justice Roselyne Oyugi" is "the judge"; so is a magistrate or a recorder.
    .replace(/\b(justice|magistrate|recorder)\b/, '$1 judge')
    // "the education secretary, Rachel Whitcombe" … "the minister said": a cabinet secretary is a minister.
    .replace(/\b((?:home|foreign|education|health|defen[cs]e|culture|business|transport|environment|justice|energy|housing|interior|commerce|agriculture|work and pensions|culture|northern ireland|scottish|welsh)\s+secretary|secretary of state)\b/, '$1 minister');
}

/** The initials of a title's capitalised words ("External Affairs Minister" → "EAM"), by which papers shorten it. */
export function titleInitials(title: string | null): string {
  const words = (title ?? '').split(/\s+/);
  // Only an office's title ends in its role word ("… Minister"); "Federal Trade Commission lawyer" is no "FTC".
  if (!/^\p{Lu}/u.test(words[words.length - 1] ?? '') || !isRoleWord(words[words.length - 1]!)) return '';
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

const JOINING = /^(?:a|an|one|another|the|his|her|their|its|of|for|and|&|to|at)$/i;

/**
 * True when a role written with its own qualifiers ("the International Trade Secretary") names another
 * office than a person's title ("US Secretary of State"): both qualify the role's noun and share no
 * qualifier. A role's qualifier counts when it names a portfolio ("the trade secretary"), not a mere
 * description or an owner ("the veteran coach", "the Scorchers captain" are still "Chelsea head coach X").
 */
export function differentOffice(role: string, title: string | null): boolean {
  const words = role.trim().split(/\s+/);
  const noun = words.pop()!.toLowerCase();
  // (A team or a party before the noun says whose, not which office: "the Scorchers captain" is the home skipper.)
  const qualifiers = words.filter((w) => !JOINING.test(w) && isPortfolioWord(w)).map((w) => w.toLowerCase());
  const titled = (title ?? '').split(/\s+/).filter((w) => w && w.toLowerCase() !== noun && !JOINING.test(w) && !isNationality(w) && !isPlaceName(w) && !/^\p{Lu}{1,3}$/u.test(w)).map((w) => w.toLowerCase());
  if (qualifiers.length > 0 && titled.length > 0 && !qualifiers.some((q) => titled.includes(q))) return true;
  // "The US leader" is not the "Israeli leader" named in passing: both say whose, and not the same country.
  // (Compared over all their capitalised words: "United Arab Emirates minister" is the "Emirati Oil Minister".)
  const titleWords = (title ?? '').split(/\s+/);
  if (!countriesIn(words).length || !countriesIn(titleWords).length) return false;
  const theirs = keysOf(titleWords);
  return !keysOf(words).some((c) => theirs.includes(c));
}

/** True when a role and a title name the same country ("the US leader", "US President"). */
export function sameCountry(role: string, title: string | null): boolean {
  const theirs = countriesIn((title ?? '').split(/\s+/));
  return countriesIn(role.trim().split(/\s+/)).some((c) => theirs.includes(c));
}

// The same country in its names and adjectives: "US", "U.S.", "American"; "Israel", "Israeli".
const SAME_COUNTRY: Record<string, string> = { us: 'us', 'u.s.': 'us', american: 'us', america: 'us', uk: 'uk', 'u.k.': 'uk', britain: 'uk', british: 'uk' };

/** Keys for every capitalised word, by the same rule as countries: a place's words may hold its country. */
function keysOf(words: string[]): string[] {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map(countryKey);
}

/** Keys for the countries a role's words name (a nationality and its country share one: the first four letters). */
function countriesIn(words: string[]): string[] {
  return words
    .filter((w) => { const bare = w.replace(/[’']s$/, ''); return /^(?:U\.?S\.?|U\.?K\.?)$/.test(bare) || (/^\p{Lu}\p{Ll}/u.test(bare) && (isNationality(bare) || isPlaceName(bare))); })
    .map(countryKey);
}

/** A word's key as a country ("American" and "US" → "us"; "Israeli" and "Israel" → "isra"). */
function countryKey(word: string): string {
  const bare = word.replace(/[’']s$/, '').toLowerCase();
  return SAME_COUNTRY[bare] ?? bare.slice(0, 4);
}
