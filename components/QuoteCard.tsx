import type { PageQuote } from '../lib/messaging/protocol';
import { shown } from './format';
import { strings } from './strings';

/** The in-page hover card for one quote: speaker (or "Unattributed") and the outlets carrying it. Text only. */
export function QuoteCard({ quote }: { quote: PageQuote }) {
  return (
    <div class="card" role="tooltip" aria-label={strings.cardLabel}>
      <p class="brand">{strings.appName}</p>
      <p class="speaker">{quote.speaker ? shown(quote.speaker.name) : strings.unattributed}</p>
      {quote.speaker?.title ? <p class="role">{shown(quote.speaker.title)}</p> : null}
      <p class="label">{quote.carriedBy.length ? strings.carriedBy : strings.carriedByNone}</p>
      {quote.carriedBy.length ? (
        <ul class="outlets">{quote.carriedBy.map((o) => <li key={o}>{shown(o)}</li>)}</ul>
      ) : null}
    </div>
  );
}
