import type { Quote } from './types';

// Between two items of a list: a comma, "and" or "or".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
// An item that reads as a title: a few words, the first capitalised, no sentence inside.
const TITLE_LIKE = /^\p{Lu}[^.!?;:]{0,40}$/u;

/**
 * "among them ‘Effrakatta’, ‘Ultimutum’, ‘Abracadabra’ and ‘Sylvie’": three or more short capitalised
 * quotes listed one after another are titles (albums, songs, films), not anyone's words.
 */
export function markTitleLists(quotes: Quote[], paragraphs: string[]): void {
  let run: Quote[] = [];
  const flush = (): void => {
    if (run.length >= 3) for (const q of run) Object.assign(q, { kind: 'headline', speaker: null });
    run = [];
  };
  for (const quote of quotes) {
    const prev = run[run.length - 1];
    const listed = prev && prev.paragraph === quote.paragraph && LIST_GAP.test(paragraphs[quote.paragraph]!.slice(prev.end + 1, quote.start - 1));
    if (!listed) flush();
    if (TITLE_LIKE.test(quote.text.trim()) && quote.text.split(/\s+/).length <= 5) run.push(quote);
    else flush();
  }
  flush();
}
