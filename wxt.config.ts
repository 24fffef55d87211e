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
    // Extension pages may load only the extension's own code: nothing can be fetched from elsewhere.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    },
    browser_specific_settings: browser === 'firefox'
      ? { gecko: { id: 'parallax@parallax.local', strict_min_version: '128.0' } }
      : undefined,
  }),
});
