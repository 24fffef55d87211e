import type { QuotedVersion } from './quote-xref';

/** One speaker's quotes across this article and the other versions. */
export interface SpeakerAcross {
  name: string;
  quotes: { id: string | null; outlet: string; text: string; paragraph: number }[];
}

const key = (name: string): string => name.split(/\s+/).pop()!.toLowerCase();

/**
 * Groups every attributed quote of this article (id null) and of the versions by speaker, matching
 * speakers by surname so "Peskov" and "Dmitry Peskov" are one person; the fullest name is kept.
 */
export function quotesBySpeaker(article: Omit<QuotedVersion, 'id'>, versions: QuotedVersion[]): SpeakerAcross[] {
  const bySpeaker = new Map<string, SpeakerAcross>();
  for (const [id, v] of [[null, article] as const, ...versions.map((v) => [v.id, v] as const)]) {
    for (const q of v.quotes) {
      if (!q.speaker || q.kind !== 'speech') continue;
      const k = key(q.speaker.name);
      let entry = bySpeaker.get(k);
      if (!entry) bySpeaker.set(k, (entry = { name: q.speaker.name, quotes: [] }));
      if (q.speaker.name.length > entry.name.length) entry.name = q.speaker.name;
      entry.quotes.push({ id, outlet: v.outlet, text: q.text, paragraph: q.paragraph });
    }
  }
  return [...bySpeaker.values()];
}
