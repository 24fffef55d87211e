import type { VersionMatch } from '../lib/match/types';
import { formatDate, percent, shown } from './format';
import { strings } from './strings';

interface Props {
  matches: VersionMatch[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The other versions of the story, best first; each is a button that opens its comparison. */
export function VersionList({ matches, selected, onSelect }: Props) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{strings.versionsHeading(matches.length)}</h2>
      <p class="hint">{strings.versionsHint}</p>
      <ul class="versions">
        {matches.map((m) => {
          const pct = percent(m.score);
          return (
            <li key={m.id} class="version" data-version-id={m.id} data-relation={m.relation} data-score={String(pct)}>
              <button type="button" aria-pressed={selected === m.id} onClick={() => onSelect(m.id)}>
                <span class="outlet">{shown(m.outlet) || strings.unknownOutlet}</span>
                <span class="title">{shown(m.title) || strings.untitled}</span>
                <span class="meta">
                  <span>{formatDate(m.published) ?? strings.undated}</span>
                  <span class={`relation ${m.relation}`}>{strings.relation[m.relation]}</span>
                  <span class="score">{strings.score(pct)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
