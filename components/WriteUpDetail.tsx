import type { VersionMatch } from '../lib/match/types';
import type { QuoteAcross } from '../lib/compare/quote-xref';
import type { InPageTarget } from '../lib/messaging/protocol';
import { DiffText } from './DiffText';
import { shown } from './format';
import { strings } from './strings';

interface Props {
  match: VersionMatch;
  outlet: string;
  quotesAcross: QuoteAcross[];
  onShow: (target: InPageTarget) => void;
}

/**
 * A separate write-up against this article. Its paragraphs are its own wording, so listing them as
 * "lacking" this article's paragraphs would accuse the outlet of cuts it never made; what the two
 * reports can be compared on is the record: whom they quote and in what words.
 */
export function WriteUpDetail({ match, outlet, quotesAcross, onShow }: Props) {
  const shared = quotesAcross.flatMap((q) => {
    const carrier = q.carriedBy.find((c) => c.id === match.id);
    return carrier ? [{ q, carrier }] : [];
  });
  const lacked = quotesAcross.filter((q) => q.lackedBy.includes(match.id));
  return (
    <>
      <p class="hint writeup-note">{strings.writeUpNote(outlet)}</p>
      <section class="marks-section shared-quotes" data-section="shared-quotes" aria-labelledby="shared-quotes-heading">
        <h3 id="shared-quotes-heading">{strings.sharedQuotesHeading(outlet, shared.length)}</h3>
        {shared.length === 0 ? <p class="none">{strings.noSharedQuotes}</p> : (
          <ol class="paras">
            {shared.map(({ q, carrier }) => (
              <li key={`s${q.quote}`}>
                <button type="button" class="para-button" title={strings.showInPage} onClick={() => onShow({ kind: 'quote', index: q.quote })}>
                  <q>{shown(q.text)}</q>
                  {q.speaker ? <span class="who"> — {shown(q.speaker)}</span> : null}
                  {carrier.diff ? <span class="wording"><span class="label">{strings.wordedThere(outlet)}</span> <DiffText pieces={carrier.diff} /></span> : null}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="marks-section lacks" data-section="quotes-lacked" aria-labelledby="quotes-lacked-heading">
        <h3 id="quotes-lacked-heading">{strings.lackedQuotesHeading(outlet, lacked.length)}</h3>
        {lacked.length === 0 ? <p class="none">{strings.noLackedQuotes}</p> : (
          <ol class="paras">
            {lacked.map((q) => (
              <li key={`l${q.quote}`}>
                <button type="button" class="para-button" title={strings.showInPage} onClick={() => onShow({ kind: 'quote', index: q.quote })}>
                  <q>{shown(q.text)}</q>{q.speaker ? <span class="who"> — {shown(q.speaker)}</span> : null}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
