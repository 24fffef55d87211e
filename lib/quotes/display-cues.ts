import type { QuoteSpan } from './quote-spans';
import { isTermInUse, isTitleCase } from './titles';

/*
 * Quoted words that are nobody's remark: titles of works, headlines, signs and placards, products,
 * nicknames, and terms held at arm's length. Read from the words around the marks.
 */

// ran a story headlined: “…” / the 1939 film “…” / the sitcom ‘…’: display text and titles.
const BEFORE_TITLE =
  /\b(?:headlined|headline|titled|entitled|code-?named|code name|under the (?:title|name)|film|movie|book|novel|memoir|song|single|track|ballad|anthem|album|EP|LP|record|debut|series|sitcom|documentary|musical|podcast|programme|column|op-ed|essay|poem|hashtag|slogan|banner|placard|sign|motto|reading|survey|exhibition|opera|drama|thriller|comedy|biopic|flick|blockbuster|franchise|sequel)\s*[:,]?\s*$/i;
// told “Access Hollywood.”, said on ABC’s “This Week.”, told the ‘Journal’: the programme or paper spoken to.
const TOLD_OUTLET = /\b(?:told|tells|telling|speaking to|spoke to|talking to|talked to|said to|wrote in|writing in|interview with|(?:said|says|speaking|appearing|appeared|interviewed)\s+on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*[’']s\s+)?$/u;
// “Kerosene,” its lead single / “Atlas,” an AI assistant / “Bhoomi” is a special film: a name followed by what kind of work or thing it is.
const AFTER_WORK =
  /^[\s,]*(?:[,”"’]\s*)?(?:(?:is|was)\s+)?(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,5}?(?:song|single|album|record|EP|track|ballad|anthem|film|movie|documentary|book|novel|memoir|play|musical|show|series|podcast|poem|painting|exhibition|report|study|survey|app|assistant|product|platform|tool|device|model|chatbot|feature|debut|sequel|brand|range)\b/u;
// "the front page read ‘…’", "the paper splashed with “…”": a page's own display text.
const BEFORE_FRONT_PAGE = /\b(?:(?:front[- ]page|cover|splash|headline|banner|strapline|marquee|sign|placard|poster|billboard|plaque|inscription|shirt|t-shirt|caption|message|text|slogan)s?\b[^.“”"‘’«»„]{0,50}?\b(?:(?:will|would)\s+)?(?:read|reads|reading|said|says|saying|declared|declaring|declares|screamed|screaming|proclaimed|proclaiming|bearing)(?:\s+(?:simply|only|just))?|splashed\s+(?:with|on))\s*[:,]?\s*$/i;
// "„Kompromiss“ is a word that …": a word quoted to talk about the word itself.
const AFTER_WORD_ITSELF = /^[\s,]*(?:is|was|are|were)\s+(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:word|term|phrase|expression|name|label)\b/u;
const WORK_CALLED = /\b(?:single|song|album|record|track|film|movie|book|novel|series|show|play|documentary|programme|program|podcast)\b[^.“”"‘’«»„]{0,40}?\b(?:called|titled|entitled|named)\s*$/i;
const BEFORE_SCARE = /\b(?:so-called|dubbed|termed|branded|known as|labelled|labeled|the word|the term|the phrase)\s*$/i;
// “Pink”, “Krrish 3”, “Lilyhammer,”: one capitalised word (and a number) is a title when the words around say so.
const ONE_NAME = /^\p{Lu}[\p{L}’'-]*(?:\s+\d+)?[,.]?$/u;
const BEFORE_NICKNAME = /\b(?:nicknamed|nickname)\s*$/i;

/** Display text, a nickname or a scare term, as the words around a quote mark it; null when they do not. */
export function displayCue(text: string, span: QuoteSpan, before: string): 'headline' | 'scare' | 'nickname' | null {
  // (Not "called the book “a small miracle”": a verb of naming makes the words someone's verdict.)
  const verdict = /\b(?:called|calls|described|describes|labelled|labeled|termed|hailed|praised)\s+(?:the|this|that|his|her|their|its)\s+[\p{L}-]+\s*$/u.test(before);
  if ((BEFORE_TITLE.test(before) && !verdict) || BEFORE_FRONT_PAGE.test(before)) return 'headline';
  // his ’70s hit ‘Margaritaville’, the trailer of ‘Bhoomi’, a comeback to films with “Bhoomi”: a work's title.
  const work = text.slice(span.start, span.end);
  // (Hrithik Roshan starrer “Krrish 3”, Steven Van Zandt, star of “Lilyhammer,”.)
  if ((isTitleCase(work) || ONE_NAME.test(work)) && /\b(?:hit|hits|trailer of|teaser of|premiere of|sequel to|remake of|films? with|starring in|role in|starrer|stars? of|co-stars? of|creators? of|director of)\s*$/i.test(before)) return 'headline';
  // (The sentence's full stop may sit inside the marks: told “Access Hollywood.”)
  const named = work.replace(/[,.]$/, '');
  if ((isTitleCase(named) || ONE_NAME.test(named)) && named.split(/\s+/).length <= 4 && TOLD_OUTLET.test(before)) return 'headline';
  // the “Pink” trailer: a title before what was made of it.
  if (/^\p{Lu}[\p{L}\d’' -]{0,40}$/u.test(work) && /^[”"’]?\s+(?:trailer|teaser|poster|premiere|soundtrack|franchise|sequel|screening|remake)\b/u.test(text.slice(span.close))) return 'headline';
  // "the band dropped their new single on Monday called “…”": a work named after the noun that says what it is.
  if (WORK_CALLED.test(before) && /^\p{Lu}/u.test(work)) return 'headline';
  if (AFTER_WORD_ITSELF.test(text.slice(span.close, span.close + 60))) return 'scare';
  if (BEFORE_NICKNAME.test(before) || isInsideName(text, span)) return 'nickname';
  if (BEFORE_SCARE.test(before) || isTermInUse(text, span, before)) return 'scare';
  const quoted = text.slice(span.start, span.end);
  // the state initiative “Connect Ohio Forward”, its app, “KreditKart Saathi”: a programme or product's name.
  if (isTitleCase(quoted) && /\b(?:initiative|programme|program|scheme|campaign|project|strategy|plan|app|platform|service|tool|brand|product|operation|fund)\s*,?\s*$/i.test(before)) return 'headline';
  // “FedWatch”, “Sasar95”: one made-up word (inner capital or digits) is a product's or a scheme's name.
  if (/^(?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*|\p{L}+\d+[\p{L}\d]*)$/u.test(quoted.replace(/[,.]$/, ''))) return 'headline';
  // its “Red Light On, Gaadi Off” campaign: a name followed by the kind of thing it names.
  if (isTitleCase(quoted) && /^[\s,”"’]*(?:campaign|programme|program|scheme|initiative|app|project|plan|drive|tool|report|survey|index)\b/.test(text.slice(span.close, span.close + 30))) return 'headline';
  // In its annual “World Energy Outlook,” the IEA said: a title named as the thing it is.
  if (isTitleCase(quoted) && /\b(?:its|their|his|her|the|a|an)\s+(?:annual|latest|new|monthly|quarterly|weekly|flagship|landmark|biannual|yearly|forthcoming|upcoming)\s*$/i.test(before)) return 'headline';
  if (/^\p{Lu}[^.!?]{0,40}$/u.test(quoted.replace(/[,.]$/, '')) && AFTER_WORK.test(text.slice(span.close, span.close + 80))) return 'headline';
  return null;
}

/** A title in title case or words in capitals: display text when no one is said to have said it. */
export function looksDisplayed(quoted: string): boolean {
  return isTitleCase(quoted) || isShouted(quoted);
}

/** “THE LYRIC IS OPEN”: words in capitals with no one said after them are a sign's or a banner's. */
function isShouted(quoted: string): boolean {
  const letters = quoted.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && quoted.trim().split(/\s+/).length >= 2 && letters === letters.toUpperCase();
}

/** Dwayne “The Rock” Johnson: a quoted nickname between a first name and a surname is part of the name. */
function isInsideName(text: string, span: QuoteSpan): boolean {
  return /\p{Lu}[\p{L}.]+\s$/u.test(text.slice(Math.max(0, span.open - 20), span.open)) && /^\s\p{Lu}/u.test(text.slice(span.close, span.close + 2)) && !/[.,!?]$/.test(text.slice(span.start, span.end));
}
