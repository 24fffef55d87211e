/**
 * Headlines: strip the site suffix sites append to <title>, or build a title
 * from the URL slug or the first sentence when the page offers no headline.
 */
import { cleanLine, wordCount } from './text-shape';

const SUFFIX_SEP = /\s+[|–—-]\s+|\s+[:·•»]\s+/;

/** Removes a " | Site" / " - Site" suffix (or prefix) from a <title>, using the site's name when known. */
export function stripSiteSuffix(title: string, siteNames: (string | null | undefined)[] = []): string {
  const t = cleanLine(title);
  const names = siteNames.filter((n): n is string => !!n).map((n) => n.toLowerCase());
  const parts = t.split(SUFFIX_SEP);
  if (parts.length < 2) return t;
  const isSite = (p: string): boolean => {
    const low = p.toLowerCase().trim();
    return names.some((n) => low === n || low.includes(n) || n.includes(low)) || /\.(?:com|org|net|co|uk|in|pk|news)\b/.test(low);
  };
  let keep = parts;
  while (keep.length > 1 && isSite(keep[keep.length - 1]!)) keep = keep.slice(0, -1);
  while (keep.length > 1 && isSite(keep[0]!)) keep = keep.slice(1);
  // Unknown site: a short trailing segment after " | " is almost always the site or section.
  if (keep.length === parts.length && keep.length > 1 && wordCount(keep[keep.length - 1]!) <= 4 && wordCount(keep.slice(0, -1).join(' ')) >= 3) {
    keep = keep.slice(0, -1);
  }
  // Rejoin with the separators the title really used.
  return t.slice(0, t.indexOf(keep[keep.length - 1]!) + keep[keep.length - 1]!.length).slice(t.indexOf(keep[0]!)).trim();
}

/** Builds a title from a URL's slug ("recording-shows-trump-aide" → "Recording shows trump aide"); null when the URL has none. */
export function titleFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segments = decodeURIComponent(path).split('/').filter(Boolean).reverse();
  for (const seg of segments) {
    const words = seg
      .replace(/\.(?:html?|php|aspx?|cms|amp)$/i, '')
      .replace(/[-_](?:\d[\d_]*|[a-f0-9]{8,})$/i, '')
      .split(/[-_]+/)
      .filter(Boolean);
    if (words.length < 3 || words.every((w) => /^\d+$/.test(w))) continue;
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return null;
}

/** Recapitalises well-known proper nouns from the body so a slug title reads naturally ("trump" → "Trump"). */
export function recaseFromText(title: string, body: string): string {
  return title.replace(/\b\p{Ll}[\p{L}'’-]*/gu, (w) => {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    const capHits = body.split(cap).length - 1;
    const lowHits = body.split(` ${w} `).length - 1;
    const safe = cap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Capitalised mid-sentence and never lower-case: a proper noun.
    return capHits > 0 && lowHits === 0 && new RegExp(`[^.!?"“‘\\s]\\s+${safe}\\b`, 'u').test(body) ? cap : w;
  });
}

/** The first sentence of the body, cut at a word boundary to about `max` characters. */
export function titleFromFirstSentence(text: string, max = 100): string | null {
  const t = cleanLine(text);
  if (!t) return null;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(t)?.[0] ?? t;
  const s = sentence.replace(/[.!?]$/, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
