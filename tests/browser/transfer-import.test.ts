/** Imports through storage: every sample file lands in the library, duplicates keep the reader's state, a failed write changes nothing. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import { manualCollection, NOW, seed, seedArticle, snapshot, transferEnv } from './transfer-helpers';

const fixtures = path.resolve(__dirname, '../fixtures/imports');

interface Expected {
  format: string;
  result: { articles: { url: string; kind: string }[]; collections: { name: string; articleUrls: string[] }[] };
}

function fixtureFiles(slug: string): { name: string; data: Uint8Array }[] {
  return readdirSync(path.join(fixtures, slug))
    .filter((name) => name !== 'expected.json')
    .sort()
    .map((name) => ({ name, data: new Uint8Array(readFileSync(path.join(fixtures, slug, name))) }));
}

describe('importing every sample file into storage', () => {
  const slugs = readdirSync(fixtures).sort();
  it('has samples to import', () => expect(slugs.length).toBeGreaterThanOrEqual(10));

  for (const slug of slugs) {
    it(slug, async () => {
      const expected = JSON.parse(readFileSync(path.join(fixtures, slug, 'expected.json'), 'utf8')) as Expected;
      const { db, transfer } = transferEnv();
      const results = await transfer.importFiles(fixtureFiles(slug));
      expect(results).toHaveLength(1);
      const [result] = results;
      if (!result?.ok) throw result?.error ?? new Error('no result');
      expect(result.outcome.format).toBe(expected.format);
      const rows = await db.articles.toArray();
      expect(rows.map((r) => r.url).sort()).toEqual(expected.result.articles.map((a) => a.url).sort());
      expect(result.outcome.added).toBe(rows.length);
      // URL-only items are handed over for fetching; articles with a body are not.
      const links = rows.filter((r) => r.kind === 'link').map((r) => r.id).sort();
      expect([...result.outcome.linkIds].sort()).toEqual(links);
      expect(await db.indexLog.count()).toBe(rows.length);
      // Bare links get their body when fetched; everything else is stored with its body.
      expect(await db.bodies.count()).toBe(rows.filter((r) => r.kind === 'article').length);
      // Folders become manual collections whose members carry the collection's id.
      const stored = await db.collections.toArray();
      expect(stored.map((c) => c.name).sort()).toEqual([...new Set(expected.result.collections.map((c) => c.name))].sort());
      for (const collection of expected.result.collections) {
        const id = stored.find((c) => c.name === collection.name)?.id;
        const members = rows.filter((r) => id !== undefined && r.collectionIds?.includes(id)).map((r) => r.url);
        for (const url of collection.articleUrls) expect(members).toContain(url);
      }
    });
  }

  it('tags items from other services (a lepetitjournal.com Madrid link gets its city edition)', async () => {
    const { db, transfer } = transferEnv();
    await transfer.importFiles(fixtureFiles('pocket-csv-standard'));
    const row = await db.articles.where('url').startsWith('https://lepetitjournal.com/madrid/').first();
    expect(row?.editionId).toBe('madrid');
  });
});

describe('duplicates merge and the reader’s state wins', () => {
  it('keeps status, favourite, progress and notes; adds the labels it lacks', async () => {
    const { db, transfer } = transferEnv();
    const mine = seedArticle({
      url: 'https://lepetitjournal.com/madrid/expatries-declaration-impots-2024-382911',
      status: 'read',
      favourite: true,
      progress: 0.4,
      notes: 'à relire',
      labels: ['impôts'],
    });
    await seed(db, [mine]);
    const outcome = await transfer.importData(fixtureFiles('pocket-csv-standard')[0]!.data);
    const after = await db.articles.get(mine.id);
    expect(after).toMatchObject({ status: 'read', favourite: true, progress: 0.4, notes: 'à relire', title: mine.title });
    expect(after?.labels).toEqual(['impôts', 'à lire']);
    expect(outcome.merged).toBeGreaterThanOrEqual(1);
    expect(outcome.articleIds).toContain(mine.id);
    expect(await db.articles.where('url').equals(mine.url).count()).toBe(1);
  });

  it('a second import of the same file adds nothing and reports every row as skipped', async () => {
    const { db, transfer } = transferEnv();
    const file = fixtureFiles('pocket-csv-standard')[0]!.data;
    const first = await transfer.importData(file);
    const before = await snapshot(db);
    const second = await transfer.importData(file);
    expect(second.added).toBe(0);
    expect(second.skipped).toBe(first.added);
    expect((await snapshot(db)).articles).toEqual(before.articles);
  });

  it('fills in the body of an article the library only had as a link, and files it in a collection', async () => {
    const { db, transfer } = transferEnv();
    const link = seedArticle({ url: 'https://lepetitjournal.com/madrid/metro-ligne-11', kind: 'link', html: '', text: '', status: 'archived' });
    await seed(db, [link], [manualCollection('c-1', 'Madrid')]);
    const backup = {
      format: 'kiosque',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      articles: [{ ...seedArticle({ url: link.url, status: 'unread' }), id: 'other', highlights: [] }],
      collections: [{ id: 'x', name: 'madrid', articleUrls: [link.url] }],
    };
    const outcome = await transfer.importData(JSON.stringify(backup));
    expect(outcome).toMatchObject({ added: 0, merged: 1, collections: ['Madrid'] });
    const row = await db.articles.get(link.id);
    expect(row).toMatchObject({ kind: 'article', status: 'archived', collectionIds: ['c-1'] });
    expect((await db.bodies.get(link.id))?.html).toContain('Comunidad de Madrid');
    expect(await db.collections.count()).toBe(1);
  });
});

describe('an import is atomic per file', () => {
  it('a failure in the middle of the write leaves the library as it was', async () => {
    const { db, transfer } = transferEnv();
    await seed(db, [seedArticle({ url: 'https://www.thelocal.es/20240301/why-is-rent-so-high-in-barcelona', labels: ['x'] }), seedArticle()], [
      manualCollection('c-1', 'Madrid'),
    ]);
    const before = await snapshot(db);
    // Rows are written first, then bodies: failing the bodies proves the rows are rolled back.
    const spy = vi.spyOn(db.bodies, 'bulkPut').mockRejectedValueOnce(new DOMException('disk gone', 'UnknownError'));
    const error = await transfer.importFiles(fixtureFiles('kiosque-json')).then(([r]) => (r?.ok ? null : r?.error));
    expect(spy).toHaveBeenCalled();
    expect(error).toBeInstanceOf(KiosqueError);
    expect(error?.code).toBe('storage-failed');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a quota failure is reported as such and nothing is written', async () => {
    const { db, transfer } = transferEnv();
    const before = await snapshot(db);
    vi.spyOn(db.indexLog, 'bulkAdd').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(transfer.importData(fixtureFiles('pocket-csv-standard')[0]!.data)).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('several files at once', () => {
  it('Pocket parts import as one file; a bad file beside them fails alone', async () => {
    const { db, transfer } = transferEnv();
    const parts = fixtureFiles('pocket-csv-loose-parts');
    const results = await transfer.importFiles([...parts, { name: 'notes.txt', data: new TextEncoder().encode('hello') }]);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ ok: true, fileName: parts.map((p) => p.name).join(', ') });
    expect(results[1]).toMatchObject({ ok: false, fileName: 'notes.txt' });
    expect(results[1]?.ok === false && results[1].error.code).toBe('unsupported-format');
    expect(await db.articles.count()).toBe(results[0]?.ok ? results[0].outcome.added : -1);
  });
});
