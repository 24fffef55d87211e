/** What a line of a seed text is on a real page. Decided by the line's shape only, never by its content. */
export type LineKind =
  | 'banner' | 'breadcrumb' | 'headline' | 'kicker' | 'byline' | 'read-time' | 'caption'
  | 'para' | 'subhead' | 'pullquote' | 'footer';

/** One page block made from one or more seed lines. */
export interface Block {
  kind: LineKind;
  text: string;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const READ_TIME = /\b\d+\s*min(ute)?s?\s+read\b/i;
const CAPTION = /\((photo|image|picture|file|credit)\b[^)]*\)\s*$/i;
const BREADCRUMB = /\S\s+[/›>»]\s+\S.*\s+[/›>»]\s+\S/;
/** An upper-case subhead run into the paragraph after it, separated by a wide gap. */
const RUN_IN = /^([^a-z]{6,}?[A-Z][^a-z]*?)\s{2,}(\S.*)$/;

/** A line that reads as body text: long, or a complete sentence. */
function isBody(s: string): boolean {
  if (CAPTION.test(s) || READ_TIME.test(s) || BREADCRUMB.test(s)) return false;
  return words(s) >= 12 || (words(s) >= 5 && /[.?!]["”’)]?$/.test(s));
}

/** Strips the " date YYYY-MM-DD" metadata prefix some seed files start with, returning the date too. */
export function stripDatePrefix(line: string): { line: string; date: string | null } {
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(line);
  return m ? { line: line.slice(m[0].length), date: m[1] ?? null } : { line, date: null };
}

function preBody(lines: string[]): Block[] {
  const out: Block[] = lines.map((text): Block => {
    if (BREADCRUMB.test(text)) return { kind: 'breadcrumb', text };
    if (READ_TIME.test(text)) return { kind: 'read-time', text };
    if (CAPTION.test(text)) return { kind: 'caption', text };
    return { kind: words(text) <= 3 ? 'byline' : 'kicker', text };
  });
  const kickers = out.filter((b) => b.kind === 'kicker' && words(b.text) >= 5);
  const headline = kickers[kickers.length - 1];
  if (headline) headline.kind = 'headline';
  // A short first line ahead of the headline is the site's banner (a campaign, a notice).
  if (headline && out[0] && out[0] !== headline && out[0].kind === 'kicker') out[0].kind = 'banner';
  return out;
}

function body(lines: string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const runIn = RUN_IN.exec(text);
    if (isBody(text)) {
      if (runIn?.[1] && runIn[2] && words(runIn[1]) >= 2) out.push({ kind: 'subhead', text: runIn[1].trim() }, { kind: 'para', text: runIn[2].trim() });
      else out.push({ kind: 'para', text });
    } else if (!/[.?!:;,]$/.test(text) && /^[a-z]/.test(next) && !isBody(next)) {
      // A display line broken in two: the second half starts in lower case.
      out.push({ kind: 'pullquote', text: `${text} ${next}` });
      i++;
    } else out.push({ kind: 'subhead', text });
  }
  return out;
}

/** Turns a seed's lines into page blocks: noise before the body, body (paragraphs, subheads, pull quotes), footer. */
export function classifyLines(rawLines: string[]): Block[] {
  const lines = rawLines.map((l) => l.trim()).filter(Boolean);
  const first = lines.findIndex(isBody);
  if (first < 0) return lines.map((text) => ({ kind: 'para', text }));
  let last = lines.length - 1;
  while (last > first && !isBody(lines[last] ?? '')) last--;
  return [
    ...preBody(lines.slice(0, first)),
    ...body(lines.slice(first, last + 1)),
    ...lines.slice(last + 1).map((text): Block => ({ kind: 'footer', text })),
  ];
}
