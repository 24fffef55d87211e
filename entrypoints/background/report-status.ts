import type { TabReport } from '../../lib/messaging/protocol';
import { fail, type Result } from '../../lib/messaging/result';
import type { BackgroundServices } from './services';

/** How long a panel's question waits for a database that is almost ready before saying it is loading. */
const GRACE_MS = 50;

/**
 * Why there can be no report yet: null when the database and index are ready, `db-loading` while they
 * are still being prepared (asking starts that work if nothing has), or the error that stopped them.
 */
export async function loadingState(services: Pick<BackgroundServices, 'ready'>, graceMs = GRACE_MS): Promise<Result<never> | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  try {
    const state = await Promise.race([services.ready().then(() => 'ready' as const), late]);
    return state === 'ready' ? null : fail('db-loading', 'The story database is still loading.');
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The side panel's reply for a tab: a tab without a report while the database is still loading
 * becomes a `db-loading` error, so the panel can say so instead of "nothing here".
 */
export async function withLoadingState(
  reply: Result<TabReport | null>,
  services: Pick<BackgroundServices, 'ready'>,
): Promise<Result<TabReport | null>> {
  if (!reply.ok || reply.value !== null) return reply;
  return (await loadingState(services)) ?? reply;
}
