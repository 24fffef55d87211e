import { readFileSync } from 'node:fs';
import type { Quote } from '../../lib/quotes/types';

/** One hand-labelled quote: where it is, how it starts, its kind and its speaker ('' when none). */
export interface Label {
  file: string;
  paragraph: number;
  startsWith: string;
  kind: Quote['kind'];
  speaker: string;
}

/** Reads a tab-separated label table; `file` comes from the row when the table has a file column. */
export function readLabels(path: string, file = ''): Label[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const cols = line.split('\t');
      const [f, p, s, k, sp] = file ? [file, ...cols] : cols;
      return { file: f!, paragraph: Number(p), startsWith: s!, kind: k as Quote['kind'], speaker: sp ?? '' };
    });
}

// Quote marks and apostrophes vary between outlets and typists; compare without them.
const fold = (s: string): string => s.replace(/[‘’'“”"„«»]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** True when a found quote is the labelled one: same paragraph and the same opening words. */
export function matches(label: Label, quote: Quote): boolean {
  return quote.paragraph === label.paragraph && fold(quote.text).startsWith(fold(label.startsWith));
}

/** Figures for one set of labels against what findQuotes reported. */
export interface Score {
  labelled: number;
  found: number;
  reported: number;
  rightSpeaker: number;
  rightKind: number;
  misses: string[];
  wrong: string[];
  extra: string[];
}

/** Scores the quotes found in one text against its labels. */
export function score(labels: Label[], quotes: Quote[]): Score {
  const s: Score = { labelled: labels.length, found: 0, reported: quotes.length, rightSpeaker: 0, rightKind: 0, misses: [], wrong: [], extra: [] };
  const used = new Set<Quote>();
  for (const label of labels) {
    const quote = quotes.find((q) => !used.has(q) && matches(label, q));
    if (!quote) {
      s.misses.push(`${label.file} p${label.paragraph} “${label.startsWith}”`);
      continue;
    }
    used.add(quote);
    s.found++;
    const name = quote.speaker?.name ?? '';
    if (fold(name) === fold(label.speaker)) s.rightSpeaker++;
    if (quote.kind === label.kind) s.rightKind++;
    if (fold(name) !== fold(label.speaker) || quote.kind !== label.kind) {
      s.wrong.push(`${label.file} p${label.paragraph} “${label.startsWith}”: ${quote.kind}/${name || '-'} (want ${label.kind}/${label.speaker || '-'})`);
    }
  }
  for (const q of quotes) if (!used.has(q)) s.extra.push(`p${q.paragraph} “${q.text.slice(0, 40)}” ${q.kind}/${q.speaker?.name ?? '-'}`);
  return s;
}

/** Adds scores up. */
export function total(scores: Score[]): Score {
  const t: Score = { labelled: 0, found: 0, reported: 0, rightSpeaker: 0, rightKind: 0, misses: [], wrong: [], extra: [] };
  for (const s of scores) {
    t.labelled += s.labelled; t.found += s.found; t.reported += s.reported;
    t.rightSpeaker += s.rightSpeaker; t.rightKind += s.rightKind;
    t.misses.push(...s.misses); t.wrong.push(...s.wrong); t.extra.push(...s.extra);
  }
  return t;
}

/** Recall, speaker accuracy on found quotes, precision, as fractions. */
export function figures(s: Score): { recall: number; speaker: number; precision: number; kind: number } {
  return { recall: s.found / s.labelled, speaker: s.rightSpeaker / Math.max(1, s.found), precision: (s.reported - s.extra.length) / Math.max(1, s.reported), kind: s.rightKind / Math.max(1, s.found) };
}
