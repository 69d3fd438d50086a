import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/model';
import { KiosqueDb } from '../../lib/db/schema';
import { queryList } from '../../lib/search/list-query';
import { searchContext } from '../../lib/search/search-context';
import { testEnv } from './support/kiosque-env';
import { expectedHits, putIndexed, variedArticles } from '../unit/search/library-seed';

/**
 * Keeps a write transaction on the persisted index open for `ms`: a page's
 * read of the index waits behind it, as a slow load of a large index would.
 */
async function holdIndexRows(db: KiosqueDb, ms: number): Promise<{ done: Promise<void> }> {
  let started: () => void = () => undefined;
  const begun = new Promise<void>((resolve) => (started = resolve));
  const done = db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.get('nothing');
    started();
    const until = Date.now() + ms;
    while (Date.now() < until) await db.searchIndex.get('nothing');
  });
  await begun;
  return { done };
}

/** 700 articles, saved one minute apart: more than the 150 newest saves a partial answer scans. */
async function library(): Promise<{ db: KiosqueDb; articles: Article[] }> {
  const { db } = testEnv();
  const articles = variedArticles(700).map((a, i) => ({ ...a, savedAt: Date.UTC(2026, 0, 1) + i * 60_000 }));
  await putIndexed(db, articles);
  return { db, articles };
}

describe('the first search of a page that is still loading its index', () => {
  it('answers from the newest saves, says so, and answers in full once the index is loaded', async () => {
    const { db, articles } = await library();
    const page = new KiosqueDb(db.name);
    expect((await queryList(page, { limit: 5 })).total).toBe(700);

    const held = await holdIndexRows(db, 600);
    const first = await queryList(page, { query: 'musee', partialFirst: true, limit: 1000 });
    expect(first.partial).toBe(true);
    expect(first.searchMode).toBe('scan');
    // Every hit comes from the 150 newest saves, and every such hit is there.
    const newest = [...articles].sort((a, b) => b.savedAt - a.savedAt).slice(0, 150);
    expect(new Set(first.items.map((a) => a.id))).toEqual(new Set(expectedHits(newest, 'musee')));
    expect(first.total).toBeLessThan(expectedHits(articles, 'musee').length);
    await held.done;

    const full = await queryList(page, { query: 'musee', partialFirst: true, limit: 1000 });
    expect(full.partial).toBeUndefined();
    expect(full.searchMode).toBe('index');
    expect(full.index.status).toBe('ready');
    expect(full.items.map((a) => a.id)).toEqual(expectedHits(articles, 'musee'));
  });

  it('reports the index as loading (not building) while the page reads it, so the list asks again', async () => {
    const { db } = await library();
    const context = searchContext(new KiosqueDb(db.name));
    const loading = context.holder.load();
    expect(await context.indexState()).toMatchObject({ status: 'loading', progress: 0 });
    await loading;
    expect(await context.indexState()).toMatchObject({ status: 'ready', docCount: 700 });
  });

  it('waits for the whole index when the caller did not ask for a partial answer', async () => {
    const { db, articles } = await library();
    const page = new KiosqueDb(db.name);
    await queryList(page, { limit: 5 });
    const held = await holdIndexRows(db, 300);
    const answer = await queryList(page, { query: 'musee', limit: 1000 });
    await held.done;
    expect(answer.partial).toBeUndefined();
    expect(answer.searchMode).toBe('index');
    expect(answer.items.map((a) => a.id)).toEqual(expectedHits(articles, 'musee'));
  });

  it('is complete, not partial, when the library is no larger than the newest saves scanned', async () => {
    const { db } = testEnv();
    const articles = variedArticles(40);
    await putIndexed(db, articles);
    const page = new KiosqueDb(db.name);
    await queryList(page, { limit: 5 });
    const held = await holdIndexRows(db, 300);
    const answer = await queryList(page, { query: 'greve', partialFirst: true, limit: 1000 });
    await held.done;
    expect(answer.partial).toBeUndefined();
    expect(new Set(answer.items.map((a) => a.id))).toEqual(new Set(expectedHits(articles, 'greve')));
  });

  it('refuses a partialFirst that is not a boolean', async () => {
    const { db } = testEnv();
    await expect(queryList(db, { query: 'x', partialFirst: 'yes' as unknown as boolean })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
