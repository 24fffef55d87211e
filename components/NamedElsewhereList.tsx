import type { InPageTarget, TabReport } from '../lib/messaging/protocol';
import { shown } from './format';
import { strings } from './strings';

/** The unnamed sources of this article ("a senior Russian diplomat") that another version names. */
export function NamedElsewhereList({ report, onShow }: { report: TabReport; onShow: (target: InPageTarget) => void }) {
  const found = report.namedElsewhere ?? [];
  if (found.length === 0) return null;
  return (
    <section class="named" aria-labelledby="named-heading">
      <h2 id="named-heading">{strings.namedHeading}</h2>
      <p class="hint">{strings.namedHint}</p>
      <ul class="plain">
        {found.map((f) => (
          <li key={`${f.paragraph}-${f.id}-${f.name}`} class="named-item">
            <button type="button" class="quote-button" title={strings.showInPage} onClick={() => onShow({ kind: 'paragraph', index: f.paragraph })}>
              {strings.namedItem(shown(f.phrase))}
            </button>
            <span class="named-by">{strings.namedBy(shown(f.outlet), shown(f.name), f.title ? shown(f.title) : null)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
