import type { TabReport } from '../../lib/messaging/protocol';
import { fail, ok, type Result } from '../../lib/messaging/result';
import { checkContentScriptSender, checkExtensionPageSender, type SenderLike } from '../../lib/messaging/sender';
import { parseGetTabReport, parseReportArticle } from '../../lib/messaging/validate';
import { showBadge, type BadgeApi } from './badge';
import { buildReport, emptyReport } from './build-report';
import { samePage } from './same-page';
import type { BackgroundServices } from './services';
import type { TabReportStore } from './tab-reports';

/** What the message handlers work with; index.ts passes the real browser's parts, tests fakes. */
export interface HandlerEnv {
  extensionId: string;
  /** `runtime.getURL('/')`: every extension page's URL starts with it. */
  extensionOrigin: string;
  services: BackgroundServices;
  reports: TabReportStore;
  action: BadgeApi | undefined;
  /** The tab's current URL, or null when the tab is gone: a report for a page left meanwhile is not kept. */
  currentTabUrl: (tabId: number) => Promise<string | null>;
}

/** Runs a handler so that nothing is thrown across the messaging boundary: errors become values. */
export async function safely<T>(handler: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await handler();
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

/** content → background: checks the sender and payload, matches the article, keeps the report, sets the badge. */
export async function handleReportArticle(
  env: HandlerEnv,
  data: unknown,
  sender: SenderLike | undefined,
): Promise<Result<TabReport>> {
  const origin = checkContentScriptSender(sender, env.extensionId);
  if (!origin.ok) return origin;
  const payload = parseReportArticle(data);
  if (!payload.ok) return payload;
  const { article } = payload.value;
  const report = article.isArticle
    ? await buildReport(article, origin.value, (await env.services.ready()).index, env.services.db)
    : emptyReport(article, origin.value);
  // The reader may have navigated while we matched: keep and show only a report for the page still there.
  if (samePage(await env.currentTabUrl(origin.value.tabId), origin.value.url)) {
    await env.reports.put(report);
    if (env.action) await showBadge(env.action, report.tabId, report);
  }
  return ok(report);
}

/** side panel → background: the stored report for a tab, only for the extension's own pages. */
export async function handleGetTabReport(
  env: HandlerEnv,
  data: unknown,
  sender: SenderLike | undefined,
): Promise<Result<TabReport | null>> {
  const allowed = checkExtensionPageSender(sender, env.extensionId, env.extensionOrigin);
  if (!allowed.ok) return allowed;
  const payload = parseGetTabReport(data);
  if (!payload.ok) return payload;
  return ok(await env.reports.get(payload.value.tabId));
}
