import type { Quote, SpeakerEntry } from './types';

/** Lists each speaker once, in order of first quote, with the indexes of their quotes. */
export function listSpeakers(quotes: Quote[]): SpeakerEntry[] {
  const byName = new Map<string, SpeakerEntry>();
  quotes.forEach((quote, i) => {
    if (!quote.speaker) return;
    const entry = byName.get(quote.speaker.name);
    if (entry) {
      entry.quotes.push(i);
      entry.title ??= quote.speaker.title;
    } else byName.set(quote.speaker.name, { name: quote.speaker.name, title: quote.speaker.title, quotes: [i] });
  });
  return [...byName.values()];
}
