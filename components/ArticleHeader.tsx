import type { Article } from '../lib/article/types';
import { formatDate, shown } from './format';
import { strings } from './strings';

/** The article the panel describes: outlet, title, date and byline, all rendered as text. */
export function ArticleHeader({ article }: { article: Article }) {
  const date = formatDate(article.published);
  return (
    <header class="article-header">
      <p class="outlet">{shown(article.outlet ?? article.site) || strings.unknownOutlet}</p>
      <h1 class="title">{shown(article.title) || strings.untitled}</h1>
      <p class="meta">
        {date ? <time dateTime={article.published ?? undefined}>{date}</time> : strings.undated}
        {article.byline ? <span> · {strings.byline(shown(article.byline))}</span> : null}
      </p>
    </header>
  );
}
