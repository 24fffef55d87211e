import { fakeBrowser } from 'wxt/testing/fake-browser';

// @webext-core/messaging talks to the global `chrome`; in tests that is WXT's fake browser.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
