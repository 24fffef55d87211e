import { useEffect, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { SiteSettings } from '../../components/SiteSettings';
import { strings } from '../../components/strings';
import type { InPageTarget } from '../../lib/messaging/protocol';
import { showInPage } from './in-page';
import { ReportView } from './ReportView';
import { followTargetTab } from './tab-target';
import { useSettings } from './use-settings';
import { useTabReport, type ReportState } from './use-tab-report';

/** The panel's main content for a report state: a message, or the report. */
function Body({ state, onShow }: { state: ReportState; onShow: (t: InPageTarget) => void }) {
  if (state.status === 'loading') return <EmptyState kind="loading" title={strings.loading} />;
  if (state.status === 'error') {
    if (state.code === 'db-loading') return <EmptyState kind="db-loading" title={strings.dbLoadingTitle} body={strings.dbLoading} />;
    return <EmptyState kind="error" title={strings.errorTitle} body={state.message}><p class="code">{strings.errorCode(state.code)}</p></EmptyState>;
  }
  if (!state.report) return <EmptyState kind="nothing" title={strings.nothingYetTitle} body={strings.nothingYet} />;
  return <ReportView report={state.report} onShow={onShow} />;
}

/** The side panel (Chrome) / sidebar (Firefox): follows its tab and shows what Parallax found there. */
export function App() {
  // undefined until the tab is known; null when there is none to describe.
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [notice, setNotice] = useState('');
  useEffect(() => followTargetTab(setTabId), []);
  const state = useTabReport(tabId ?? null);
  const { settings, update } = useSettings(tabId ?? null, state.status === 'ready' ? state.report?.url : undefined);
  const onShow = (target: InPageTarget): void => {
    if (tabId === null || tabId === undefined) return;
    setNotice('');
    void showInPage(tabId, target).then((found) => setNotice(found ? '' : strings.notInPage));
  };
  return (
    <>
      {tabId === undefined ? <EmptyState kind="loading" title={strings.loading} /> : <Body state={state} onShow={onShow} />}
      <p class="notice" role="status" aria-live="polite">{notice}</p>
      {settings ? <SiteSettings settings={settings} onChange={update} /> : null}
    </>
  );
}
