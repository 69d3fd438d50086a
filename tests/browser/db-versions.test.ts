/**
 * Guards for the migration suite itself: every schema version has its own
 * upgrade test, and a library several versions behind (a reader who skipped
 * updates) is carried through every upgrade in one open.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, KiosqueDb } from '../../lib/db/schema';
import { fakeSummary } from '../factories';
import { freshDb } from './support/kiosque-env';

describe('migration coverage', () => {
  it('db-migrations.test.ts has an "N-1 → N" test for every version up to DB_VERSION', () => {
    const source = readFileSync(path.resolve(__dirname, 'db-migrations.test.ts'), 'utf8');
    const missing: string[] = [];
    for (let version = 2; version <= DB_VERSION; version += 1) {
      if (!source.includes(`'${version - 1} → ${version}`)) missing.push(`${version - 1} → ${version}`);
    }
    expect(missing).toEqual([]);
  });

  it('a version 1 library opened by the current build goes through every upgrade and keeps its rows', async () => {
    const name = freshDb().name;
    const corrected = fakeSummary({
      id: 'a',
      updatedAt: 1_700_000_000_000,
      status: 'archived',
      notes: 'à relire',
      publishedAt: '2024-03-01T07:00:00Z',
      themes: [{ id: 'society', source: 'user', confidence: 1 }],
    });
    const plain = fakeSummary({ id: 'b', favourite: true, publishedAt: '2025-03-01T07:00:00Z' });
    const v1 = new KiosqueDb(name, { version: 1 });
    await v1.open();
    await v1.articles.bulkPut([corrected, plain]);
    await v1.bodies.bulkPut([
      { id: 'a', html: '<p>a</p>', text: 'a', places: [] },
      { id: 'b', html: '<p>b</p>', text: 'b', places: ['Lisboa'] },
    ]);
    v1.close();

    const current = new KiosqueDb(name);
    await current.open();
    try {
      expect(current.verno).toBe(DB_VERSION);
      expect(await current.articles.orderBy('id').toArray()).toEqual([corrected, plain]);
      expect(await current.bodies.count()).toBe(2);
      // The 1 → 2 backfill ran on the way.
      const log = await current.corrections.toArray();
      expect(log.map(({ seq: _seq, ...rest }) => rest)).toEqual([{ articleId: 'a', at: 1_700_000_000_000, themeIds: ['society'], editionId: null }]);
      // And the version 3 indexes answer.
      expect(await current.articles.orderBy('publishedAt').primaryKeys()).toEqual(['a', 'b']);
    } finally {
      current.close();
    }
  });
});
