import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest aliases `wxt/browser` to the fake browser and applies wxt.config.ts (imports stay off).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // fake-indexeddb/auto installs a global indexedDB for Dexie; setup.ts gives the messaging library its `chrome`.
    setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
    // Builds lib/stories/generated/seed-bundle.json when missing (it is generated, not committed).
    globalSetup: ['./tests/global-setup.ts'],
  },
});
