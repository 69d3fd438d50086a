import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { KiosqueError } from '../../core/errors';
import { describeError, errorMessageKey } from '../../components/error-message';
import { t, uiLang, uiLocale } from '../../lib/i18n';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMessages, useLocale } from './ui-helpers';

const repoRoot = path.resolve(__dirname, '../..');
const en = loadMessages('en');
const fr = loadMessages('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** The codes of KiosqueErrorCode, read from the union in core/errors.ts (types do not exist at run time). */
function errorCodes(): string[] {
  const source = readFileSync(path.join(repoRoot, 'core/errors.ts'), 'utf8');
  const union = /export type KiosqueErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] ?? '');
}

const placeholders = (message: string) => [...message.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('uses the same substitutions in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(fr[key]?.message ?? ''), key).toEqual(placeholders(en[key]?.message ?? ''));
    }
  });

  it('keeps the manifest keys and the ones the background uses', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandSavePage', 'contextSavePage', 'savedNotice', 'saveFailed']) {
      expect(en[key], key).toBeDefined();
    }
  });

  it('has a message for every KiosqueError code', () => {
    const codes = errorCodes();
    expect(codes.length).toBeGreaterThanOrEqual(12);
    for (const code of codes) expect(en[errorMessageKey(code)], code).toBeDefined();
  });

  it('has every key the extension asks for with a literal t(…) or getMessage(…) call', () => {
    const dirs = ['components', 'entrypoints', 'lib'].map((d) => path.join(repoRoot, d));
    const used = new Set<string>();
    for (const file of dirs.flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      // The background reads some strings directly, with or without a fallback.
      for (const m of text.matchAll(/getMessage\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      for (const m of text.matchAll(/localised\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      // Ternaries inside t(): t(cond ? 'a' : 'b').
      for (const m of text.matchAll(/\bt\([^)]*?\?\s*'([A-Za-z0-9_]+)'\s*:\s*'([A-Za-z0-9_]+)'/g)) {
        used.add(m[1] ?? '');
        used.add(m[2] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});

describe('t and describeError', () => {
  beforeEach(() => {
    useLocale('fr');
  });

  it('reads the browser language’s messages with substitutions', () => {
    expect(t('listCount', ['2', '5'])).toBe('2 sur 5');
    expect(t('saveButton')).toBe('Enregistrer la page');
  });

  it('maps typed errors, thrown or serialised, to their message and anything else to the generic one', () => {
    expect(describeError(new KiosqueError('restricted-page', 'chrome://'))).toBe(fr.error_restricted_page?.message);
    expect(describeError({ code: 'quota-exceeded', message: 'x' })).toBe(fr.error_quota_exceeded?.message);
    expect(describeError(new Error('boom'))).toBe(fr.error_unknown?.message);
    expect(describeError({ code: 'no-such-code', message: 'x' })).toBe(fr.error_unknown?.message);
    expect(describeError(null)).toBe(fr.error_unknown?.message);
  });
});

describe('uiLang and uiLocale', () => {
  it('follow the language of the served messages, keeping the browser region when it agrees', () => {
    useLocale('fr');
    fakeBrowser.i18n.getUILanguage = () => 'fr-CA';
    expect(uiLang()).toBe('fr');
    expect(uiLocale()).toBe('fr-CA');
  });

  it('ignore a browser language that disagrees with the messages', () => {
    useLocale('fr');
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(uiLocale()).toBe('fr');
    useLocale('en');
    fakeBrowser.i18n.getUILanguage = () => 'de-DE';
    expect(uiLang()).toBe('en');
    expect(uiLocale()).toBe('en');
  });
});
