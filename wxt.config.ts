import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build differs from production only by host permissions: a programmatic
// call from a test cannot grant activeTab, so tests need <all_urls> to inject the
// extractor. Production never asks for host access.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  zip: {
    excludeSources: [
      '.output/**',
      'test-results/**',
      '**/*.log',
      '.profiles/**',
      'coverage/**',
      'node_modules/**',
    ],
  },
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(mode === 'e2e' ? { host_permissions: ['<all_urls>'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePage__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'kiosque@kiosque.app', strict_min_version: '115.0' },
    },
  }),
});
