import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module; the preset plugs straight into its Vite config.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: "Every outlet's version of the news story in front of you, compared locally.",
    // Declared by hand: the badge APIs need an action, and WXT adds one only with a popup.
    action: { default_title: 'Parallax: other versions of this story' },
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Keyboard: open the panel (Chrome opens it through the action, whose click opens the side panel;
    // Firefox has a command for its sidebar), and move between quotes in the page. Readers can change
    // the keys in the browser's shortcut settings.
    commands: {
      // Chrome left an Alt+Shift key for _execute_action unassigned here; Ctrl+Shift+Y is free in Chrome but
      // opens Firefox's downloads, so each browser gets its own.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: browser === 'firefox' ? 'Alt+Shift+Y' : 'Ctrl+Shift+Y' },
        description: 'Open the Parallax side panel',
      },
      'next-quote': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next quote in the page' },
      'prev-quote': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous quote in the page' },
    },
    // Extension pages may load only the extension's own code: nothing can be fetched from elsewhere.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    },
    browser_specific_settings: browser === 'firefox'
      ? { gecko: { id: 'parallax@parallax.local', strict_min_version: '128.0' } }
      : undefined,
  }),
});
