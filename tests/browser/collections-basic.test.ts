import { describe, expect, it } from 'vitest';
import { resolveSelection } from '../../lib/search/selection';
import { testEnv } from './support/kiosque-env';
import { putArticles, variedArticles } from '../unit/search/library-seed';

describe('collections', () => {
  it('creates, lists by name, renames and deletes saved searches and manual collections', async () => {
    const { services, clock } = testEnv();
    expect(await services.listCollections()).toEqual([]);
    const search = await services.saveCollection({
      name: '  Madrid · culture · non lus ',
      kind: 'search',
      query: 'musée',
      filter: { editionIds: ['madrid'], themeIds: ['arts-culture'], statuses: ['unread'] },
    });
    expect(search).toMatchObject({ name: 'Madrid · culture · non lus', kind: 'search', query: 'musée' });
    const manual = await services.saveCollection({ name: 'à lire ce week-end', kind: 'manual', query: 'ignored' });
    expect(manual).toMatchObject({ query: '', filter: {} });
    expect((await services.listCollections()).map((c) => c.name)).toEqual(['à lire ce week-end', 'Madrid · culture · non lus']);
    clock.now += 1000;
    const renamed = await services.saveCollection({ id: manual.id, name: 'Zèbre', kind: 'manual' });
    expect(renamed).toMatchObject({ id: manual.id, createdAt: manual.createdAt, updatedAt: clock.now });
    await services.deleteCollection(search.id);
    expect((await services.listCollections()).map((c) => c.id)).toEqual([manual.id]);
  });

  it('lists members of a manual collection and forgets them when it is deleted', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(12);
    await putArticles(db, articles);
    const box = await services.saveCollection({ name: 'Box', kind: 'manual' });
    const picked = [articles[2], articles[7], articles[9]].map((a) => a?.id ?? '');
    for (const id of picked) await services.setCollectionMembership(id, box.id, true);
    // Idempotent: adding twice keeps one membership.
    const again = await services.setCollectionMembership(picked[0] ?? '', box.id, true);
    expect(again.collectionIds).toEqual([box.id]);
    const page = await services.queryList({ collectionId: box.id });
    expect(page.items.map((a) => a.id)).toEqual([...picked].reverse());
    expect(await resolveSelection(db, { kind: 'collection', id: box.id })).toEqual([...picked].reverse());

    await services.setCollectionMembership(picked[1] ?? '', box.id, false);
    expect((await services.queryList({ collectionId: box.id })).total).toBe(2);

    await services.deleteCollection(box.id);
    const rows = await db.articles.bulkGet(picked);
    expect(rows.every((row) => (row?.collectionIds ?? []).length === 0)).toBe(true);
    await expect(services.queryList({ collectionId: box.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('re-runs a saved search with its query and filter, narrowed by the facets on top', async () => {
    const { db, services } = testEnv();
    const articles = variedArticles(60);
    await putArticles(db, articles);
    const saved = await services.saveCollection({ name: 'Musées', kind: 'search', query: 'musee', filter: { statuses: ['unread'] } });
    const want = articles.filter((a) => a.title.startsWith('musée') && a.status === 'unread').map((a) => a.id);
    const page = await services.queryList({ collectionId: saved.id, limit: 100, sortWhenSearching: true });
    expect(new Set(page.items.map((a) => a.id))).toEqual(new Set(want));
    // Facets on top narrow the saved search and are counted; its own filter is not a facet.
    const madrid = await services.queryList({ collectionId: saved.id, filter: { editionIds: ['madrid'] }, limit: 100 });
    expect(madrid.items.every((a) => a.editionId === 'madrid' && a.status === 'unread')).toBe(true);
    expect(madrid.counts.statuses.read).toBe(0);
    const ids = await resolveSelection(db, { kind: 'collection', id: saved.id });
    expect(new Set(ids)).toEqual(new Set(want));
  });

  it('resolves every selection kind in list order', async () => {
    const { db } = testEnv();
    const articles = variedArticles(20);
    await putArticles(db, articles);
    const newest = [...articles].sort((a, b) => b.savedAt - a.savedAt).map((a) => a.id);
    expect(await resolveSelection(db, { kind: 'all' })).toEqual(newest);
    expect(await resolveSelection(db, { kind: 'query', filter: { favourite: true } })).toEqual(
      newest.filter((id) => articles.find((a) => a.id === id)?.favourite),
    );
    expect(await resolveSelection(db, { kind: 'ids', ids: ['a000003', 'a000001', 'a000003'] })).toEqual(['a000003', 'a000001']);
    await expect(resolveSelection(db, { kind: 'ids', ids: ['nope'] })).rejects.toMatchObject({ code: 'not-found' });
    await expect(resolveSelection(db, { kind: 'ids', ids: [3] } as never)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(resolveSelection(db, { kind: 'weird' } as never)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('rejects bad collection input with typed errors', async () => {
    const { db, services } = testEnv();
    await putArticles(db, variedArticles(1));
    const saved = await services.saveCollection({ name: 'S', kind: 'search', query: 'x' });
    const bad: unknown[] = [
      null,
      { name: '', kind: 'manual' },
      { name: '   ', kind: 'manual' },
      { name: 'x'.repeat(201), kind: 'manual' },
      { name: 'ok', kind: 'folder' },
      { name: 'ok', kind: 'search', query: 5 },
      { name: 'ok', kind: 'search', query: 'q'.repeat(1001) },
      { name: 'ok', kind: 'search', filter: { themeIds: ['nope'] } },
      { id: saved.id, name: 'now manual', kind: 'manual' },
    ];
    for (const input of bad) {
      await expect(services.saveCollection(input as never), JSON.stringify(input)).rejects.toMatchObject({
        code: 'invalid-input',
      });
    }
    await expect(services.saveCollection({ id: 'missing', name: 'x', kind: 'manual' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(services.deleteCollection('missing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(services.setCollectionMembership('a000000', saved.id, true)).rejects.toMatchObject({ code: 'invalid-input' });
    const box = await services.saveCollection({ name: 'Box', kind: 'manual' });
    await expect(services.setCollectionMembership('missing', box.id, true)).rejects.toMatchObject({ code: 'not-found' });
    await expect(services.setCollectionMembership('a000000', box.id, 'yes' as never)).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
