/**
 * End-to-end checks of the built extension in Debian's Chromium against pages served on 127.0.0.1.
 * Run after `npx wxt build`: `npx tsx tests/e2e/run.ts`. One line per check, then `E2E: N passed, M failed`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { startSeedServer } from '../../scripts/lib/seed-server';
import { accessChecks } from './access-checks';
import { edgeChecks } from './edge-checks';
import { navChecks } from './nav-checks';
import type { E2eEnv } from './env';
import { createHarness } from './harness';
import { seedChecks } from './seed-checks';

const out = resolve('.output/e2e');
mkdirSync(out, { recursive: true });
const started = Date.now();
const watchdog = setTimeout(() => {
  console.log('FAIL the whole run took over 85 s');
  console.log('E2E: 0 passed, 1 failed');
  process.exit(1);
}, 85_000);

const server = await startSeedServer();
const ext = await launchWithExtension();
const env: E2eEnv = { context: ext.context, sw: ext.serviceWorker, extensionId: ext.extensionId, server, out, requests: [] };
// Recorded from the start: pages, extension pages and (Playwright ≥ 1.5x) the extension's service worker.
ext.context.on('request', (r) => void env.requests.push(r.url()));
const h = createHarness();
try {
  const tabs = await seedChecks(env, h);
  await accessChecks(env, h, tabs);
  await navChecks(env, h, tabs);
  await edgeChecks(env, h);
} finally {
  await ext.close();
  await server.close();
  clearTimeout(watchdog);
}
console.log(`screenshots: ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(h.summary());
