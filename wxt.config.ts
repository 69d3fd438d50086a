import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compileHints } from './build/compile-hints';
import { inlineStylesheets } from './build/inline-stylesheets';
import { READABILITY_BASELINE_FILE, readabilityBaselineScript, readReadabilitySource } from './build/readability-baseline';
import { popupOnItsOwn } from './build/popup-build';

// The e2e build differs from production only by host permissions: a programmatic
// call from a test cannot grant activeTab, so tests need <all_urls> to inject the
// extractor. Production never asks for host access.
//
// WXT sets NODE_ENV to the mode when it is unset, and Vite treats any value
// other than "production" as a development build: Preact's JSX would carry
// source locations and its devtools hook, and WXT's logger would print. The
// tests and benches would then measure code that never ships, so the e2e
// mode builds as production.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), inlineStylesheets(['popup/index.html']), compileHints(['extract.js'])],
  }),
  hooks: {
    // One module file for the popup's first screen instead of five (see build/popup-build.ts).
    'entrypoints:grouped': (_wxt, groups) => {
      popupOnItsOwn(groups);
    },
    // The benchmark's baseline (build/readability-baseline.ts); never in a production package.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode !== 'e2e') return;
      files.push({ relativeDest: READABILITY_BASELINE_FILE, contents: readabilityBaselineScript(readReadabilitySource()) });
    },
  },
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
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's service worker has no DOMParser to read fetched links (lib/fetch); Firefox's event page has one.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Fetching imported links needs host access, asked for only when the reader starts it. MV2 names it differently.
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
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
