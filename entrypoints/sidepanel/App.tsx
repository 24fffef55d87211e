import { useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { EmptyState } from '../../components/EmptyState';
import { QuoteList } from '../../components/QuoteList';
import { strings } from '../../components/strings';
import { VersionDetail } from '../../components/VersionDetail';
import { VersionList } from '../../components/VersionList';
import type { TabReport } from '../../lib/messaging/protocol';
import { followTargetTab } from './tab-target';
import { useTabReport } from './use-tab-report';

/** The report of an article page: header, other versions, the chosen version's differences, quotes. */
function ReportView({ report }: { report: TabReport }) {
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => setSelected(null), [report.url]);
  const { article, matches } = report;
  if (!article.isArticle) {
    if (article.reasons.includes('too-large')) {
      return <EmptyState kind="too-large" title={strings.tooLargeTitle} body={strings.tooLarge} />;
    }
    return (
      <EmptyState kind="not-article" title={strings.notArticleTitle} body={strings.notArticleReasons}>
        <ul class="reasons">{article.reasons.map((r) => <li key={r}><code>{r}</code></li>)}</ul>
      </EmptyState>
    );
  }
  const chosen = matches.find((m) => m.id === selected) ?? null;
  const close = (): void => {
    const id = selected;
    setSelected(null);
    // Focus returns to the version that was open, so keyboard users keep their place.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-version-id="${CSS.escape(id ?? '')}"] button`)?.focus());
  };
  return (
    <>
      <ArticleHeader article={article} />
      {matches.length === 0
        ? <EmptyState kind="no-versions" title={strings.noVersionsTitle} body={strings.noVersions} />
        : <VersionList matches={matches} selected={selected} onSelect={(id) => setSelected(id === selected ? null : id)} />}
      {chosen ? <VersionDetail match={chosen} onClose={close} /> : null}
      <QuoteList quotes={report.quotes} />
    </>
  );
}

/** The side panel (Chrome) / sidebar (Firefox): follows its tab and shows what Parallax found there. */
export function App() {
  // undefined until the tab is known; null when there is none to describe.
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => followTargetTab(setTabId), []);
  const state = useTabReport(tabId ?? null);
  if (tabId === undefined || state.status === 'loading') return <EmptyState kind="loading" title={strings.loading} />;
  if (state.status === 'error') {
    return <EmptyState kind="error" title={strings.errorTitle} body={state.message}><p class="code">{strings.errorCode(state.code)}</p></EmptyState>;
  }
  if (!state.report) return <EmptyState kind="nothing" title={strings.nothingYetTitle} body={strings.nothingYet} />;
  return <ReportView report={state.report} />;
}
