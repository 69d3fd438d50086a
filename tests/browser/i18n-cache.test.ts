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

  it('asks again for messages with substitutions, which differ per call', () => {
    useLocale('en');
    const log = counted();
    expect(t('readerMinutes', '3')).toContain('3');
    expect(t('readerMinutes', '7')).toContain('7');
    expect(log.calls).toEqual(['readerMinutes', 'readerMinutes']);
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
