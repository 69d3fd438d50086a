import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../core/model';
import { KiosqueDb } from '../../lib/db/schema';
import { subscribeArticles } from '../../lib/live';
import { fakeSummary } from '../factories';
import { openTab, stubExecuteScript, testEnv } from './support/kiosque-env';

describe('subscribeArticles', () => {
  it('delivers the list now and again after every write, newest first, until unsubscribed', async () => {
    const env = testEnv();
    const seen: ArticleSummary[][] = [];
    const stop = subscribeArticles((rows) => seen.push(rows), { db: env.db });
    await vi.waitFor(() => expect(seen).toEqual([[]]));

    stubExecuteScript();
    const first = await env.services.saveTab(await openTab('https://www.thelocal.es/20261120/a'));
    await vi.waitFor(() => expect(seen.at(-1)?.map((r) => r.id)).toEqual([first.id]));

    env.clock.now += 1_000;
    const second = await env.services.saveTab(await openTab('https://www.thelocal.es/20261120/b'));
    await vi.waitFor(() => expect(seen.at(-1)?.map((r) => r.id)).toEqual([second.id, first.id]));

    await env.services.setStatus(first.id, 'read');
    await vi.waitFor(() => expect(seen.at(-1)?.find((r) => r.id === first.id)?.status).toBe('read'));

    stop();
    const calls = seen.length;
    await env.services.deleteArticle(first.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.length).toBe(calls);
  });

  it('sees writes made through another connection to the same database (another page)', async () => {
    const env = testEnv();
    const seen: string[][] = [];
    const stop = subscribeArticles((rows) => seen.push(rows.map((r) => r.id)), { db: env.db });
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    const other = new KiosqueDb(env.db.name);
    await other.articles.put(fakeSummary({ id: 'from-elsewhere' }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['from-elsewhere']));
    other.close();
    stop();
  });

  it('reports a failing read to onError instead of an empty list', async () => {
    const env = testEnv();
    env.db.close();
    const rows = vi.fn();
    const onError = vi.fn();
    const stop = subscribeArticles(rows, { db: env.db, onError });
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'storage-failed' });
    expect(rows).not.toHaveBeenCalled();
    stop();
  });
});
