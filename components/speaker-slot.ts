import type { TabReport } from '../lib/messaging/protocol';

/** How many speaker colours the page and the panel share; later speakers reuse them in turn. */
export const SPEAKER_SLOTS = 6;

/**
 * The colour slot of each quote of a report: its speaker's place in the report's speaker list
 * (modulo {@link SPEAKER_SLOTS}), or -1 for an unattributed quote. The page's highlights and the
 * panel's swatches both use this, so a speaker has one colour everywhere.
 */
export function quoteSlots(report: Pick<TabReport, 'quotes' | 'speakers'>): number[] {
  const slots = report.quotes.map(() => -1);
  report.speakers.forEach((speaker, s) => {
    for (const q of speaker.quotes) if (q >= 0 && q < slots.length) slots[q] = s % SPEAKER_SLOTS;
  });
  return slots;
}

/** The colour slot of the n-th speaker. */
export function speakerSlot(n: number): number {
  return n % SPEAKER_SLOTS;
}
