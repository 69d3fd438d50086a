import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../lib/i18n';
import { useLocale } from './ui-helpers';

/** Wraps the served messages to count how often the browser is asked. */
function counted(): { calls: string[] } {
  const served = fakeBrowser.i18n.getMessage;
  const log = { calls: [] as string[] };
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    log.calls.push(key);
    return served(key, subs);
  }) as typeof fakeBrowser.i18n.getMessage;
  return log;
}

describe('t() message cache', () => {
  it('asks the browser once per key while the same function serves the messages', () => {
    useLocale('en');
    const log = counted();
    const first = t('markRead');
    for (let i = 0; i < 20; i++) expect(t('markRead')).toBe(first);
    expect(t('unread')).not.toBe(first);
    expect(log.calls).toEqual(['markRead', 'unread']);
  });

  it('asks once per key for a message with substitutions, and fills each call with its own values', () => {
    useLocale('en');
    const log = counted();
    expect(t('readerMinutes', '3')).toBe(t('readerMinutes', ['3']));
    expect(t('readerMinutes', '7')).toContain('7');
    expect(t('readerMinutes', '7')).not.toContain('3');
    expect(log.calls).toEqual(['readerMinutes']);
  });

  it('puts substitutions where the locale wants them, as plain text, and leaves a missing one empty', () => {
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      // A locale that puts the second value first, as "$2 ($1)" would.
      return key === 'filterOption' ? `${list[1] ?? ''} — ${list[0] ?? ''}` : '';
    }) as typeof fakeBrowser.i18n.getMessage;
    expect(t('filterOption', ['Madrid', '12'])).toBe('12 — Madrid');
    // A value that looks like a placeholder or a replacement pattern stays as typed.
    expect(t('filterOption', ['$1 $& \ue000', '$2'])).toBe('$2 — $1 $& \ue000');
    expect(t('filterOption', ['Madrid'])).toBe(' — Madrid');
    expect(t('markRead', ['x'])).toBe('markRead');
  });

  it('gives the same text as the browser for every message of both locales', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const messages = useLocale(lang);
      const direct = fakeBrowser.i18n.getMessage;
      const values = ['Madrid', '42', 'Élise & Co', '$1'];
      for (const key of Object.keys(messages)) {
        const k = key as Parameters<typeof t>[0];
        expect(t(k, values), `${lang} ${key}`).toBe(direct(k, values) || key);
        expect(t(k), `${lang} ${key}`).toBe(direct(k) || key);
      }
    }
  });

  it('serves the new language once another function serves the messages', () => {
    useLocale('en');
    const english = t('markRead');
    useLocale('fr');
    const french = t('markRead');
    expect(french).not.toBe(english);
    useLocale('en');
    expect(t('markRead')).toBe(english);
  });

  it('falls back to the key for an unknown message, and caches that too', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    const log = counted();
    expect(t('markRead')).toBe('markRead');
    expect(t('markRead')).toBe('markRead');
    expect(log.calls).toEqual(['markRead']);
  });
});
