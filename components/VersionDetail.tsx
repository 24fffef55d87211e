import { useEffect, useRef } from 'preact/hooks';
import type { VersionMatch } from '../lib/match/types';
import { shown } from './format';
import { strings } from './strings';

/** Only http(s) links are rendered: a stored URL is data, and a javascript: URL must never become a link. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** One version compared with this article: the paragraphs this article adds and the ones it lacks. */
export function VersionDetail({ match, onClose }: { match: VersionMatch; onClose: () => void }) {
  const href = safeHref(match.url);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the comparison that just opened, so screen readers announce it.
  useEffect(() => heading.current?.focus(), [match.id]);
  return (
    <section class="detail" aria-labelledby="detail-heading">
      <div class="detail-bar">
        <button type="button" class="link-button" onClick={onClose}>{strings.closeDetail}</button>
        {href ? <a href={href} target="_blank" rel="noreferrer noopener">{strings.openVersion}</a> : null}
      </div>
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>{shown(match.outlet)}: {shown(match.title)}</h2>
      <section class="added" aria-labelledby="added-heading">
        <h3 id="added-heading">{strings.addedHeading(match.added.length)}</h3>
        {match.added.length === 0 ? <p class="none">{strings.noneAdded}</p> : (
          <ol class="paras">{match.added.map((p) => <li key={`a${p.paragraph}`}>{shown(p.text)}</li>)}</ol>
        )}
      </section>
      <section class="missing" aria-labelledby="missing-heading">
        <h3 id="missing-heading">{strings.missingHeading(shown(match.outlet), match.missing.length)}</h3>
        {match.missing.length === 0 ? <p class="none">{strings.noneMissing}</p> : (
          <ol class="paras">{match.missing.map((p) => <li key={`m${p.paragraph}`}>{shown(p.text)}</li>)}</ol>
        )}
      </section>
    </section>
  );
}
