/**
 * Line shapes that take more than one pattern to recognise: a bare date/time
 * stamp, a breadcrumb trail, a row of share buttons. Used by the line rules.
 */
import { endsSentence, isSpaceCode, wordCount } from './text-shape';

const BREADCRUMB_SEP = /\s+[/›»>|]\s+|\s*[›»]\s*/;
const SHARE_WORDS = new Set([
  'share', 'shares', 'sharing', 'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin',
  'telegram', 'reddit', 'pinterest', 'copy', 'link', 'print', 'tweet', 'save', 'follow', 'us', 'on', 'threads',
  'bluesky', 'instagram', 'youtube', 'tiktok', 'messenger', 'this', 'article', 'story', 'comment', 'comments', 'gift',
]);
const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|\b[ap]\.?m\.?(?=\W|$)|\b(?:ago|just|now|today|yesterday|at|on|updated|posted|published|min|mins|minutes?|h|hrs?|hours?|days?|st|nd|rd|th)\b/gi;

/** A line that is only a date and/or time ("14:05", "24 November 2025, 15:20 CET", "3 hours ago"): a live-blog or card stamp. */
export function isTimestamp(line: string): boolean {
  if (!/\d/.test(line) || wordCount(line) > 8) return false;
  const rest = line.replace(/\b[A-Z]{2,4}\b/g, '').replace(DATE_WORDS, '').replace(/[\d\s.,:;|/–—()-]+/g, '');
  return rest.length === 0;
}

const CRUMB_MARK = /[/›»>|]/;

/** True for a trail of short section names ("Home / World / Europe"). */
export function isBreadcrumb(line: string): boolean {
  if (!CRUMB_MARK.test(line)) return false;
  const parts = line.split(BREADCRUMB_SEP).filter((p) => p.trim());
  if (parts.length < 2) return false;
  const head = parts.slice(0, -1);
  const shortHead = head.every((p) => wordCount(p) <= 4 && !endsSentence(p));
  return shortHead && (parts.length >= 3 || /^home$/i.test(parts[0]!.trim()));
}

// | • · , / as character codes.
const SHARE_SEPARATORS = new Set([0x7c, 0x2022, 0xb7, 0x2c, 0x2f]);

const NOT_SHARE_CHAR = /[^a-z-]/;

/** True for a short run of share targets ("Share Facebook X Email"); `low` is the lower-cased line. */
export function isShareBar(low: string): boolean {
  // Token bounds first, without allocating: most lines pass 14 tokens and are prose.
  const bounds: number[] = [];
  let from = -1;
  for (let i = 0; i <= low.length; i++) {
    const c = low.charCodeAt(i);
    const sep = i === low.length || isSpaceCode(c) || SHARE_SEPARATORS.has(c);
    if (!sep && from < 0) from = i;
    else if (sep && from >= 0) {
      if (bounds.length === 28) return false;
      bounds.push(from, i);
      from = -1;
    }
  }
  let hits = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    const w = low.slice(bounds[k], bounds[k + 1]);
    if (SHARE_WORDS.has(NOT_SHARE_CHAR.test(w) ? w.replace(/[^a-z-]/g, '') : w)) hits++;
  }
  return hits >= 2 && hits / (bounds.length / 2) >= 0.6;
}

/** The last segment of a breadcrumb trail ("Home / World / <headline>"), which sites often fill with the headline. */
export function breadcrumbTail(line: string): string | null {
  const parts = line.split(BREADCRUMB_SEP).map((p) => p.trim()).filter(Boolean);
  const tail = parts[parts.length - 1];
  return tail && wordCount(tail) >= 4 ? tail : null;
}
