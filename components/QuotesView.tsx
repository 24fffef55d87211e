import type { InPageTarget, TabReport } from '../lib/messaging/protocol';
import { shown } from './format';
import { NamedElsewhereList } from './NamedElsewhereList';
import { quoteSlots } from './speaker-slot';
import { strings } from './strings';
import { carryingOutlets, quoteAcross, WordingList } from './WordingList';

interface Props {
  report: TabReport;
  onShow: (target: InPageTarget) => void;
}

/** Outlet names of version ids, in the report's order. */
function outletsOf(report: TabReport, ids: string[]): string[] {
  return report.matches.filter((m) => ids.includes(m.id)).map((m) => shown(m.outlet));
}

/** One quote: a button that shows it in the page, who else carries it, who lacks it, and wording differences. */
function QuoteItem({ report, index, onShow }: Props & { index: number }) {
  const quote = report.quotes[index]!;
  const outlets = carryingOutlets(report, index);
  const lacking = outletsOf(report, quoteAcross(report, index)?.lackedBy ?? []);
  return (
    <li class="quote" data-quote={index}>
      <button type="button" class="quote-button" title={strings.showInPage} onClick={() => onShow({ kind: 'quote', index })}>
        <q>{shown(quote.text)}</q>
      </button>
      <span class="carried">
        {outlets.length ? `${strings.carriedBy}: ${outlets.map(shown).join(', ')}` : strings.carriedByNone}
      </span>
      {lacking.length && outlets.length ? <span class="lacked">{strings.lackedBy(lacking.join(', '))}</span> : null}
      <WordingList report={report} quote={index} />
    </li>
  );
}

/** Other versions' outlets that quote a speaker (from the background's speakers-across list). */
function quotedIn(report: TabReport, quoteIndexes: number[]): string[] {
  const mine = quoteIndexes.map((i) => report.quotes[i]!);
  const entry = report.speakersAcross?.find((s) => s.quotes.some((q) => q.id === null && mine.some((m) => m.text === q.text && m.paragraph === q.paragraph)));
  return [...new Set(entry?.quotes.filter((q) => q.id !== null).map((q) => shown(q.outlet)) ?? [])];
}

/**
 * The quotes view: each speaker (in their page colour) with their quotes on this page, then the
 * unattributed quotes, speakers only other versions quote, and the sources other versions name.
 */
export function QuotesView({ report, onShow }: Props) {
  const slots = quoteSlots(report);
  const unattributed = report.quotes.flatMap((q, i) => (q.speaker ? [] : [i]));
  const elsewhere = report.speakersAcross?.filter((s) => s.quotes.every((q) => q.id !== null)) ?? [];
  return (
    <div class="quotes-view">
      <h2 id="quotes-heading">{strings.quotesHeading(report.quotes.length)}</h2>
      <p class="hint">{strings.quotesHint}</p>
      <ul class="speakers" aria-labelledby="quotes-heading">
        {report.speakers.map((s) => {
          const others = quotedIn(report, s.quotes);
          return (
            <li key={s.name} class="speaker-entry" data-speaker={s.name}>
              <h3 class="speaker">
                <span class={`swatch slot-${slots[s.quotes[0] ?? -1] ?? -1}`} aria-hidden="true" />
                <span>{shown(s.name)}{s.title ? <span class="role">, {shown(s.title)}</span> : null}</span>
                <span class="n"> · {strings.quoteCount(s.quotes.length)}</span>
              </h3>
              {others.length ? <p class="quoted-in">{strings.alsoQuotedIn(others.join(', '))}</p> : null}
              <ul class="quotes">{s.quotes.map((i) => <QuoteItem key={i} report={report} index={i} onShow={onShow} />)}</ul>
            </li>
          );
        })}
        {unattributed.length ? (
          <li class="speaker-entry unattributed" data-speaker="">
            <h3 class="speaker"><span class="swatch slot--1" aria-hidden="true" />{strings.unattributed}</h3>
            <ul class="quotes">{unattributed.map((i) => <QuoteItem key={i} report={report} index={i} onShow={onShow} />)}</ul>
          </li>
        ) : null}
      </ul>
      {elsewhere.length ? (
        <section class="elsewhere" aria-labelledby="elsewhere-heading">
          <h2 id="elsewhere-heading">{strings.elsewhereHeading}</h2>
          <ul class="plain">
            {elsewhere.map((s) => (
              <li key={s.name}><strong>{shown(s.name)}</strong>: {[...new Set(s.quotes.map((q) => shown(q.outlet)))].join(', ')}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <NamedElsewhereList report={report} onShow={onShow} />
    </div>
  );
}
