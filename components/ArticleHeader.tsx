import type { Article } from '../lib/article/types';
import type { VersionSummary } from '../lib/match/summarize';
import { formatDate, shown } from './format';
import { strings } from './strings';

/**
 * The article the panel describes (outlet, title, date, byline, all rendered as text) and, when the
 * background computed them, the counts a reader wants first: other versions, outlets, distinct texts.
 */
export function ArticleHeader({ article, summary }: { article: Article; summary?: VersionSummary }) {
  const date = formatDate(article.published);
  return (
    <header class="article-header">
      <p class="outlet">{shown(article.outlet ?? article.site) || strings.unknownOutlet}</p>
      <h1 class="title">{shown(article.title) || strings.untitled}</h1>
      <p class="meta">
        {date ? <time dateTime={article.published ?? undefined}>{date}</time> : strings.undated}
        {article.byline ? <span> · {strings.byline(shown(article.byline))}</span> : null}
      </p>
      {summary && summary.versions > 0 ? (
        <ul class="counts" aria-label={strings.countsLabel}>
          <li data-count="versions">{strings.countVersions(summary.versions)}</li>
          <li data-count="outlets">{strings.countOutlets(summary.outlets)}</li>
          <li data-count="texts">{strings.countTexts(summary.texts)}</li>
        </ul>
      ) : null}
    </header>
  );
}
