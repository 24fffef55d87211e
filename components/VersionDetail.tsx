import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { QuoteAcross } from '../lib/compare/quote-xref';
import type { VersionMatch } from '../lib/match/types';
import type { InPageTarget } from '../lib/messaging/protocol';
import { DiffText } from './DiffText';
import { formatDate, percent, shown } from './format';
import { strings } from './strings';
import { WriteUpDetail } from './WriteUpDetail';

/** Only http(s) links are rendered: a stored URL is data, and a javascript: URL must never become a link. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

interface Props {
  match: VersionMatch;
  /** This article's quotes across the versions (from the background), for a separate write-up. */
  quotesAcross: QuoteAcross[];
  onClose: () => void;
  onShow: (target: InPageTarget) => void;
}

/** A paragraph of this page: a button that scrolls the page to it and flashes it. */
function PageParagraph({ index, onShow, children }: { index: number; onShow: Props['onShow']; children: ComponentChildren }) {
  return (
    <button type="button" class="para-button" data-paragraph={index} title={strings.showInPage} onClick={() => onShow({ kind: 'paragraph', index })}>
      {children}
    </button>
  );
}

function Section({ kind, title, hint, empty, count, children }: {
  kind: string; title: string; hint?: string; empty: string; count: number; children: ComponentChildren;
}) {
  return (
    <section class={`marks-section ${kind}`} data-section={kind} aria-labelledby={`${kind}-heading`}>
      <h3 id={`${kind}-heading`}>{title}</h3>
      {hint && count > 0 ? <p class="hint">{hint}</p> : null}
      {count === 0 ? <p class="none">{empty}</p> : <ol class="paras">{children}</ol>}
    </section>
  );
}

/** A copy of the same wire text: what it lacks, what only it has, and what it words differently. */
function WireDetail({ match, outlet, onShow }: { match: VersionMatch; outlet: string; onShow: Props['onShow'] }) {
  return (
    <>
        <Section kind="lacks" title={strings.lacksHeading(outlet, match.added.length)} hint={strings.lacksHint} empty={strings.noneLacks} count={match.added.length}>
          {match.added.map((p) => (
            <li key={`a${p.paragraph}`}><PageParagraph index={p.paragraph} onShow={onShow}>{shown(p.text)}</PageParagraph></li>
          ))}
        </Section>
        <Section kind="adds" title={strings.addsHeading(outlet, match.missing.length)} empty={strings.noneAdds} count={match.missing.length}>
          {match.missing.map((p) => <li key={`m${p.paragraph}`}>{shown(p.text)}</li>)}
        </Section>
        <Section kind="changed" title={strings.changedHeading(match.changed.length)} hint={strings.changedHint} empty={strings.noneChanged} count={match.changed.length}>
          {match.changed.map((c) => (
            <li key={`c${c.paragraphs.join('-')}`}>
              <PageParagraph index={c.paragraphs[0] ?? 0} onShow={onShow}>
                {c.diff ? <DiffText pieces={c.diff} /> : <span class="none">{strings.tooDifferent}</span>}
              </PageParagraph>
            </li>
          ))}
        </Section>
    </>
  );
}

/**
 * One version against this article. A wire copy: first what it lacks (this article's paragraphs it does
 * not carry), then what only it has, then the passages it words differently with the word-level
 * changes. A separate write-up: the quotes the two share and those it lacks. Paragraphs
 * of this page are buttons that show them in the page. Everything shown comes from the background.
 */
export function VersionDetail({ match, quotesAcross, onClose, onShow }: Props) {
  const href = safeHref(match.url);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the comparison that just opened, so screen readers announce it.
  useEffect(() => heading.current?.focus(), [match.id]);
  const outlet = shown(match.outlet) || strings.unknownOutlet;
  return (
    <section class="detail" data-version-id={match.id} aria-labelledby="detail-heading">
      <div class="detail-bar">
        <button type="button" class="link-button back" onClick={onClose}>← {strings.closeDetail}</button>
        {href ? <a href={href} target="_blank" rel="noreferrer noopener">{strings.openVersion}</a> : null}
      </div>
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>
        <span class="outlet">{outlet}</span> <span class="title">{shown(match.title)}</span>
      </h2>
      <p class="meta">
        <span class={`relation ${match.relation}`}>{strings.relation[match.relation]}</span> · {strings.score(percent(match.score))} · {formatDate(match.published) ?? strings.undated}
      </p>
      {match.relation === 'same-story'
        ? <WriteUpDetail match={match} outlet={outlet} quotesAcross={quotesAcross} onShow={onShow} />
        : <WireDetail match={match} outlet={outlet} onShow={onShow} />}
    </section>
  );
}
