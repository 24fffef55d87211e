/**
 * The paragraph noise classifier shared by the text and DOM paths. Line rules
 * (noise-rules.ts) judge a line alone; this pass adds position (header zone
 * before the first prose paragraph, footer zone after the last) and repetition
 * (pull quotes repeat the body), and keeps subheads apart from the body.
 */
import type { Subhead } from './types';
import { findTextDate, parseDate } from './dates';
import { lineNoise } from './noise-rules';
import { isSubheadLine, splitRunInSubhead } from './subheads';
import { META_NOISE, readHeader } from './header';
import { quotedRepeat, repeatIndex } from './repetition';
import { cleanLine, endsSentence, isNameList, isProse, startsLowercase, wordCount } from './text-shape';

/** Where a block came from in the DOM, when known; text lines carry no hint. */
export type BlockHint = 'p' | 'heading' | 'caption' | 'quote' | 'li' | 'runin' | 'dek';

/** One candidate paragraph: a text line, or a DOM block with its hint and link density. */
export interface Block {
  text: string;
  hint?: BlockHint;
  /** Share of the block's text inside links (0-1). */
  linkDensity?: number;
}

/** Cleaned body plus what the page furniture revealed (title, byline, dates) and what was dropped, for debugging. */
export interface CleanResult {
  paragraphs: string[];
  subheads: Subhead[];
  title: string | null;
  byline: string | null;
  published: string | null;
  updated: string | null;
  dropped: { text: string; kind: string }[];
}

interface Line { text: string; hint?: BlockHint; noise: string | null }

function prepare(blocks: Block[]): Line[] {
  const out: Line[] = [];
  for (const b of blocks) {
    const split = b.hint === 'heading' || b.hint === 'caption' ? null : splitRunInSubhead(b.text);
    const parts: Block[] = split ? [{ text: split.subhead, hint: 'runin' }, { ...b, text: split.rest }] : [b];
    for (const p of parts) {
      const text = cleanLine(p.text);
      if (!text) continue;
      let noise: string | null = p.hint === 'caption' ? 'caption' : lineNoise(text);
      // Mostly-link blocks are teasers, tag clouds or related lists, not reporting.
      if (!noise && (p.linkDensity ?? 0) > 0.5 && wordCount(text) <= 40) noise = 'links';
      out.push({ text, hint: p.hint, noise });
    }
  }
  return out;
}

// A dek (standfirst) never starts the body; inside the body a block so classed is read like any other.
const isBody = (l: Line): boolean => !l.noise && l.hint !== 'heading' && l.hint !== 'runin' && l.hint !== 'dek';

/** Splits candidate blocks into body paragraphs and subheads, dropping page furniture. */
export function cleanBlocks(blocks: Block[]): CleanResult {
  const lines = prepare(blocks);
  const res: CleanResult = { paragraphs: [], subheads: [], title: null, byline: null, published: null, updated: null, dropped: [] };
  const noteDate = (text: string): void => {
    const d = findTextDate(text);
    if (d?.kind === 'published') res.published ??= d.iso;
    if (d?.kind === 'updated') res.updated ??= d.iso;
  };
  const drop = (l: Line, kind: string): void => {
    noteDate(l.text);
    res.dropped.push({ text: l.text, kind });
  };

  // The body runs from the first prose paragraph to the last finished sentence.
  let start = lines.findIndex((l) => isBody(l) && isProse(l.text, 8));
  if (start < 0) start = lines.findIndex((l) => isBody(l) && isProse(l.text, 4));
  if (start < 0) start = lines.length;
  // A short opening paragraph ("The mayor has resigned.") sits right before the first long one:
  // take back finished sentences directly above it, but never across furniture or a heading.
  while (start > 0 && start < lines.length && isBody(lines[start - 1]!) && isProse(lines[start - 1]!.text, 3) && !isNameList(lines[start - 1]!.text.replace(/[.]$/, ''))) start--;
  let end = lines.length - 1;
  while (end >= start && !(isBody(lines[end]!) && (endsSentence(lines[end]!.text) || lines[end]!.hint === 'li'))) end--;

  const header = lines.slice(0, start).map((l) => (l.hint === 'dek' && !l.noise ? { ...l, noise: 'dek' } : l));
  const head = readHeader(header);
  res.title = head.title;
  res.byline = head.byline;
  for (const l of header) {
    drop(l, l.noise ?? 'header');
    // A meta line without a "Published" label ("By Jane Doe · Nov 26, 2025 · 4 min read") still dates the story.
    if (!res.published && l.noise && META_NOISE.has(l.noise) && !findTextDate(l.text)) res.published = parseDate(l.text);
  }

  const body = lines.slice(start, end + 1);
  const bodyTexts = repeatIndex(body.filter((l) => !l.noise).map((l) => l.text));
  let afterLabel = false;
  const kept = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    const next = body[i + 1];
    if (l.noise) {
      drop(l, l.noise);
      // A bare "Related" / "Also read" label heads a list of headlines: drop those too.
      if (l.noise === 'related' && wordCount(l.text) <= 3) afterLabel = true;
      continue;
    }
    const display = l.hint === 'heading' || l.hint === 'runin';
    const openEnded = !endsSentence(l.text) && !(l.hint === 'li' && wordCount(l.text) >= 6) && !(/:$/.test(l.text) && wordCount(l.text) >= 3);
    if (!display && openEnded && next && !next.noise && startsLowercase(next.text)) {
      // A line broken mid-sentence: a wrapped paragraph if long and finished, else a pull quote.
      const merged = `${l.text} ${next.text}`;
      i++;
      if (wordCount(l.text) >= 8 && isProse(merged, 20)) {
        kept.add(merged);
        res.paragraphs.push(merged);
      } else drop({ text: merged, noise: null }, 'pull-quote');
      continue;
    }
    if (!display && openEnded && l.hint === 'li') {
      // Short list items (spec sheets, key facts) are neither paragraphs nor subheads.
      drop(l, 'list-item');
      continue;
    }
    if (display || openEnded) {
      const nextIsBody = !!next && isBody(next) && (endsSentence(next.text) || next.hint === 'li');
      const okShape = isSubheadLine(l.text, display);
      const repeat = quotedRepeat(l.text, bodyTexts);
      if (okShape && !afterLabel && nextIsBody && !repeat) res.subheads.push({ text: l.text, before: res.paragraphs.length });
      else drop(l, repeat ? 'pull-quote' : 'fragment');
      continue;
    }
    afterLabel = false;
    // A block the page set apart as a quote is checked like a display line.
    if (wordCount(l.text) <= 40 && quotedRepeat(l.text, bodyTexts, l.hint === 'quote')) drop(l, 'pull-quote');
    else if (kept.has(l.text)) drop(l, 'duplicate');
    else {
      kept.add(l.text);
      res.paragraphs.push(l.text);
    }
  }
  lines.slice(end + 1).forEach((l) => drop(l, l.noise ?? 'footer'));
  return res;
}
