import { describe, expect, it } from 'vitest';
import { KiosqueDb } from '../../lib/db/schema';
import { queryList } from '../../lib/search/list-query';
import { startIndexMaintenance } from '../../lib/search/maintenance';
import { searchContext } from '../../lib/search/search-context';
import { testEnv } from './support/kiosque-env';
import { expectedHits, putArticles, putIndexed, variedArticles } from '../unit/search/library-seed';

/** A second page on the same database: its own connection, list table, index copy and row cache. */
function otherPage(db: KiosqueDb): KiosqueDb {
  return new KiosqueDb(db.name);
}

async function hitIds(db: KiosqueDb, query: string): Promise<string[]> {
  return (await queryList(db, { query, limit: 1000 })).items.map((a) => a.id);
}

describe('list rows kept between queries', () => {
  it('returns the same row object while the row is unchanged, and the new row once it changes', async () => {
    const { db, services } = testEnv();
    await putArticles(db, variedArticles(60));
    const first = await queryList(db, { limit: 20 });
    const toggled = await queryList(db, { filter: { editionIds: ['madrid'] }, limit: 20 });
    const back = await queryList(db, { limit: 20 });
    // Unchanged rows keep their identity, so a list can skip redrawing them.
    back.items.forEach((row, i) => expect(row).toBe(first.items[i]));
    const shared = toggled.items.find((row) => first.items.includes(row));
    expect(shared).toBeDefined();

    const target = first.items[3];
    if (!target) throw new Error('no row');
    await services.setStatus(target.id, 'archived');
    const after = await queryList(db, { limit: 20 });
    const changed = after.items.find((row) => row.id === target.id);
    expect(changed?.status).toBe('archived');
    expect(changed).not.toBe(target);
    expect(after.items[0]).toBe(first.items[0]);
  });

  it('sees a change made by another page, and leaves out a row deleted since', async () => {
    const { db } = testEnv();
    await putArticles(db, variedArticles(30));
    const page = otherPage(db);
    const first = await queryList(page, { limit: 10 });
    const edited = first.items[1];
    const gone = first.items[2];
    if (!edited || !gone) throw new Error('no rows');
    await db.articles.update(edited.id, { title: 'Titre corrigé' });
    await db.articles.delete(gone.id);
    const after = await queryList(page, { limit: 10 });
    expect(after.items.find((row) => row.id === edited.id)?.title).toBe('Titre corrigé');
    expect(after.items.map((row) => row.id)).not.toContain(gone.id);
  });
});

describe('a bulk write (50+ rows, announced as a key range)', () => {
  it('is applied from the index log without reloading the table or the index', async () => {
    const { db } = testEnv();
    const articles = variedArticles(40);
    await putIndexed(db, articles);
    const page = otherPage(db);
    const context = searchContext(page);
    expect(await hitIds(page, 'greve')).toEqual(expectedHits(articles, 'greve'));
    const table = await context.listTable();
    const index = context.holder.peek();
    expect(index).not.toBeNull();

    const imported = variedArticles(80, 'imp');
    await putArticles(db, imported);
    const all = [...articles, ...imported];
    expect(await hitIds(page, 'greve')).toEqual(expectedHits(all, 'greve'));
    expect((await queryList(page, {})).total).toBe(120);
    // The same copies, patched: no re-read of the library or of the persisted index.
    expect(await context.listTable()).toBe(table);
    expect(context.holder.peek()).toBe(index);
  });

  it('reloads when the background folded and cleared the log past what the page has seen', async () => {
    const { db } = testEnv();
    const articles = variedArticles(40);
    await putArticles(db, articles);
    const upkeep = startIndexMaintenance(db, { debounceMs: 60_000 });
    await upkeep.ready;
    const page = otherPage(db);
    const context = searchContext(page);
    expect(await hitIds(page, 'loyer')).toEqual(expectedHits(articles, 'loyer'));
    const table = await context.listTable();

    const imported = variedArticles(70, 'imp');
    await putArticles(db, imported);
    // The writer persists and deletes the log entries before the page's next query.
    await upkeep.flush();
    upkeep.stop();
    expect(await db.indexLog.count()).toBe(0);
    const all = [...articles, ...imported];
    expect(await hitIds(page, 'loyer')).toEqual(expectedHits(all, 'loyer'));
    expect((await queryList(page, {})).total).toBe(110);
    expect(await context.listTable()).not.toBe(table);
  });

  it('reloads when rows were written without a log entry and the count no longer matches', async () => {
    const { db } = testEnv();
    const articles = variedArticles(30);
    await putArticles(db, articles);
    const page = otherPage(db);
    expect((await queryList(page, {})).total).toBe(30);
    const unlogged = variedArticles(60, 'raw');
    await db.articles.bulkPut(unlogged.map(({ html: _html, text: _text, ...row }) => row));
    const after = await queryList(page, { limit: 1000 });
    expect(after.total).toBe(90);
    expect(after.items.filter((row) => row.id.startsWith('raw'))).toHaveLength(60);
  });
});
