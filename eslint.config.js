import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**', '.profiles/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is pure: it must run under Node with the document passed in (CONVENTIONS §1).
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports'], message: 'core/ is pure: no WXT imports.' },
            { group: ['dexie', 'dexie/*'], message: 'core/ is pure: storage lives in lib/db.' },
            { group: ['webextension-polyfill', 'wxt/browser'], message: 'core/ is pure: no browser API.' },
            { group: ['../lib/*', '../../lib/*', '@/lib/*'], message: 'core/ must not depend on lib/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window', 'location', 'indexedDB'],
    },
  },
);
