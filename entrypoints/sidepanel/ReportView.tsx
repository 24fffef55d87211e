import { useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { EmptyState } from '../../components/EmptyState';
import { QuotesView } from '../../components/QuotesView';
import { strings } from '../../components/strings';
import { Tabs } from '../../components/Tabs';
import { VersionDetail } from '../../components/VersionDetail';
import { VersionList } from '../../components/VersionList';
import type { InPageTarget, TabReport } from '../../lib/messaging/protocol';

type View = 'versions' | 'quotes';

interface Props {
  report: TabReport;
  onShow: (target: InPageTarget) => void;
}

/** Why a page was not compared, as the panel says it; null for an article. */
export function notComparedState(report: TabReport) {
  const { article } = report;
  if (article.isArticle) return null;
  if (article.reasons.includes('site-off')) {
    return <EmptyState kind="site-off" title={strings.siteOffTitle} body={strings.siteOff(article.site ?? '')} />;
  }
  if (article.reasons.includes('too-large')) {
    return <EmptyState kind="too-large" title={strings.tooLargeTitle} body={strings.tooLarge} />;
  }
  return (
    <EmptyState kind="not-article" title={strings.notArticleTitle} body={strings.notArticleReasons}>
      <ul class="reasons">{article.reasons.map((r) => <li key={r}><code>{r}</code></li>)}</ul>
    </EmptyState>
  );
}

/** An article's report: header and counts, then the versions (or one version's detail) and the quotes as tabs. */
export function ReportView({ report, onShow }: Props) {
  const [view, setView] = useState<View>('versions');
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => setSelected(null), [report.url]);
  const skipped = notComparedState(report);
  if (skipped) return skipped;
  const { article, matches } = report;
  const chosen = matches.find((m) => m.id === selected) ?? null;
  const close = (): void => {
    const id = selected;
    setSelected(null);
    // Focus returns to the version that was open, so keyboard users keep their place.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`li[data-version-id="${CSS.escape(id ?? '')}"] button`)?.focus());
  };
  const versions = matches.length === 0
    ? <EmptyState kind="no-versions" title={strings.noVersionsTitle} body={strings.noVersions} />
    : chosen
      ? <VersionDetail match={chosen} quotesAcross={report.quotesAcross ?? []} onClose={close} onShow={onShow} />
      : <VersionList matches={matches} summary={report.summary} quotesAcross={report.quotesAcross ?? []} onSelect={setSelected} />;
  return (
    <>
      <ArticleHeader article={article} summary={report.summary} />
      <Tabs
        tabs={[{ id: 'versions', label: strings.tabVersions }, { id: 'quotes', label: `${strings.tabQuotes} (${report.quotes.length})` }]}
        current={view}
        onChange={setView}
      >
        {view === 'versions' ? versions : <QuotesView report={report} onShow={onShow} />}
      </Tabs>
    </>
  );
}
