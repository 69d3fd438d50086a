import { describe, expect, it } from 'vitest';
import { DB_VERSION, KiosqueDb } from '../../lib/db/schema';
import { fakeSummary } from '../factories';
import { freshDb } from './support/kiosque-env';

/** Opens `name` at `version`, runs `body`, closes it so the next version can open. */
async function atVersion<T>(name: string, version: number, body: (db: KiosqueDb) => Promise<T>): Promise<T> {
  const db = new KiosqueDb(name, { version });
  try {
    await db.open();
    return await body(db);
  } finally {
    db.close();
  }
}

describe('schema versions', () => {
  it('opens a new database at the latest version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'bodies',
      'collections',
      'corrections',
      'fetchJobs',
      'indexLog',
      'model',
      'searchIndex',
    ]);
    expect(db.articles.schema.indexes.map((i) => i.name).sort()).toEqual([
      'collectionIds',
      'editionId',
      'publishedAt',
      'savedAt',
      'siteName',
      'status',
      'themeIds',
      'url',
    ]);
    db.close();
  });

  it('version 1 has no corrections table (the harness really opens old schemas)', async () => {
    const name = freshDb().name;
    await atVersion(name, 1, async (db) => {
      expect(db.verno).toBe(1);
      expect(db.tables.map((t) => t.name)).not.toContain('corrections');
    });
  });

  it('1 → 2 keeps rows and bodies and logs the corrections version 1 kept as user tags', async () => {
    const name = freshDb().name;
    const corrected = fakeSummary({
      id: 'a',
      updatedAt: 1_700_000_000_000,
      themes: [
        { id: 'health', source: 'user', confidence: 1 },
        { id: 'society', source: 'user', confidence: 1 },
      ],
    });
    const editionOnly = fakeSummary({
      id: 'b',
      updatedAt: 1_700_000_500_000,
      edition: { id: 'lisbonne', label: { en: 'Lisbon', fr: 'Lisbonne' }, country: 'PT', kind: 'city', source: 'user', confidence: 1 },
    });
    const untouched = fakeSummary({ id: 'c' });

    await atVersion(name, 1, async (db) => {
      await db.articles.bulkPut([corrected, editionOnly, untouched]);
      await db.bodies.put({ id: 'a', html: '<p>x</p>', text: 'x', places: ['Madrid'] });
    });

    await atVersion(name, 2, async (db) => {
      expect(db.verno).toBe(2);
      expect(await db.articles.count()).toBe(3);
      expect(await db.articles.get('a')).toEqual(corrected);
      expect(await db.bodies.get('a')).toEqual({ id: 'a', html: '<p>x</p>', text: 'x', places: ['Madrid'] });
      const log = await db.corrections.orderBy('seq').toArray();
      expect(log.map(({ seq: _seq, ...rest }) => rest).sort((x, y) => x.articleId.localeCompare(y.articleId))).toEqual([
        { articleId: 'a', at: 1_700_000_000_000, themeIds: ['health', 'society'], editionId: null },
        { articleId: 'b', at: 1_700_000_500_000, themeIds: null, editionId: 'lisbonne' },
      ]);
      // The indexes still answer after the upgrade.
      expect(await db.articles.where('themeIds').equals('health').primaryKeys()).toEqual(['a']);
    });
  });

  it('1 → 2 on an empty database leaves an empty log', async () => {
    const name = freshDb().name;
    await atVersion(name, 1, async () => undefined);
    await atVersion(name, 2, async (db) => {
      expect(await db.corrections.count()).toBe(0);
    });
  });

  it('2 → 3 keeps every row, body and correction, and the new indexes answer for old rows', async () => {
    const name = freshDb().name;
    const older = fakeSummary({ id: 'old', siteName: 'El País', publishedAt: '2024-05-01T08:00:00Z', status: 'read' });
    const newer = fakeSummary({ id: 'new', siteName: 'The Local', publishedAt: '2025-01-02T08:00:00Z', favourite: true });
    await atVersion(name, 2, async (db) => {
      await db.articles.bulkPut([older, newer]);
      await db.bodies.put({ id: 'old', html: '<p>hola</p>', text: 'hola', places: ['Madrid'] });
      await db.corrections.add({ articleId: 'old', at: 1, themeIds: ['health'], editionId: null });
    });
    await atVersion(name, 3, async (db) => {
      expect(db.verno).toBe(3);
      expect(await db.articles.get('old')).toEqual(older);
      expect(await db.articles.get('new')).toEqual(newer);
      expect(await db.bodies.get('old')).toEqual({ id: 'old', html: '<p>hola</p>', text: 'hola', places: ['Madrid'] });
      expect(await db.corrections.count()).toBe(1);
      expect(await db.articles.orderBy('publishedAt').primaryKeys()).toEqual(['old', 'new']);
      expect(await db.articles.where('siteName').equals('The Local').primaryKeys()).toEqual(['new']);
      // Rows written before version 3 have no collectionIds: they belong to no collection.
      expect(await db.articles.where('collectionIds').equals('any').count()).toBe(0);
      expect(await db.searchIndex.count()).toBe(0);
      expect(await db.indexLog.count()).toBe(0);
    });
  });
});
