/**
 * Saved searches and manual collections through a Kiosque JSON backup and
 * storage: the same rows come back in an empty library, a restore never
 * overwrites the reader's own searches, and files without them still import.
 */
import { describe, expect, it } from 'vitest';
import type { StoredCollection } from '../../core/model';
import { blobText, manualCollection, NOW, seed, seedArticle, snapshot, transferEnv } from './transfer-helpers';

function savedSearch(id: string, name: string, overrides: Partial<StoredCollection> = {}): StoredCollection {
  return {
    id,
    name,
    kind: 'search',
    query: 'grève métro',
    filter: { editionIds: ['madrid'], themeIds: ['travel-transport'], statuses: ['unread'], dateField: 'publishedAt', from: 1, to: NOW },
    createdAt: NOW - 5000,
    updatedAt: NOW - 4000,
    ...overrides,
  };
}

const collectionsOf = async (env: ReturnType<typeof transferEnv>) => (await snapshot(env.db)).collections;

async function library() {
  const source = transferEnv();
  const articles = [
    seedArticle({ id: 'a-1', url: 'https://lepetitjournal.com/madrid/a-1', collectionIds: ['c-1'] }),
    seedArticle({ id: 'a-2', url: 'https://www.thelocal.es/a-2' }),
  ];
  const collections = [
    manualCollection('c-1', 'Déménagement'),
    manualCollection('c-empty', 'Écoles'),
    savedSearch('s-1', 'Grèves à Madrid'),
    savedSearch('s-2', 'مدريد 🚇', { query: '', filter: { favourite: true, sites: ['elpais.com'] }, createdAt: NOW - 100, updatedAt: NOW - 50 }),
  ];
  await seed(source.db, articles, collections);
  return source;
}

describe('saved searches through a Kiosque JSON backup', () => {
  it('an empty library gets back the same collections, ids and times', async () => {
    const source = await library();
    const file = await source.transfer.exportData('kiosque-json');
    const target = transferEnv();
    const outcome = await target.transfer.importData(file);
    expect(outcome.failed).toEqual([]);
    expect(outcome.collections).toEqual(expect.arrayContaining(['Grèves à Madrid', 'مدريد 🚇', 'Déménagement', 'Écoles']));
    expect(await collectionsOf(target)).toEqual(await collectionsOf(source));
    expect((await target.db.articles.get('a-1'))?.collectionIds).toEqual(['c-1']);
  });

  it('a library export carries every saved search; one saved search carries itself; a filter carries none', async () => {
    const source = await library();
    const names = async (selection: Parameters<typeof source.transfer.exportData>[1]) => {
      const root = JSON.parse(await blobText(await source.transfer.exportData('kiosque-json', selection))) as {
        savedSearches: { name: string }[];
      };
      return root.savedSearches.map((s) => s.name);
    };
    expect(await names({ kind: 'all' })).toEqual(['Grèves à Madrid', 'مدريد 🚇']);
    expect(await names({ kind: 'collection', id: 's-2' })).toEqual(['مدريد 🚇']);
    expect(await names({ kind: 'collection', id: 'c-1' })).toEqual([]);
    expect(await names({ kind: 'query', query: 'madrid', filter: {} })).toEqual([]);
  });

  it('other formats carry no saved search', async () => {
    const source = await library();
    const csv = await blobText(await source.transfer.exportData('csv'));
    expect(csv).not.toContain('Grèves à Madrid');
  });

  it("an id the library already uses gets a new one; a name it already uses keeps the reader's search", async () => {
    const source = await library();
    const file = await source.transfer.exportData('kiosque-json');
    const target = transferEnv();
    const mine = savedSearch('s-9', 'grèves à madrid', { query: 'mine', filter: {} });
    await seed(target.db, [], [manualCollection('s-2', 'Taken id'), mine]);
    await target.transfer.importData(file);
    const rows = await collectionsOf(target);
    // The reader's search under the same name (any case) is untouched and not doubled.
    expect(rows.filter((c) => c.kind === 'search' && c.name.toLowerCase() === 'grèves à madrid')).toEqual([mine]);
    const moved = rows.find((c) => c.name === 'مدريد 🚇');
    expect(moved).toMatchObject({ kind: 'search', query: '', filter: { favourite: true, sites: ['elpais.com'] } });
    expect(moved?.id).not.toBe('s-2');
    expect(rows.find((c) => c.id === 's-2')).toEqual(manualCollection('s-2', 'Taken id'));
  });

  it('importing the same backup twice adds nothing the second time', async () => {
    const source = await library();
    const file = await source.transfer.exportData('kiosque-json');
    const target = transferEnv();
    await target.transfer.importData(file);
    const once = await collectionsOf(target);
    await target.transfer.importData(file);
    const twice = await collectionsOf(target);
    expect(twice.filter((c) => c.kind === 'search')).toEqual(once.filter((c) => c.kind === 'search'));
    expect(twice).toHaveLength(once.length);
  });

  it('a file from before saved searches imports its collections with the import time', async () => {
    const old = JSON.stringify({
      format: 'kiosque',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      articles: [],
      collections: [{ id: 'c-old', name: 'Vieux', articleUrls: [] }],
    });
    const target = transferEnv();
    const outcome = await target.transfer.importData(old);
    expect(outcome.failed).toEqual([]);
    expect(await collectionsOf(target)).toEqual([
      { id: 'c-old', name: 'Vieux', kind: 'manual', query: '', filter: {}, createdAt: NOW, updatedAt: NOW },
    ]);
  });

  it('a bad saved search is reported and the rest of the file still lands', async () => {
    const file = JSON.stringify({
      format: 'kiosque',
      version: 1,
      articles: [],
      collections: [],
      savedSearches: [
        { id: 's-ok', name: 'Bon', query: 'loyers', filter: {}, createdAt: 1, updatedAt: 2 },
        { id: 's-bad', name: 'Mauvais', query: 'x', filter: { themeIds: ['nope'] }, createdAt: 1, updatedAt: 2 },
      ],
    });
    const target = transferEnv();
    const outcome = await target.transfer.importData(file);
    expect(outcome.failed).toEqual([{ where: 'entry savedSearches[1]', reason: expect.stringMatching(/themeIds/) }]);
    expect((await collectionsOf(target)).map((c) => c.id)).toEqual(['s-ok']);
  });
});
