import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/model';
import { matchesFilter, scanSearch, toSearchDoc, type ListFilter } from '../../core/search';
import { publishedTime, siteKey } from '../../core/search/filter';
import { testEnv } from './support/kiosque-env';
import { putArticles, variedArticles } from '../unit/search/library-seed';
import { fakeArticle } from '../factories';

/** What queryList must return, computed the slow obvious way. */
function expectedIds(articles: Article[], filter: ListFilter, sort: 'savedAt' | 'publishedAt' | 'site'): string[] {
  const kept = articles.filter((a) => matchesFilter(a, filter));
  const published = (a: Article) => (a.publishedAt === null ? null : publishedTime(a.publishedAt));
  return kept
    .sort((a, b) => {
      if (sort === 'publishedAt') {
        const pa = published(a);
        const pb = published(b);
        if ((pa === null) !== (pb === null)) return pa === null ? 1 : -1;
        if (pa !== null && pb !== null && pa !== pb) return pb - pa;
      }
      if (sort === 'site') {
        const sa = siteKey(a.url) ?? '';
        const sb = siteKey(b.url) ?? '';
        if (sa !== sb) return sa < sb ? -1 : 1;
      }
      return b.savedAt - a.savedAt;
    })
    .map((a) => a.id);
}

describe('queryList', () => {
  it('answers an empty library with an empty page', async () => {
    const { services } = testEnv();
    const page = await services.queryList({});
    expect(page.items).toEqual([]);
    expect(page.total).toBe(0);
    expect(page.searchMode).toBe('none');
    expect(page.counts.statuses).toEqual({ unread: 0, read: 0, archived: 0 });
    const searched = await services.queryList({ query: 'musée' });
    expect(searched.items).toEqual([]);
    expect(await services.searchArticles('musée')).toEqual([]);
  });

  it('filters, sorts and windows like the obvious computation', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(120);
    await putArticles(db, articles);
    const filters: ListFilter[] = [
      {},
      { editionIds: ['madrid'] },
      { editionIds: [''], statuses: ['unread', 'read'] },
      { themeIds: ['sport', 'politics'], favourite: false },
      { sites: ['www.elpais.com'] },
      { from: Date.UTC(2026, 0, 1, 0, 30), to: Date.UTC(2026, 0, 1, 1, 10) },
      { dateField: 'publishedAt', from: Date.UTC(2025, 0, 10) },
    ];
    for (const filter of filters) {
      for (const sort of ['savedAt', 'publishedAt', 'site'] as const) {
        const want = expectedIds(articles, filter, sort);
        const page = await services.queryList({ filter, sort, offset: 5, limit: 20 });
        expect(page.total, JSON.stringify({ filter, sort })).toBe(want.length);
        expect(page.items.map((a) => a.id)).toEqual(want.slice(5, 25));
      }
    }
  });

  it('keeps a publication day given without a time on that day west of Greenwich', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const { db, services } = testEnv();
      await putArticles(db, [
        fakeArticle({ id: 'day', url: 'https://www.thelocal.es/day', publishedAt: '2023-03-19', savedAt: 3 }),
        fakeArticle({ id: 'before', url: 'https://www.thelocal.es/before', publishedAt: '2023-03-18T23:30:00-07:00', savedAt: 2 }),
        fakeArticle({ id: 'after', url: 'https://www.thelocal.es/after', publishedAt: '2023-03-20T00:30:00-07:00', savedAt: 1 }),
      ]);
      const from = new Date(2023, 2, 19).getTime();
      const to = new Date(2023, 2, 20).getTime() - 1;
      const page = await services.queryList({ filter: { dateField: 'publishedAt', from, to } });
      expect(page.items.map((a) => a.id)).toEqual(['day']);
      const sorted = await services.queryList({ sort: 'publishedAt' });
      expect(sorted.items.map((a) => a.id)).toEqual(['after', 'day', 'before']);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('counts each facet with the other facets applied', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(60);
    await putArticles(db, articles);
    const filter: ListFilter = { editionIds: ['madrid'], statuses: ['unread'] };
    const page = await services.queryList({ filter });
    const count = (f: ListFilter, pick: (a: Article) => boolean) =>
      articles.filter((a) => matchesFilter(a, f) && pick(a)).length;
    // Editions are counted with the status facet only.
    expect(page.counts.editions.lisbonne).toBe(count({ statuses: ['unread'] }, (a) => a.editionId === 'lisbonne'));
    expect(page.counts.editions.madrid).toBe(count(filter, () => true));
    // Statuses are counted with the edition facet only.
    expect(page.counts.statuses.read).toBe(count({ editionIds: ['madrid'] }, (a) => a.status === 'read'));
    expect(page.counts.themes.politics).toBe(count(filter, (a) => a.themeIds.includes('politics')));
    expect(page.counts.favourite).toBe(count(filter, (a) => a.favourite));
    expect(page.counts.sites['elpais.com'] ?? 0).toBe(count(filter, (a) => a.url.includes('elpais.com')));
  });

  it('ranks a query like scanSearch, and combines it with filters', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(80);
    await putArticles(db, articles);
    const docs = articles.map((a) => toSearchDoc(a));
    const want = scanSearch(docs, 'munchen', { limit: 1000 }).map((h) => h.id);
    expect(want.length).toBeGreaterThan(0);
    const page = await services.queryList({ query: 'munchen', limit: 1000 });
    expect(['index', 'scan']).toContain(page.searchMode);
    expect(page.items.map((a) => a.id)).toEqual(want);
    const filtered = await services.queryList({ query: 'munchen', filter: { statuses: ['read'] }, limit: 1000 });
    expect(filtered.items.map((a) => a.id)).toEqual(
      want.filter((id) => articles.find((a) => a.id === id)?.status === 'read'),
    );
    const sorted = await services.queryList({ query: 'munchen', sortWhenSearching: true, limit: 1000 });
    expect(sorted.items.map((a) => a.id)).toEqual(expectedIds(articles, {}, 'savedAt').filter((id) => want.includes(id)));
  });

  it('sees writes made after the first query', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(10);
    await putArticles(db, articles);
    expect((await services.queryList({})).total).toBe(10);
    const first = articles[0];
    if (!first) throw new Error('no article');
    await services.setStatus(first.id, 'archived');
    await services.deleteArticle(articles[1]?.id ?? '');
    const page = await services.queryList({ filter: { statuses: ['archived'] }, limit: 100 });
    expect(page.items.map((a) => a.id)).toContain(first.id);
    expect((await services.queryList({})).total).toBe(9);
  });

  it('rejects malformed queries with invalid-input', async () => {
    const { services } = testEnv();
    const bad: unknown[] = [
      { limit: -1 },
      { limit: 1.5 },
      { limit: 100_000 },
      { offset: Number.NaN },
      { sort: 'title' },
      { query: 42 },
      { filter: { themeIds: ['not-a-theme'] } },
      { filter: { from: 10, to: 5 } },
      { filter: { statuses: 'unread' } },
      { filter: { favourite: 'yes' } },
      'madrid',
    ];
    for (const query of bad) {
      await expect(services.queryList(query as never), JSON.stringify(query)).rejects.toMatchObject({
        code: 'invalid-input',
      });
    }
    await expect(services.searchArticles(7 as never)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(services.queryList({ collectionId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
