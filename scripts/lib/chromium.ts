import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** A Chromium with the built extension loaded, its id and worker, and a close that removes the temp profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Debian's Chromium from apt: playwright-core never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where `wxt build` writes the Chrome package. */
export const DEFAULT_EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Launches Chromium with the extension in a fresh temporary profile. Headless unless HEADED=1 and a DISPLAY
 * exist. The flags keep Chromium from reaching the network on its own (it would be refused anyway).
 */
export async function launchWithExtension(extensionDir: string = DEFAULT_EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'parallax-profile-'));
  const headed = process.env.HEADED === '1' && !!process.env.DISPLAY;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    ],
  });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context, extensionId, serviceWorker,
      close: async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}
