import { describe, expect, it } from 'vitest';
import { INDEX_VERSION } from '../../core/search';
import { KiosqueDb } from '../../lib/db/schema';
import { HEADER_KEY, TABLE_KEY } from '../../lib/search/index-store';
import { queryList } from '../../lib/search/list-query';
import { startIndexMaintenance } from '../../lib/search/maintenance';
import { searchContext } from '../../lib/search/search-context';
import { testEnv } from './support/kiosque-env';
import { expectedHits, putArticles, putIndexed, variedArticles } from '../unit/search/library-seed';

/** A second page on the same database: its own connection, list table and index copy. */
function otherPage(db: KiosqueDb): KiosqueDb {
  return new KiosqueDb(db.name);
}

async function ids(db: KiosqueDb, query: string) {
  const page = await queryList(db, { query, limit: 1000 });
  return { ids: page.items.map((a) => a.id), mode: page.searchMode, index: page.index };
}

describe('persisted search index', () => {
  it('is built when missing, persisted, and loaded by another page', async () => {
    const { db } = testEnv();
    const articles = variedArticles(90);
    await putArticles(db, articles);
    const before = await ids(otherPage(db), 'musee');
    expect(before.mode).toBe('scan');
    expect(before.ids).toEqual(expectedHits(articles, 'musee'));

    const upkeep = startIndexMaintenance(db, { debounceMs: 5, batchSize: 25, onError: (e) => { throw e; } });
    await upkeep.ready;
    expect(await db.searchIndex.get(HEADER_KEY)).toBeDefined();
    expect(await db.searchIndex.get('build')).toBeUndefined();
    expect(await db.indexLog.count()).toBe(0);

    const page = otherPage(db);
    const after = await ids(page, 'musee');
    expect(after.mode).toBe('index');
    expect(after.index).toMatchObject({ status: 'ready', docCount: 90 });
    expect(after.ids).toEqual(before.ids);
    upkeep.stop();
  });

  it('catches up from the change log when the browser closed before the index was written', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(40);
    await putIndexed(db, articles);
    // Writes after the last persist: only the log knows about them.
    const extra = variedArticles(3, 'late');
    await putArticles(db, extra);
    const gone = articles[8];
    if (!gone) throw new Error('no article');
    await services.deleteArticle(gone.id);
    expect(await db.indexLog.count()).toBe(4);

    const all = [...articles.filter((a) => a.id !== gone.id), ...extra];
    const result = await ids(otherPage(db), 'musee');
    expect(result.mode).toBe('index');
    expect(result.ids).toEqual(expectedHits(all, 'musee'));
    expect(result.ids).not.toContain(gone.id);
  });

  it('folds the log in on flush and keeps entries appended meanwhile', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(30);
    await putArticles(db, articles);
    const upkeep = startIndexMaintenance(db, { debounceMs: 60_000 });
    await upkeep.ready;
    await services.setStatus(articles[0]?.id ?? '', 'archived');
    await putArticles(db, variedArticles(2, 'new'));
    expect(await db.indexLog.count()).toBe(3);
    await upkeep.flush();
    expect(await db.indexLog.count()).toBe(0);
    const header = await db.searchIndex.get(HEADER_KEY);
    expect((header?.data as { foldedSeq: number }).foldedSeq).toBeGreaterThan(0);
    const page = await ids(otherPage(db), 'festival');
    expect(page.mode).toBe('index');
    expect(page.ids).toEqual(expectedHits([...articles, ...variedArticles(2, 'new')], 'festival'));
    upkeep.stop();
  });

  for (const damage of ['corrupt', 'version', 'doc-count'] as const) {
    it(`detects a ${damage} index, answers by scan meanwhile, and rebuilds it`, async () => {
      const { db } = testEnv();
      const articles = variedArticles(50);
      await putIndexed(db, articles);
      if (damage === 'corrupt') {
        const chunk = await db.searchIndex.get('chunk:0');
        const data = chunk?.data as { data: Uint8Array };
        const at = Math.floor(data.data.length / 2);
        data.data[at] = (data.data[at] ?? 0) ^ 0xff;
        await db.searchIndex.put({ key: 'chunk:0', data });
      } else if (damage === 'version') {
        const header = await db.searchIndex.get(HEADER_KEY);
        const data = header?.data as { header: { version: number } };
        data.header.version = INDEX_VERSION - 1;
        await db.searchIndex.put({ key: HEADER_KEY, data });
      } else {
        // A row removed by a writer that did not log it: the count gives it away.
        await db.articles.delete(articles[3]?.id ?? '');
      }
      const library = damage === 'doc-count' ? articles.filter((a) => a.id !== articles[3]?.id) : articles;
      const page = otherPage(db);
      const meanwhile = await ids(page, 'loyer');
      expect(meanwhile.mode).toBe('scan');
      expect(meanwhile.ids).toEqual(expectedHits(library, 'loyer'));
      expect(searchContext(page).holder.lastProblem?.reason).toBe(damage);

      const background = otherPage(db);
      const upkeep = startIndexMaintenance(background, { debounceMs: 60_000 });
      await upkeep.ready;
      upkeep.stop();
      // The waiting page sees the new rows and loads them on its next query.
      const rebuilt = await ids(page, 'loyer');
      expect(rebuilt.mode).toBe('index');
      expect(rebuilt.ids).toEqual(expectedHits(library, 'loyer'));
    });
  }

  it('follows a bulk write (an import) in a page that already loaded the index', async () => {
    const { db } = testEnv();
    const articles = variedArticles(30);
    await putArticles(db, articles);
    const upkeep = startIndexMaintenance(db, { debounceMs: 60_000 });
    await upkeep.ready;
    const page = otherPage(db);
    expect((await ids(page, 'greve')).mode).toBe('index');
    // 80 rows in one bulkPut: Dexie reports a key range, not ids, so the page reloads.
    const imported = variedArticles(80, 'imp');
    await putArticles(db, imported);
    const after = await ids(page, 'greve');
    expect(after.mode).toBe('index');
    expect(after.ids).toEqual(expectedHits([...articles, ...imported], 'greve'));
    expect((await queryList(page, {})).total).toBe(110);
    await upkeep.flush();
    expect(await db.indexLog.count()).toBe(0);
    upkeep.stop();
  });

  it('opens the list from the persisted table plus the log, and reads every row when the table is damaged', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(40);
    await putIndexed(db, articles);
    expect(await db.searchIndex.get(TABLE_KEY)).toBeDefined();
    const [logged, unlogged] = articles.filter((a) => a.status === 'unread');
    if (!logged || !unlogged) throw new Error('need two unread articles');
    await services.setStatus(logged.id, 'archived');
    // A write that skips the log (no writer should): only a full read would see it.
    await db.articles.update(unlogged.id, { status: 'archived' });
    const unread = articles.filter((a) => a.status === 'unread').length;
    const fromSnapshot = await queryList(otherPage(db), { filter: { statuses: ['unread'] } });
    expect(fromSnapshot.total).toBe(unread - 1);

    const row = await db.searchIndex.get(TABLE_KEY);
    const data = row?.data as { snapshot: { status: Uint8Array } };
    data.snapshot.status = new Uint8Array(3);
    await db.searchIndex.put({ key: TABLE_KEY, data });
    const fromRows = await queryList(otherPage(db), { filter: { statuses: ['unread'] } });
    expect(fromRows.total).toBe(unread - 2);
  });

  it('reports rebuild progress to pages', async () => {
    const { db } = testEnv();
    await putArticles(db, variedArticles(60));
    const seen: number[] = [];
    const page = otherPage(db);
    const watcher = setInterval(() => {
      searchContext(page)
        .indexState()
        .then((state) => {
          if (state.status === 'building') seen.push(state.progress);
        }, () => undefined);
    }, 0);
    const upkeep = startIndexMaintenance(db, { debounceMs: 60_000, batchSize: 5 });
    await upkeep.ready;
    clearInterval(watcher);
    upkeep.stop();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p >= 0 && p < 1)).toBe(true);
    // Built while this page waited: it reports the index before its first search loads it.
    expect(await searchContext(page).indexState()).toMatchObject({ status: 'ready' });
    await ids(page, 'metro');
    expect(await searchContext(page).indexState()).toMatchObject({ status: 'ready', docCount: 60 });
  });
});
