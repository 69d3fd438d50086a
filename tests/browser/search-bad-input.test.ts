import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../core/search';
import { KiosqueDb } from '../../lib/db/schema';
import { queryList } from '../../lib/search/list-query';
import { fakeArticle } from '../factories';
import { testEnv } from './support/kiosque-env';
import { expectedHits, putIndexed, variedArticles } from '../unit/search/library-seed';

const special = [
  fakeArticle({ id: 'rtl-ar', title: 'أخبار مدريد اليوم', text: 'السكن في مدريد 🏠 غالي', lang: 'ar', dir: 'rtl' }),
  fakeArticle({ id: 'rtl-he', title: 'חדשות ברלין', text: 'דירות בברלין ‏יקרות', lang: 'he', dir: 'rtl' }),
  fakeArticle({ id: 'emoji', title: 'Fête 🎉 à Lisbonne 🇵🇹', text: 'Le festival 🎶 commence.', lang: 'fr' }),
  fakeArticle({ id: 'regex', title: 'Prix (+20 %) [loyers] à Madrid?', text: 'a.b*c $ ^ \\d+ | (x) {2}', lang: 'fr' }),
];

describe('search with hostile input', () => {
  it('answers a 10,000-character query quickly, from the index and by scan alike', async () => {
    const { db } = testEnv();
    const articles = [...variedArticles(30), ...special];
    const long = `${'musée '.repeat(1000)}${'x'.repeat(4000)}`;
    expect(long.length).toBe(10_000);
    const scanned = await queryList(new KiosqueDb(db.name), { query: long });
    await putIndexed(db, articles);
    const started = performance.now();
    const page = await queryList(db, { query: long });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(page.searchMode).toBe('index');
    expect(page.items.map((a) => a.id)).toEqual(expectedHits(articles, long).slice(0, 50));
    // Before anything is indexed (an empty library here) the query is scanned, and finds nothing.
    expect(scanned).toMatchObject({ searchMode: 'scan', total: 0, items: [] });
  });

  it('treats regex metacharacters as text', async () => {
    const { db } = testEnv();
    const articles = [...variedArticles(20), ...special];
    await putIndexed(db, articles);
    for (const query of ['.*', '(+20', '[loyers]', 'a.b*c', '\\d+', '^$', '|', '(?<x>)', 'madrid?', '{2}']) {
      const page = await queryList(db, { query, limit: 100 });
      if (parseQuery(query).length === 0) {
        // Nothing searchable in it: the plain list, never a RegExp built from it.
        expect(page.searchMode, query).toBe('none');
        expect(page.total).toBe(articles.length);
      } else expect(page.items.map((a) => a.id), query).toEqual(expectedHits(articles, query));
    }
    // Brackets are separators: `[loyers]` is the word loyers (and its stem loyer), title match first.
    expect((await queryList(db, { query: '[loyers]' })).items[0]?.id).toBe('regex');
  });

  it('finds right-to-left words, ignores emoji and direction marks', async () => {
    const { db, services } = testEnv();
    const articles = [...variedArticles(10), ...special];
    await putIndexed(db, articles);
    expect((await services.searchArticles('مدريد')).map((a) => a.id)).toEqual(['rtl-ar']);
    expect((await services.searchArticles('\u200fברלין')).map((a) => a.id)).toEqual(['rtl-he']);
    expect((await services.searchArticles('🎉 lisbonne')).map((a) => a.id)).toEqual(['emoji']);
    // A query of emoji only has no terms: the plain list, not an error and not "nothing".
    const emojiOnly = await services.queryList({ query: '🎉🇵🇹' });
    expect(emojiOnly.searchMode).toBe('none');
    expect(emojiOnly.total).toBe(articles.length);
  });

  it('serves two pages at once while one of them writes', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(40);
    await putIndexed(db, articles);
    const popupA = new KiosqueDb(db.name);
    const popupB = new KiosqueDb(db.name);
    const unreadBefore = articles.filter((a) => a.status === 'unread').length;
    const writes = articles.slice(0, 15).map((a, i) => (i % 2 === 0 ? services.setStatus(a.id, 'archived') : services.setFavourite(a.id, true)));
    const reads = Array.from({ length: 10 }, (_, i) =>
      queryList(i % 2 === 0 ? popupA : popupB, { query: i % 3 === 0 ? 'loyer' : '', filter: { statuses: ['unread'] } }),
    );
    const pages = await Promise.all(reads);
    await Promise.all(writes);
    const unread = (await db.articles.toArray()).filter((a) => a.status === 'unread').length;
    // Each answer is the library before, after or between the writes, never something else.
    pages.forEach((page, i) => {
      if (i % 3 === 0) {
        expect(page.searchMode).toBe('index');
        expect(page.items.every((a) => a.title.startsWith('loyer'))).toBe(true);
        return;
      }
      expect(page.total).toBeGreaterThanOrEqual(unread);
      expect(page.total).toBeLessThanOrEqual(unreadBefore);
    });
    expect(unread).toBeLessThan(unreadBefore);
    // Once the writes are committed, both pages agree with the database.
    for (const popup of [popupA, popupB]) {
      expect((await queryList(popup, { filter: { statuses: ['unread'] } })).total).toBe(unread);
      const fav = await queryList(popup, { filter: { favourite: true }, limit: 100 });
      expect(fav.total).toBe((await db.articles.toArray()).filter((a) => a.favourite).length);
    }
  });

  it('leaves out an item deleted while a page holding it is shown', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(30);
    await putIndexed(db, articles);
    const popup = new KiosqueDb(db.name);
    const shown = await queryList(popup, { query: 'festival', limit: 10 });
    const victim = shown.items[0];
    if (!victim) throw new Error('nothing shown');
    await services.deleteArticle(victim.id);
    // The reader acts on the stale row: a typed error, not a crash.
    await expect(services.setStatus(victim.id, 'read')).rejects.toMatchObject({ code: 'not-found' });
    const next = await queryList(popup, { query: 'festival', limit: 10 });
    expect(next.items.map((a) => a.id)).not.toContain(victim.id);
    expect(next.total).toBe(shown.total - 1);
    const plain = await queryList(popup, { limit: 100 });
    expect(plain.items.map((a) => a.id)).not.toContain(victim.id);
  });
});
