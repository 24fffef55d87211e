/** A quoted span inside one paragraph: offsets of the words inside the marks, and the marks' own offsets. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the paragraph's end when the quote runs on). */
  close: number;
  /** The quoted words: [start, end). */
  start: number;
  end: number;
  /** True when no closing mark was found: the quote runs on into the next paragraph. */
  runsOn: boolean;
}

// Pages mix straight and curly marks within one quote ("… system,” explained X): a CMS's smart-quote
// pass often catches only one end, so a straight double mark pairs with a curly one either way.
const PAIRS: Record<string, string[]> = {
  '\u201C': ['\u201D', '"'],
  '\u201E': ['\u201C', '\u201D'],
  '\u00AB': ['\u00BB'],
  '\u00BB': ['\u00AB'],
  '"': ['"', '\u201D'],
  '\u2018': ['\u2019'],
  "'": ["'"],
};

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isSingle = (ch: string): boolean => ch === '\u2018' || ch === '\u2019' || ch === "'";
// ‘90s, ’em, ‘til: a left single mark that elides letters is an apostrophe typed the wrong way round.
const ELISION = /^(?:\d\ds?\b|em\b|til\b|cause\b|n\b)/i;

/**
 * Single marks double as apostrophes (it’s, Moscow’s, ’90s) and a straight double mark after a digit
 * is an inch mark (6'9", a 55" TV): one opens a quote only at a word's start, closes only at its end.
 */
function canOpen(text: string, i: number): boolean {
  const ch = text[i]!;
  const prev = text[i - 1];
  if (ch === '"') return !/\d/.test(prev ?? '') && (!/\s/.test(text[i + 1] ?? ' ') || spacedOpening(text, i));
  if (ch === '\u00BB') return !/\S/.test(prev ?? ' ') && isLetter(text[i + 1]);
  if (!isSingle(ch)) return true;
  return !isLetter(prev) && isLetter(text[i + 1]) && !ELISION.test(text.slice(i + 1, i + 5));
}

/**
 * Some pages type a space inside the opening mark (told reporters " it was not correct …"): a straight
 * mark after a space and before one still opens when it is the odd one out of an even count of marks.
 */
function spacedOpening(text: string, i: number): boolean {
  if (!/(?:^|\s)$/.test(text.slice(0, i)) || !isLetter(text.slice(i + 1).trimStart()[0])) return false;
  const before = text.slice(0, i).split('"').length - 1;
  const all = text.split('"').length - 1;
  return before % 2 === 0 && all % 2 === 0;
}

function canClose(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '"') return !/\s/.test(text[i - 1] ?? ' ') && !(/\d/.test(text[i - 1] ?? '') && /^ \p{L}/u.test(text.slice(i + 1, i + 3)));
  if (!isSingle(ch)) return true;
  return !isLetter(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ');
}

/** Finds the outermost quoted spans of a paragraph, skipping apostrophes and keeping nested quotes inside. */
export function findQuoteSpans(original: string): QuoteSpan[] {
  const text = typewriterMarks(original);
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = PAIRS[ch];
    if (!closers || !canOpen(text, i)) {
      i++;
      continue;
    }
    let j = nextCloser(text, i + 1, closers);
    // ‘the leaders’ call’: a plural possessive inside single quotes is passed over when a later mark in the sentence closes.
    while (isSingle(ch) && j < text.length && /s$/.test(text.slice(0, j)) && /^ \p{Ll}/u.test(text.slice(j + 1, j + 3))) {
      const later = nextCloser(text, j + 1, closers);
      if (later >= text.length || /[.!?]\s/.test(text.slice(j, later)) || text.slice(j, later).includes(ch)) break;
      j = later;
    }
    if (j >= text.length) {
      // Only a double mark may run on into the next paragraph; a lone single mark is an apostrophe,
      // unless it opens the paragraph or follows a colon ("told MailOnline: ‘Chloe is …") before a sentence.
      const introduced = /(?:^\s*|:\s+)$/.test(text.slice(0, i)) && /^\p{Lu}/u.test(text.slice(i + 1)) && /[.!?,]/.test(text.slice(i + 1));
      if (!isSingle(ch) || introduced) spans.push({ open: i, close: text.length, start: i + 1, end: trimEnd(text, text.length), runsOn: true });
      i++;
      continue;
    }
    // A quote needs words: rock 'n' roll and stray marks around one letter are not quotes.
    if ((text.slice(i + 1, j).match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2) spans.push({ open: i, close: j + 1, start: skipSpace(text, i + 1), end: j, runsOn: false });
    i = j + 1;
  }
  return dropRunOnInside(spans);
}

/**
 * Old wire archives set quotes typewriter-style: ``unbelievably exciting.'' or ``…″. Read with curly
 * marks of the same length, so every offset still points into the page's own text.
 */
function typewriterMarks(text: string): string {
  const turned = misturnedMarks(text);
  if (!turned.includes('``')) return turned;
  return turned.replace(/``/g, ' \u201C').replace(/''/g, '\u201D ').replace(/\u2033/g, '\u201D');
}

/**
 * Some pages open quotes with the closing mark (”Any government …,” said …) or set them in double primes
 * (″We’ve been put on hold,″ said …): a mark at a word's start opens. Not a prime after a digit (a 55″ TV).
 */
function misturnedMarks(text: string): string {
  const opened = text.replace(/(^|[\s(\u2014\u2013])\u201D(?=[\p{L}\p{N}\u2018'])/gu, '$1\u201C');
  if (!/(?:^|\s)\u2033\p{L}/u.test(opened)) return opened;
  return opened.replace(/(^|[\s(\u2014\u2013])\u2033(?=[\p{L}\p{N}])/gu, '$1\u201C').replace(/(?<!\d)\u2033/g, '\u201D');
}

function nextCloser(text: string, from: number, closers: string[]): number {
  let j = from;
  while (j < text.length && !(closers.includes(text[j]!) && canClose(text, j))) j++;
  return j;
}

/** An unclosed single mark found inside a later run-on is noise; keep only the last run-on span. */
function dropRunOnInside(spans: QuoteSpan[]): QuoteSpan[] {
  const runOn = spans.findIndex((s) => s.runsOn);
  return runOn < 0 ? spans : spans.slice(0, runOn + 1);
}

function skipSpace(text: string, start: number): number {
  while (/\s/.test(text[start] ?? '')) start++;
  return start;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
