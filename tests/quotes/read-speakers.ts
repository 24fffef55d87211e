import { findQuotes } from '../../lib/quotes/find-quotes';
import { findPeople } from '../../lib/quotes/people';

/** The speaker of each quote found, in order ('-' for none): what the mechanism tests compare. */
export const speakers = (paragraphs: string[]): string[] => findQuotes(paragraphs).map((q) => q.speaker?.name ?? '-');

/** The named (not unnamed) people a text introduces, in order. */
export const names = (paragraphs: string[]): string[] => findPeople(paragraphs).filter((p) => !p.unnamed).map((p) => p.name);
