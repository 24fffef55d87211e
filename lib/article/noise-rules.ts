/**
 * Line-level noise rules: what a line of page furniture looks like on its own,
 * whatever its position. Each rule keys on a shape (a label followed by a colon,
 * a credit in brackets, a list of share targets, a short call to action) that
 * recurs across sites, never on one site's wording.
 */
import { findTextDate } from './dates';
import { endsSentence, isNameList, wordCount } from './text-shape';

/** Why a line was judged page furniture rather than article text. */
export type NoiseKind =
  | 'breadcrumb' | 'read-time' | 'date-stamp' | 'caption' | 'share' | 'related' | 'newsletter'
  | 'ad' | 'banner' | 'timestamp' | 'tags' | 'footer' | 'byline' | 'label' | 'comments' | 'decoration' | 'tweet-meta';

const BREADCRUMB_SEP = /\s+[/›»>|]\s+|\s*[›»]\s*/;
const READ_TIME = /\b\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)\s+(?:read|listen)\b|^reading time\b/i;
const CREDIT_PAREN = /\(\s*(?:photo|photos|image|picture|pic|file photo|file|video|credit|illustration|graphic)s?\b[^)]{0,80}\)\s*\.?$/i;
const CREDIT_TAIL = /\b(?:photo|photograph|image|picture|illustration|credit|source|foto|bild)s?\s*(?:credit)?\s*:\s*[^.]{2,60}$|(?:getty images|shutterstock|ap photo|via reuters|via getty|\/ ?(?:afp|ap|reuters|epa|anadolu|bloomberg))\s*\)?\.?$/i;
// Wire photo credits printed as "AGENCY/Photographer Name" at the end of a caption.
const CREDIT_AGENCY = /\b(?:reuters|afp|ap|epa|efe|getty images|anadolu|xinhua|pti|ani|bloomberg|dpa)\/\s?[\p{Lu}][\p{L}.'’ -]{2,40}$/iu;
const CREDIT_HEAD = /^(?:photo|photograph|image|picture|file photo|illustration|credit|image source|image caption|foto|bild|crédit photo)s?\s*(?:credit)?\s*[:|,]/i;
const CAPTION_POSITION = /,\s*(?:left|right|centre|center|second (?:left|right)|from left)\s*[,)]|\((?:L|R|C|left|right|centre|center)\)/;
const SHARE_WORDS = new Set([
  'share', 'shares', 'sharing', 'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin',
  'telegram', 'reddit', 'pinterest', 'copy', 'link', 'print', 'tweet', 'save', 'follow', 'us', 'on', 'threads',
  'bluesky', 'instagram', 'youtube', 'tiktok', 'messenger', 'this', 'article', 'story', 'comment', 'comments', 'gift',
]);
const RELATED = /^(?:related(?: stories| articles| news| coverage| topics)?|read more|read also|also read|(?:à )?lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|leggi anche|more from|more on this|see also|recommended|must read|don'?t miss|trending(?: now)?|most read|most popular|latest news|top stories|you may also like|you might also like|suggested|further reading|watch|listen|in pictures|explainer)\b\s*(?:[:|–—-]|$)/i;
const NEWSLETTER = /\b(?:newsletter|sign up|signup|subscribe|subscription|in your inbox|unsubscribe)\b/i;
const AD = /^(?:advertisement|advertising|advert|ad|ads|publicité|anzeige|werbung|publicidad|pubblicità|reclame|reklame|sponsored(?: content)?|paid content|promoted|partner content|story continues(?: below)?(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|article continues below|\w+ continues after advertisement)$/i;
const CTA = /\b(?:donate|click|tap|subscribe|sign up|sign in|log in|login|register|download|join us|support us|buy now|shop now|get the app|install)\b/i;
const TAGS = /^(?:topics|tags|tagged|tagged with|filed under|categories|category|keywords|more about|related topics)\s*:/i;
const FOOTER = /^(?:©|copyright\b|\(c\)\s*\d{4})|all rights reserved|^\(?(?:reporting|writing|editing|additional reporting|compiled|research|graphics?) by\b|^this (?:story|article|report) (?:has been|was) (?:published|generated|edited|updated|auto-generated)|^\(?only the headline|^(?:disclaimer|note to readers|editor'?s note)\s*:|^[—–-]?\s*(?:with )?inputs? from\b|^[—–-]\s*(?:agencies|afp|ap|reuters|pti|ani|ians|dpa|xinhua)$|^(?:we welcome|have your say|join the conversation)\b/i;
// Author taglines and contact lines carry an address; reporting quotes one only in rare cases.
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]{2,}|\b(?:reach|contact|email|follow) (?:him|her|them|me|the author)\b/i;
// Affiliate and sponsorship disclosures ("we may earn a commission", "Sponsored by X").
const DISCLOSURE = /\b(?:earn|receive) (?:an? )?(?:affiliate )?commission\b|\baffiliate links?\b|^(?:sponsored|presented|brought to you|powered) by\b|^in partnership with\b/i;
const BYLINE = /^(?:by|written by|reported by|posted by|words by|story by)\s+[\p{Lu}@]/iu;
const LABELS = /^(?:source|sources|via|credit|credits|more|next|previous|prev|back|menu|home|close|share|print|email|video|audio|photo|photos|gallery|image|listen|watch|loading\.*|top|skip to (?:main )?content|opens in new window|\d+\s*(?:of|\/)\s*\d+)$/i;
const COMMENTS = /^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|leave a (?:comment|reply)|view comments|show comments|add comment|join the discussion)$/i;
const TWEET_META = /^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}$|pic\.twitter\.com\/\w+$/;

const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|\b[ap]\.?m\.?(?=\W|$)|\b(?:ago|just|now|today|yesterday|at|on|updated|posted|published|min|mins|minutes?|h|hrs?|hours?|days?|st|nd|rd|th)\b/gi;

/** A line that is only a date and/or time ("14:05", "24 November 2025, 15:20 CET", "3 hours ago"): a live-blog or card stamp. */
function isTimestamp(line: string): boolean {
  if (!/\d/.test(line) || wordCount(line) > 8) return false;
  const rest = line.replace(/\b[A-Z]{2,4}\b/g, '').replace(DATE_WORDS, '').replace(/[\d\s.,:;|/–—()-]+/g, '');
  return rest.length === 0;
}

function isBreadcrumb(line: string): boolean {
  const parts = line.split(BREADCRUMB_SEP).filter((p) => p.trim());
  if (parts.length < 2) return false;
  const head = parts.slice(0, -1);
  const shortHead = head.every((p) => wordCount(p) <= 4 && !endsSentence(p));
  return shortHead && (parts.length >= 3 || /^home$/i.test(parts[0]!.trim()));
}

function isShareBar(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·,/]+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  const hits = words.filter((w) => SHARE_WORDS.has(w.replace(/[^a-z-]/g, ''))).length;
  return hits >= 2 && hits / words.length >= 0.6;
}

/** Classifies one line of text as a kind of page furniture, or null when it may be article text. */
export function lineNoise(line: string): NoiseKind | null {
  const words = wordCount(line);
  if (!/[\p{L}\p{N}]/u.test(line)) return 'decoration';
  if (AD.test(line)) return 'ad';
  if (LABELS.test(line)) return 'label';
  if (COMMENTS.test(line)) return 'comments';
  if (TAGS.test(line)) return 'tags';
  if (FOOTER.test(line) && words <= 40) return 'footer';
  if (TWEET_META.test(line)) return 'tweet-meta';
  if (words <= 40 && DISCLOSURE.test(line)) return 'ad';
  if (words <= 40 && CONTACT.test(line)) return 'footer';
  if (words <= 40 && (CREDIT_PAREN.test(line) || CREDIT_HEAD.test(line) || CREDIT_TAIL.test(line) || CREDIT_AGENCY.test(line))) return 'caption';
  if (words <= 60 && CAPTION_POSITION.test(line)) return 'caption';
  if (words <= 30 && READ_TIME.test(line)) return 'read-time';
  if (isTimestamp(line)) return 'timestamp';
  if (words <= 16) {
    const stamp = findTextDate(line);
    if (stamp && (!endsSentence(line) || /^(?:first |last )?(?:published|updated|posted|modified)\b/i.test(line))) return 'date-stamp';
  }
  if (words <= 30 && RELATED.test(line)) return 'related';
  if (words <= 30 && isBreadcrumb(line)) return 'breadcrumb';
  if (isShareBar(line)) return 'share';
  if (words <= 12 && BYLINE.test(line) && !endsSentence(line.replace(/\b[A-Z]\.$/, ''))) return 'byline';
  if (words <= 25 && NEWSLETTER.test(line)) return 'newsletter';
  if (words <= 15 && CTA.test(line) && !endsSentence(line)) return 'banner';
  if (words <= 15 && /!/.test(line) && !endsSentence(line) && !isNameList(line)) return 'banner';
  return null;
}

/** The last segment of a breadcrumb trail ("Home / World / <headline>"), which sites often fill with the headline. */
export function breadcrumbTail(line: string): string | null {
  const parts = line.split(BREADCRUMB_SEP).map((p) => p.trim()).filter(Boolean);
  const tail = parts[parts.length - 1];
  return tail && wordCount(tail) >= 4 ? tail : null;
}
