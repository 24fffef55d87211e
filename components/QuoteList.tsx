import type { PageQuote } from '../lib/messaging/protocol';
import { shown } from './format';
import { strings } from './strings';

/** The quotes highlighted in the page, with who said them and which other versions carry them. */
export function QuoteList({ quotes }: { quotes: PageQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{strings.quotesHeading(quotes.length)}</h2>
      <ul class="quotes">
        {quotes.map((q, i) => (
          <li key={i} class="quote">
            <q>{shown(q.text)}</q>
            <span class="speaker">
              {q.speaker ? shown(q.speaker.name) : strings.unattributed}
              {q.speaker?.title ? `, ${shown(q.speaker.title)}` : ''}
            </span>
            <span class="carried">
              {q.carriedBy.length ? `${strings.carriedBy}: ${q.carriedBy.map(shown).join(', ')}` : strings.carriedByNone}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
