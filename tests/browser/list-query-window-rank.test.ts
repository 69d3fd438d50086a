/**
 * A list window asks for its matches ranked only up to its own end; the
 * windows asked for one by one must still read as one ranking, the same as
 * export's fully ranked ids, with the same totals and counts.
 */
import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../lib/api-types';
import { queryIds, queryList } from '../../lib/search/list-query';
import { testEnv } from './support/kiosque-env';
import { expectedHits, putIndexed, variedArticles } from '../unit/search/library-seed';

const WINDOW = 40;

async function windows(db: Parameters<typeof queryList>[0], q: ListQuery, offsets: number[]) {
  const pages = [];
  for (const offset of offsets) pages.push(await queryList(db, { ...q, offset, limit: WINDOW }));
  return pages;
}

describe('list windows over a ranked search', () => {
  it('give, window by window, exactly the full ranking, ties broken by id as before', async () => {
    const { db } = testEnv();
    // Some later articles say their word more often, so the index's own
    // order (saved order) is not the ranking, and many scores tie.
    const articles = variedArticles(700).map((a, i) =>
      i % 3 === 0 ? { ...a, text: `${a.text} ${a.title.split(' ')[0]} ${'texte ville '.repeat((i * 7) % 4)}` } : a,
    );
    await putIndexed(db, articles);
    for (const q of [
      { query: 'n' },
      { query: 'musee' },
      { query: 'texte', filter: { editionIds: ['madrid'] } },
      { query: 'ville', filter: { statuses: ['unread'] } },
    ] satisfies ListQuery[]) {
      const full = await queryIds(db, q);
      const offsets = [0, WINDOW, 2 * WINDOW, 600, full.ids.length - 10].filter((o) => o >= 0);
      const pages = await windows(db, q, offsets);
      for (const [i, page] of pages.entries()) {
        const offset = offsets[i] ?? 0;
        expect(page.items.map((a) => a.id), `${q.query} @${offset}`).toEqual(full.ids.slice(offset, offset + WINDOW));
        expect(page.total).toBe(full.page.total);
        expect(page.counts).toEqual(full.page.counts);
      }
    }
    // And that full ranking is the scan's, as it was before windows ranked lazily.
    const full = await queryIds(db, { query: 'musee' });
    expect(full.ids).toEqual(expectedHits(articles, 'musee'));
  });

  it('keeps sorting by date when asked to, rather than by relevance', async () => {
    const { db } = testEnv();
    await putIndexed(db, variedArticles(300));
    const q: ListQuery = { query: 'texte', sortWhenSearching: true, sort: 'savedAt' };
    const [page] = await windows(db, q, [0]);
    expect(page?.items.map((a) => a.id)).toEqual((await queryIds(db, q)).ids.slice(0, WINDOW));
    const saved = page?.items.map((a) => a.savedAt) ?? [];
    expect([...saved].sort((a, b) => b - a)).toEqual(saved);
  });
});
