/**
 * A migration that fails must leave the previous version's data readable and
 * say so, never open an empty store. Faults injected: a future version whose
 * upgrade rewrites rows then throws, the real 1 → 2 upgrade meeting a row it
 * cannot read,. A build older than the store on disk
 * must still read it.
 */
import type { Transaction } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../components/error-message';
import { KiosqueError, isKiosqueError } from '../../core/errors';
import type { ArticleSummary } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import { App } from '../../entrypoints/popup/App';
import { guardUpgrade } from '../../lib/db/open';
import { KiosqueDb } from '../../lib/db/schema';
import { toStorageError } from '../../lib/db/storage-errors';
import { createServices } from '../../lib/services';
import { fakeSummary } from '../factories';
import { loadMessages, mount, useLocale, waitFor } from './ui-helpers';
import { freshDb } from './support/kiosque-env';

/** The current schema plus a version 4 whose upgrade touches every row before it throws. */
class FailingUpgradeDb extends KiosqueDb {
  constructor(name: string, guarded: boolean) {
    super(name);
    const upgrade = async (tx: Transaction) => {
      await tx.table<ArticleSummary, string>('articles').toCollection().modify({ title: 'rewritten by a broken upgrade' });
      await tx.table('bodies').clear();
      throw new TypeError('cannot read properties of undefined');
    };
    this.version(4).stores({ highlights: '++id, articleId' }).upgrade(guarded ? guardUpgrade(3, 4, upgrade) : upgrade);
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const rows = [
  fakeSummary({ id: 'a', title: 'Metro plan', status: 'read', notes: 'ask about line 11' }),
  fakeSummary({ id: 'b', title: 'Rent control', favourite: true, themes: [{ id: 'politics', source: 'user', confidence: 1 }] }),
];

async function seedVersion3(name: string): Promise<void> {
  const db = new KiosqueDb(name);
  await db.open();
  await db.articles.bulkPut(rows);
  await db.bodies.bulkPut(rows.map((r) => ({ id: r.id, html: `<p>${r.title}</p>`, text: r.title, places: ['Madrid'] })));
  await db.corrections.add({ articleId: 'b', at: 5, themeIds: ['politics'], editionId: null });
  db.close();
}

/** Reopens at the version on disk and returns everything a reader would miss. */
async function readBack(name: string, version = 3) {
  const db = new KiosqueDb(name, { version });
  await db.open();
  try {
    return {
      verno: db.verno,
      articles: await db.articles.orderBy('id').toArray(),
      bodies: await db.bodies.orderBy('id').toArray(),
      corrections: db.tables.some((t) => t.name === 'corrections') ? await db.corrections.count() : null,
      tables: db.tables.map((t) => t.name),
    };
  } finally {
    db.close();
  }
}

beforeEach(() => {
  useLocale('en');
});

describe('a failed migration', () => {
  it('rolls back a guarded upgrade: the version 3 rows and bodies stay readable, the error is upgrade-failed', async () => {
    const name = freshDb().name;
    await seedVersion3(name);
    const broken = new FailingUpgradeDb(name, true);
    const opened = await rejection(broken.open());
    expect(isKiosqueError(opened) && opened.code).toBe('upgrade-failed');
    expect((opened as KiosqueError).details).toMatchObject({ from: 3, to: 4, name: 'TypeError' });
    broken.close();

    const back = await readBack(name);
    expect(back.verno).toBe(3);
    expect(back.tables).not.toContain('highlights');
    expect(back.articles).toEqual(rows);
    expect(back.bodies.map((b) => b.text)).toEqual(['Metro plan', 'Rent control']);
    expect(back.corrections).toBe(1);
  });

  it('every later call through the services rejects with the same typed error, not an empty list', async () => {
    const name = freshDb().name;
    await seedVersion3(name);
    const broken = new FailingUpgradeDb(name, true);
    const services = createServices({ db: () => broken, now: () => 0, newId: () => 'x' });
    for (const call of [() => services.listArticles(), () => services.getArticle('a'), () => services.setStatus('a', 'unread')]) {
      const error = await rejection(call());
      expect(isKiosqueError(error) && error.code).toBe('upgrade-failed');
    }
    broken.close();
    expect((await readBack(name)).articles).toEqual(rows);
  });

  it('an unguarded upgrade that throws is still a typed storage error and still rolls back', async () => {
    const name = freshDb().name;
    await seedVersion3(name);
    const broken = new FailingUpgradeDb(name, false);
    const services = createServices({ db: () => broken, now: () => 0, newId: () => 'x' });
    const error = await rejection(services.listArticles());
    expect(isKiosqueError(error) && error.code).toBe('storage-failed');
    expect((error as KiosqueError).message).toContain('cannot read properties of undefined');
    broken.close();
    expect((await readBack(name)).articles).toEqual(rows);
  });

  it('the real 1 → 2 upgrade meeting a malformed version 1 row fails as upgrade-failed and keeps version 1 intact', async () => {
    const name = freshDb().name;
    const v1 = new KiosqueDb(name, { version: 1 });
    await v1.open();
    const good = fakeSummary({ id: 'good', themes: [{ id: 'health', source: 'user', confidence: 1 }] });
    // An early build could write rows without themes; the backfill reads `row.themes.some`.
    const malformed = { ...fakeSummary({ id: 'bad' }), themes: undefined } as unknown as ArticleSummary;
    await v1.articles.bulkPut([good, malformed]);
    await v1.bodies.put({ id: 'good', html: '<p>x</p>', text: 'x', places: [] });
    v1.close();

    const current = new KiosqueDb(name);
    const error = await rejection(current.open());
    expect(isKiosqueError(error) && error.code).toBe('upgrade-failed');
    expect((error as KiosqueError).details).toMatchObject({ from: 1, to: 2 });
    current.close();

    const back = await readBack(name, 1);
    expect(back.verno).toBe(1);
    expect(back.tables).not.toContain('corrections');
    expect(back.articles.map((a) => a.id)).toEqual(['bad', 'good']);
    expect(back.articles.find((a) => a.id === 'good')).toEqual(good);
    expect(back.bodies).toEqual([{ id: 'good', html: '<p>x</p>', text: 'x', places: [] }]);
  });

  it('an older build meeting a newer store (a rollback) still reads every row and changes nothing', async () => {
    const name = freshDb().name;
    await seedVersion3(name);
    // Dexie 4 opens a store newer than the declared schema at the version on disk rather than failing.
    const older = new KiosqueDb(name, { version: 2 });
    const services = createServices({ db: () => older, now: () => 0, newId: () => 'x' });
    expect((await services.listArticles()).map((a) => a.id).sort()).toEqual(['a', 'b']);
    older.close();
    const back = await readBack(name);
    expect(back.verno).toBe(3);
    expect(back.articles).toEqual(rows);
  });

  it('the popup shows the upgrade message in place of the list, in English and French', async () => {
    const messages = { en: loadMessages('en'), fr: loadMessages('fr') };
    for (const lang of ['en', 'fr'] as const) {
      useLocale(lang);
      const name = freshDb().name;
      await seedVersion3(name);
      const broken = new FailingUpgradeDb(name, true);
      const services = createServices({ db: () => broken, now: () => 0, newId: () => 'x' });
      const root = mount(
        <App
          api={services}
          saveTab={async () => ({ ok: true, article: rows[0]!, created: false })}
          openReader={async () => {}}
          readerHref={(id) => `reader.html?id=${id}`}
          editions={listEditions()}
          lang={lang}
          locale={lang}
        />,
      );
      const expected = messages[lang].error_upgrade_failed?.message;
      expect(expected).toBeTruthy();
      await waitFor(() => expect(root.querySelector('.banner--error')?.textContent).toBe(expected));
      expect(root.querySelectorAll('.row')).toHaveLength(0);
      broken.close();
    }
  });
});

describe('toStorageError on open failures', () => {
  it('finds a typed error inside the DatabaseClosedError Dexie raises after a failed open', () => {
    const cause = new KiosqueError('upgrade-failed', 'x', { from: 3, to: 4 });
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError', inner: cause });
    expect(toStorageError(closed)).toBe(cause);
  });

  it('maps Dexie UpgradeError and IndexedDB VersionError to upgrade-failed, other open failures to storage-failed', () => {
    expect(toStorageError(Object.assign(new Error('x'), { name: 'UpgradeError' })).code).toBe('upgrade-failed');
    const wrapped = Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: new DOMException('newer', 'VersionError') });
    expect(toStorageError(wrapped).code).toBe('upgrade-failed');
    const other = Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: new DOMException('gone', 'UnknownError') });
    expect(toStorageError(other).code).toBe('storage-failed');
    expect(describeError(toStorageError(wrapped))).toContain('Kiosque could not update its storage');
  });
});
