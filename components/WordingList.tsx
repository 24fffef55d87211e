import type { TabReport } from '../lib/messaging/protocol';
import { DiffText } from './DiffText';
import { shown } from './format';
import { strings } from './strings';

/** The entry of report.quotesAcross for a quote of this page, if the background computed one. */
export function quoteAcross(report: TabReport, quote: number) {
  return report.quotesAcross?.find((q) => q.quote === quote) ?? null;
}

/** The outlets that carry a quote: from the cross-reference when there is one, else the plain carriers. */
export function carryingOutlets(report: TabReport, quote: number): string[] {
  const across = quoteAcross(report, quote);
  if (across) return [...new Set(across.carriedBy.map((c) => c.outlet))];
  return report.quotes[quote]?.carriedBy ?? [];
}

/**
 * Where the other versions word a quote differently: one line per outlet with the word diff from this
 * page's wording to theirs. Nothing when every carrier uses the same words (or no data was computed).
 */
export function WordingList({ report, quote }: { report: TabReport; quote: number }) {
  const differing = quoteAcross(report, quote)?.carriedBy.filter((c) => c.diff) ?? [];
  if (differing.length === 0) return null;
  return (
    <div class="wording">
      <p class="label">{strings.wordingHeading}</p>
      <ul class="wording-list">
        {differing.map((c) => (
          <li key={c.id} data-outlet={c.outlet}>
            <span class="wording-outlet">{shown(c.outlet)}: </span>
            {c.diff ? <DiffText pieces={c.diff} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
