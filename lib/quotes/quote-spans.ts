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

const PAIRS: Record<string, string[]> = {
  '\u201C': ['\u201D'],
  '\u201E': ['\u201C', '\u201D'],
  '\u00AB': ['\u00BB'],
  '"': ['"'],
  '\u2018': ['\u2019'],
  "'": ["'"],
};

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/**
 * Single marks double as apostrophes (it’s, Moscow’s, ’90s): one opens a quote only at a word's start
 * and closes one only at a word's end.
 */
function canOpen(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch !== '\u2018' && ch !== "'") return true;
  return !isLetter(text[i - 1]) && isLetter(text[i + 1]);
}

function canClose(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch !== '\u2019' && ch !== "'") return true;
  return !isLetter(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ');
}

/** Finds the outermost quoted spans of a paragraph, skipping apostrophes and keeping nested quotes inside. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = PAIRS[ch];
    if (!closers || !canOpen(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !(closers.includes(text[j]!) && canClose(text, j))) j++;
    if (j >= text.length) {
      // Only a double mark may run on into the next paragraph; a lone single mark is an apostrophe.
      if (ch !== '\u2018' && ch !== "'") spans.push({ open: i, close: text.length, start: i + 1, end: trimEnd(text, text.length), runsOn: true });
      break;
    }
    if (j > i + 1) spans.push({ open: i, close: j + 1, start: i + 1, end: j, runsOn: false });
    i = j + 1;
  }
  return spans;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
