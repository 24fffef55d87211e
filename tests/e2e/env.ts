import type { BrowserContext, Worker } from 'playwright-core';
import type { SeedServer } from '../../scripts/lib/seed-server';
import type { createHarness } from './harness';

/** What every check needs: the browser with the extension, the local pages, where to write, what was fetched. */
export interface E2eEnv {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  server: SeedServer;
  out: string;
  requests: string[];
}

/** The check runner. */
export type Harness = ReturnType<typeof createHarness>;
