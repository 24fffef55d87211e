import type { TabReport } from '../lib/messaging/protocol';
import { shown } from './format';
import { quoteSlots } from './speaker-slot';
import { strings } from './strings';
import { carryingOutlets, WordingList } from './WordingList';

/** What the in-page card shows: one quote of a report. */
export interface QuoteCardProps {
  report: TabReport;
  /** Index into report.quotes. */
  quote: number;
  /** Opened from the keyboard: read out through the host's live region. */
  announce?: boolean;
}

/**
 * The in-page card for one quote: speaker (or "Unattributed") and role, the outlets carrying the quote,
 * and where their wording differs. Text only, and no control: nothing on it changes any data.
 */
export function QuoteCard({ report, quote: index }: QuoteCardProps) {
  const quote = report.quotes[index];
  if (!quote) return null;
  const slot = quoteSlots(report)[index] ?? -1;
  const outlets = carryingOutlets(report, index);
  return (
    <div class="card" role="tooltip" aria-label={strings.cardLabel} data-slot={String(slot)}>
      <p class="brand">{strings.appName}</p>
      <p class="speaker">
        <span class={`swatch slot-${slot}`} aria-hidden="true" />
        {quote.speaker ? shown(quote.speaker.name) : strings.unattributed}
      </p>
      {quote.speaker?.title ? <p class="role">{shown(quote.speaker.title)}</p> : null}
      <p class="label">{outlets.length ? strings.carriedBy : strings.carriedByNone}</p>
      {outlets.length ? <ul class="outlets">{outlets.map((o) => <li key={o}>{shown(o)}</li>)}</ul> : null}
      <WordingList report={report} quote={index} />
    </div>
  );
}
