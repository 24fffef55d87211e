import type { VersionSummary } from '../lib/match/summarize';
import type { QuoteAcross } from '../lib/compare/quote-xref';
import type { Relation, VersionMatch } from '../lib/match/types';
import { formatDate, percent, shown } from './format';
import { strings } from './strings';

interface Props {
  matches: VersionMatch[];
  summary?: VersionSummary;
  quotesAcross: QuoteAcross[];
  onSelect: (id: string) => void;
}

const RELATIONS: Relation[] = ['same-wire', 'same-story'];

/** "Same text as X, Y" for a write-up other versions share (from the background's text groups). */
function sharedText(m: VersionMatch, summary?: VersionSummary): string | null {
  if (m.relation === 'same-wire') return null;
  const others = summary?.groups.find((g) => g.text === m.text)?.outlets.filter((o) => o !== m.outlet) ?? [];
  return others.length ? strings.sameTextAs(others.map(shown).join(', ')) : null;
}

function VersionItem({ m, summary, quotesAcross, onSelect }: { m: VersionMatch; summary?: VersionSummary; quotesAcross: QuoteAcross[]; onSelect: (id: string) => void }) {
  const pct = percent(m.score);
  // A write-up in its own words is compared on quotes, not paragraph by paragraph (see WriteUpDetail).
  const sharedQuotes = quotesAcross.filter((q) => q.carriedBy.some((c) => c.id === m.id)).length;
  const shared = sharedText(m, summary);
  return (
    <li class="version" data-version-id={m.id} data-relation={m.relation} data-score={String(pct)}>
      <button type="button" onClick={() => onSelect(m.id)}>
        <span class="outlet">{shown(m.outlet) || strings.unknownOutlet}</span>
        <span class="title">{shown(m.title) || strings.untitled}</span>
        <span class="meta">
          <span>{formatDate(m.published) ?? strings.undated}</span>
          <span class="score">{strings.score(pct)}</span>
        </span>
        <span class="marks" data-missing={m.added.length} data-added={m.missing.length} data-changed={m.changed.length}>
          {m.relation === 'same-story' ? strings.writeUpMarks(sharedQuotes) : strings.markCounts(m.added.length, m.missing.length, m.changed.length)}
        </span>
        {shared ? <span class="shared">{shared}</span> : null}
      </button>
    </li>
  );
}

/**
 * The other versions of the story grouped by relation (same wire copy first, then separate write-ups),
 * each a button that opens its comparison: outlet, headline, date, overlap, and for a wire copy how many
 * paragraphs it lacks, adds and words differently; for a write-up how many of this page's quotes it shares.
 */
export function VersionList({ matches, summary, quotesAcross, onSelect }: Props) {
  return (
    <div class="version-groups">
      <p class="hint">{strings.versionsHint}</p>
      {RELATIONS.map((relation) => {
        const group = matches.filter((m) => m.relation === relation);
        if (group.length === 0) return null;
        return (
          <section key={relation} class={`group ${relation}`} data-group={relation} aria-labelledby={`group-${relation}`}>
            <h2 id={`group-${relation}`}>{strings.relationGroup[relation]} <span class="n">({group.length})</span></h2>
            <p class="hint">{strings.relationGroupHint[relation]}</p>
            <ul class="versions">
              {group.map((m) => <VersionItem key={m.id} m={m} summary={summary} quotesAcross={quotesAcross} onSelect={onSelect} />)}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
