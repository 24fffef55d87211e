/**
 * Line-level noise rules: what a line of page furniture looks like on its own,
 * whatever its position. Each rule keys on a shape (a label followed by a colon,
 * a credit in brackets, a list of share targets, a short call to action) that
 * recurs across sites, never on one site's wording.
 */
import { findTextDate } from './dates';
import { breadcrumbTail, isBreadcrumb, isShareBar, isTimestamp } from './noise-shapes';
import { endsSentence, isNameList, wordCount } from './text-shape';

export { breadcrumbTail };

/** Why a line was judged page furniture rather than article text. */
export type NoiseKind =
  | 'breadcrumb' | 'read-time' | 'date-stamp' | 'caption' | 'share' | 'related' | 'newsletter'
  | 'ad' | 'banner' | 'timestamp' | 'tags' | 'footer' | 'byline' | 'label' | 'comments' | 'decoration' | 'tweet-meta';

const READ_TIME = /\b\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)\s+(?:read|listen)\b|^reading time\b/i;
const CREDIT_PAREN = /\(\s*(?:photo|photos|image|picture|pic|file photo|file|video|credit|illustration|graphic)s?\b[^)]{0,80}\)\s*\.?$/i;
// Two shapes: "Photo: Name" (needs a colon) and an agency at the very end (tested on the line's tail only).
const CREDIT_LABEL = /\b(?:photo|photograph|image|picture|illustration|credit|source|foto|bild)s?\s*(?:credit)?\s*:\s*[^.]{2,60}$/i;
const CREDIT_END = /(?:getty images|shutterstock|ap photo|via reuters|via getty|\/ ?(?:afp|ap|reuters|epa|anadolu|bloomberg))\s*\)?\.?$/i;
// Wire photo credits printed as "AGENCY/Photographer Name" at the end of a caption.
const CREDIT_AGENCY = /\b(?:reuters|afp|ap|epa|efe|getty images|anadolu|xinhua|pti|ani|bloomberg|dpa)\/\s?[\p{Lu}][\p{L}.'’ -]{2,40}$/iu;
const CREDIT_HEAD = /^(?:photo|photograph|image|picture|file photo|illustration|credit|image source|image caption|foto|bild|crédit photo)s?\s*(?:credit)?\s*[:|,]/i;
const CAPTION_POSITION = /,\s*(?:left|right|centre|center|second (?:left|right)|from left)\s*[,)]|\((?:L|R|C|left|right|centre|center)\)/;
const RELATED = /^(?:related(?: stories| articles| news| coverage| topics)?|read more|read also|also read|(?:à )?lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|leggi anche|more from|more on this|see also|recommended|must read|don'?t miss|trending(?: now)?|most read|most popular|latest news|top stories|you may also like|you might also like|suggested|further reading|watch|listen|in pictures|explainer)\b\s*(?:[:|–—-]|$)/i;
const NEWSLETTER = /\b(?:newsletter|sign up|signup|subscribe|subscription|in your inbox|unsubscribe)\b/i;
const AD = /^(?:advertisement|advertising|advert|ad|ads|publicité|anzeige|werbung|publicidad|pubblicità|reclame|reklame|sponsored(?: content)?|paid content|promoted|partner content|story continues(?: below)?(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|article continues below|\w+ continues after advertisement)$/i;
const CTA = /\b(?:donate|click|tap|subscribe|sign up|sign in|log in|login|register|download|join us|support us|buy now|shop now|get the app|install)\b/i;
const TAGS = /^(?:topics|tags|tagged|tagged with|filed under|categories|category|keywords|more about|related topics)\s*:/i;
// Anchored shapes only; the one phrase allowed anywhere ("all rights reserved") is looked up as a substring.
const FOOTER = /^(?:©|copyright\b|\(c\)\s*\d{4})|^\(?(?:reporting|writing|editing|edited|additional reporting|compiled|research|graphics?) by\b|^this (?:story|article|report) (?:has been|was) (?:published|generated|edited|updated|auto-generated)|^\(?only the headline|^(?:disclaimer|note to readers|editor'?s note)\s*:|^[—–-]?\s*(?:with )?inputs? from\b|^[—–-]\s*(?:agencies|afp|ap|reuters|pti|ani|ians|dpa|xinhua)$|^(?:we welcome|have your say|join the conversation)\b/i;
// Author taglines and contact lines carry an address; reporting quotes one only in rare cases.
// Split in two so the address pattern (slow: it restarts at every word character) runs only on lines with an "@".
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]{2,}/;
const CONTACT = /\b(?:reach|contact|email|follow) (?:him|her|them|me|the author)\b/i;
// Affiliate and sponsorship disclosures ("we may earn a commission", "Sponsored by X").
const DISCLOSURE = /\b(?:earn|receive) (?:an? )?(?:affiliate )?commission\b|\baffiliate links?\b|^(?:sponsored|presented|brought to you|powered) by\b|^in partnership with\b/i;
const BYLINE = /^(?:by|written by|reported by|posted by|words by|story by)\s+[\p{Lu}@]/iu;
// Notes about the story rather than the event: "This is a developing story and will be updated.",
// "Staff writer Jane Doe contributed to this report." Corrections are reporting and are kept.
const TRAILER = /^(?:this is an? (?:developing|breaking)(?: news)? (?:story|situation)|this (?:story|article|report|post|page) (?:is developing|will be updated|is being updated|may be updated)|(?:please )?(?:check back|stay tuned|refresh)(?: later| soon)? for (?:updates|more|the latest)|(?:more )?(?:details|updates?|information) to follow|more to follow)\b|\bcontributed (?:reporting|to (?:this|the|our) (?:report|story|article|coverage))\b/i;
const LABELS = /^(?:source|sources|via|credit|credits|more|next|previous|prev|back|menu|home|close|share|print|email|video|audio|photo|photos|gallery|image|listen|watch|loading\.*|top|skip to (?:main )?content|opens in new window|\d+\s*(?:of|\/)\s*\d+)$/i;
const COMMENTS = /^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|leave a (?:comment|reply)|view comments|show comments|add comment|join the discussion)$/i;
const TWEET_META = /^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}$/;
const TWEET_LINK = /pic\.twitter\.com\/\w+$/;

// Necessary conditions for the unanchored patterns, tested on the lower-cased line (plain substrings, no \b).
const DISCLOSURE_START = /^(?:sponsored|presented|brought|powered|in partnership)/i;
const CONTACT_VERB = /(?:reach|contact|email|follow) /;
const NEWSLETTER_WORD = /newsletter|sign ?up|subscri|inbox/;
const TRAILER_START = /^(?:this|please|check|stay|refresh|more|details|update|information)/;
const CREDIT_END_WORD = /getty|shutterstock|ap photo|reuters|\//;
const HAS_TEXT = /[\p{L}\p{N}]/u;
const STAMP_LEAD = /^(?:first |last )?(?:published|updated|posted|modified)\b/i;

/** Classifies one line of text as a kind of page furniture, or null when it may be article text. */
export function lineNoise(line: string): NoiseKind | null {
  // Rules keep their order (the first that fires names the kind); cheap guards (length, a digit,
  // a character the pattern needs) skip the unanchored patterns on lines they cannot match.
  const words = wordCount(line);
  if (!HAS_TEXT.test(line)) return 'decoration';
  // Whole-line labels are six words at most ("scroll to continue with content").
  if (words <= 6) {
    if (AD.test(line)) return 'ad';
    if (LABELS.test(line)) return 'label';
    if (COMMENTS.test(line)) return 'comments';
  }
  if (TAGS.test(line)) return 'tags';
  // Lower-cased once so the unanchored patterns below run only when a word they need is present.
  const low = line.toLowerCase();
  if (words <= 40 && (FOOTER.test(line) || low.includes('all rights reserved'))) return 'footer';
  if (words <= 30 && (low.includes('contributed') || TRAILER_START.test(low)) && TRAILER.test(line)) return 'footer';
  if ((line.includes('(@') && TWEET_META.test(line)) || (line.includes('pic.twitter.com/') && TWEET_LINK.test(line))) return 'tweet-meta';
  const digit = /\d/.test(line);
  if (words <= 40) {
    if ((low.includes('commission') || low.includes('affiliate') || DISCLOSURE_START.test(line)) && DISCLOSURE.test(line)) return 'ad';
    if ((line.includes('@') && EMAIL.test(line)) || (CONTACT_VERB.test(low) && CONTACT.test(line))) return 'footer';
    if (
      (line.includes('(') && CREDIT_PAREN.test(line)) ||
      CREDIT_HEAD.test(line) ||
      (line.includes(':') && CREDIT_LABEL.test(line)) ||
      (CREDIT_END_WORD.test(low.slice(-60)) && CREDIT_END.test(line.slice(-60))) ||
      (line.includes('/') && CREDIT_AGENCY.test(line))
    ) return 'caption';
  }
  if (words <= 60 && (line.includes('left') || line.includes('right') || line.includes('cent') || line.includes('(')) && CAPTION_POSITION.test(line)) return 'caption';
  if (words <= 30 && ((digit && low.includes('min')) || low.startsWith('reading')) && READ_TIME.test(line)) return 'read-time';
  if (digit && words <= 8 && isTimestamp(line)) return 'timestamp';
  if (digit && words <= 16) {
    const stamp = findTextDate(line);
    if (stamp && (!endsSentence(line) || STAMP_LEAD.test(line))) return 'date-stamp';
  }
  if (words <= 30 && RELATED.test(line)) return 'related';
  if (words <= 30 && isBreadcrumb(line)) return 'breadcrumb';
  if (isShareBar(low)) return 'share';
  if (words <= 12 && BYLINE.test(line) && !endsSentence(line.replace(/\b[A-Z]\.$/, ''))) return 'byline';
  if (words <= 25 && NEWSLETTER_WORD.test(low) && NEWSLETTER.test(line)) return 'newsletter';
  if (words <= 15 && CTA.test(line) && !endsSentence(line)) return 'banner';
  if (words <= 15 && line.includes('!') && !endsSentence(line) && !isNameList(line)) return 'banner';
  return null;
}

/** True when the line opens like a byline ("By Jane Doe …"), whatever else rides on it (date, read time, comment count). */
export function opensWithByline(line: string): boolean {
  return BYLINE.test(line);
}
