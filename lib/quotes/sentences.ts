/** Sentences of a paragraph, with the full stops that end none (titles, initials, short months). */
// "Sen. Raymond Okafor", "K. R. Sharma", "Oct. 1": a full stop after a title, an initial or a short
// month ends no sentence.
const NO_END = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cpl|Maj|Adm|Cmdr|Prof|Rev|Hon|Supt|Insp|Det|Cllr|Cr|St|Mt|Ft|Jr|Sr|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|Inc|Co|Corp|Ltd|Gov)|(?<![\p{L}])\p{Lu})$/u;
const BOUNDARY = /[.!?][”"’']?\s+(?=[“"‘'\p{Lu}])/gu;

/** Offsets just after each sentence end in a text (where the next sentence starts). */
export function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[0][0] === '.' && NO_END.test(text.slice(Math.max(0, m.index! - 6), m.index))) continue;
    out.push(m.index! + m[0].length);
  }
  return out;
}

/** The sentence of the paragraph that holds `offset`, as [start, end) offsets. */
export function sentenceBounds(text: string, offset: number): [number, number] {
  const starts = sentenceStarts(text);
  // A start at `offset` itself counts: a quote mark opening a sentence is seen as its start.
  const start = starts.filter((s) => s <= offset).pop() ?? 0;
  const next = starts.find((s) => s > offset);
  if (next === undefined) return [start, text.length];
  // The sentence ends at its final mark, before the space that separates it from the next.
  return [start, text.slice(0, next).search(/[.!?][”"’']?\s*$/) + 1];
}

/** A text cut into its sentences (the whitespace between them dropped). */
export function splitSentences(text: string): string[] {
  const starts = [0, ...sentenceStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]).trimEnd());
}
