/** Words too common to tell one story from another (English; other languages fall back to length). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself ' +
    'no nor not now of off on once only or other our ours ourselves out over own said same say says she should ' +
    'so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours ' +
    'yourself yourselves told according week year years mr ms mrs one two new last next since still may many ' +
    'much must per cent its it’s s t don’t can’t would’ve')
    .split(/\s+/),
);

/** Folds typographic variants (curly quotes, dashes, NBSP) to plain forms so that editions compare equal. */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ');
}

// Chinese, Japanese and Korean are written without spaces: each character is its own token, so a
// CJK passage yields word runs (and shingles) instead of one giant "word".
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
const WORD = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}])+(?:'\\p{L}+)*`, 'gu');

/** Lower-cased word tokens (letters and digits, apostrophes inside words kept) in reading order. */
export function wordTokens(text: string): string[] {
  return foldTypography(text).toLowerCase().match(WORD) ?? [];
}

/** Word tokens with stopwords and one-letter tokens removed: the words that carry content. */
export function contentTokens(text: string): string[] {
  return wordTokens(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}
