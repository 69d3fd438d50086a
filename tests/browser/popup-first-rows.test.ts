/**
 * The popup's bare IndexedDB read of the newest saves, run against databases
 * the real schema created: it must answer exactly what Dexie answers, and
 * never create, upgrade or block the database when it cannot.
 */
import Dexie from 'dexie';
import { IDBIndex as FakeIndex } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/model';
import { DB_NAME, DB_VERSION, KiosqueDb } from '../../lib/db/schema';
import {
  FIRST_ROWS_DB,
  FIRST_ROWS_INDEX,
  FIRST_ROWS_NATIVE_VERSION,
  FIRST_ROWS_STORE,
  PAGE_SIZE,
  prefetchFirstRows,
  readFirstRows,
  takeFirstRows,
} from '../../entrypoints/popup/first-rows';
import { fakeSummary } from '../factories';

const BASE = Date.UTC(2026, 10, 20);

function library(n: number): ArticleSummary[] {
  // Two rows share each savedAt, so the order of ties is checked too.
  return Array.from({ length: n }, (_, i) =>
    fakeSummary({ id: `a-${String(i).padStart(3, '0')}`, title: `Title ${i}`, savedAt: BASE + Math.floor(i / 2) * 1000 }),
  );
}

async function seeded(rows: ArticleSummary[], version?: number): Promise<void> {
  const db = new KiosqueDb(DB_NAME, version === undefined ? {} : { version });
  await db.open();
  await db.articles.bulkPut(rows);
  db.close();
}

async function dexieNewest(limit: number): Promise<ArticleSummary[]> {
  const db = new KiosqueDb();
  try {
    return await db.articles.orderBy('savedAt').reverse().limit(limit).toArray();
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  await Dexie.delete(DB_NAME);
});
afterEach(async () => {
  await Dexie.delete(DB_NAME);
});

describe('the names it reads match the real schema', () => {
  it('database, store, index and native version', async () => {
    await seeded([]);
    const db = new KiosqueDb();
    await db.open();
    try {
      expect(FIRST_ROWS_DB).toBe(DB_NAME);
      expect(db.backendDB().version).toBe(FIRST_ROWS_NATIVE_VERSION);
      expect(FIRST_ROWS_NATIVE_VERSION).toBe(DB_VERSION * 10);
      expect(db.articles.name).toBe(FIRST_ROWS_STORE);
      expect(db.articles.schema.idxByName[FIRST_ROWS_INDEX]).toBeDefined();
    } finally {
      db.close();
    }
  });
});

describe('readFirstRows', () => {
  it('answers the same rows in the same order as Dexie, newest first', async () => {
    await seeded(library(95));
    const rows = await readFirstRows(indexedDB, PAGE_SIZE);
    expect(rows?.map((row) => row.id)).toEqual((await dexieNewest(PAGE_SIZE)).map((row) => row.id));
    expect(rows).toHaveLength(PAGE_SIZE);
    expect(rows?.[0]).toEqual(await dexieNewest(1).then((r) => r[0]));
  });

  it('walks a cursor where getAll takes no direction, with the same answer', async () => {
    await seeded(library(55));
    const proto = FakeIndex.prototype as unknown as Record<string, unknown>;
    const descriptor = Object.getOwnPropertyDescriptor(FakeIndex.prototype, 'getAllRecords');
    if (!descriptor) throw new Error('fake-indexeddb has no getAllRecords to take away');
    delete proto.getAllRecords;
    try {
      expect('getAllRecords' in FakeIndex.prototype).toBe(false);
      const rows = await readFirstRows(indexedDB, PAGE_SIZE);
      expect(rows?.map((row) => row.id)).toEqual((await dexieNewest(PAGE_SIZE)).map((row) => row.id));
    } finally {
      Object.defineProperty(FakeIndex.prototype, 'getAllRecords', descriptor);
    }
  });

  it('answers every row of a library smaller than a page, and [] for an empty one', async () => {
    await seeded(library(3));
    expect((await readFirstRows(indexedDB, PAGE_SIZE))?.map((r) => r.id)).toEqual(['a-002', 'a-001', 'a-000']);
    await Dexie.delete(DB_NAME);
    await seeded([]);
    expect(await readFirstRows(indexedDB, PAGE_SIZE)).toEqual([]);
  });

  it('keeps right-to-left and very long titles as stored', async () => {
    const rtl = fakeSummary({ id: 'rtl', title: 'مدريد تحتفل '.repeat(200), dir: 'rtl', lang: 'ar', savedAt: BASE + 99_000 });
    await seeded([rtl, ...library(2)]);
    const rows = await readFirstRows(indexedDB, PAGE_SIZE);
    expect(rows?.[0]).toEqual(rtl);
  });

  it('answers null and creates nothing when there is no database', async () => {
    expect(await readFirstRows(indexedDB, PAGE_SIZE)).toBeNull();
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(DB_NAME);
    // Dexie then creates the database at the current version as usual.
    await seeded(library(1));
    expect(await readFirstRows(indexedDB, PAGE_SIZE)).toHaveLength(1);
  });

  it('answers null for a database of an older version, and leaves its upgrade to Dexie', async () => {
    await seeded(library(4), 2);
    expect(await readFirstRows(indexedDB, PAGE_SIZE)).toBeNull();
    const db = new KiosqueDb();
    await db.open();
    expect(db.backendDB().version).toBe(FIRST_ROWS_NATIVE_VERSION);
    expect(await db.articles.count()).toBe(4);
    db.close();
  });

  it('does not hold up an upgrade that starts while it reads', async () => {
    await seeded(library(4), 2);
    const reading = readFirstRows(indexedDB, PAGE_SIZE);
    const db = new KiosqueDb();
    await db.open();
    expect(await db.articles.count()).toBe(4);
    db.close();
    expect(await reading).toBeNull();
  });

  it('answers null when a stored row is not a list row', async () => {
    await seeded(library(2));
    const db = new KiosqueDb();
    await db.open();
    // Written around Dexie's typing on purpose: a row another build or a bug could have left.
    await db.table('articles').put({ id: 'broken', url: 'https://example.org/broken', savedAt: BASE + 50_000 });
    db.close();
    expect(await readFirstRows(indexedDB, PAGE_SIZE)).toBeNull();
  });

  it('answers null without IndexedDB or for an empty request', async () => {
    await seeded(library(2));
    expect(await readFirstRows(undefined, PAGE_SIZE)).toBeNull();
    expect(await readFirstRows(indexedDB, 0)).toBeNull();
  });

  it('answers null when opening throws', async () => {
    const throwing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await readFirstRows(throwing, PAGE_SIZE)).toBeNull();
  });
});

describe('the hand-off from the <head> script to the popup module', () => {
  /** Counts the databases opened through it, to tell a fresh read from the prefetched one. */
  function countingIdb(): { idb: IDBFactory; opened: () => number } {
    let opened = 0;
    const idb = {
      open: (name: string) => {
        opened += 1;
        return indexedDB.open(name);
      },
    } as unknown as IDBFactory;
    return { idb, opened: () => opened };
  }

  it('takes the read the head script started, once, without opening the database again', async () => {
    await seeded(library(3));
    const scope = {};
    const counting = countingIdb();
    prefetchFirstRows(scope, counting.idb);
    expect(counting.opened()).toBe(1);
    const rows = await takeFirstRows(scope, counting.idb);
    expect(rows?.map((r) => r.id)).toEqual((await dexieNewest(PAGE_SIZE)).map((r) => r.id));
    expect(counting.opened()).toBe(1);
    // A second taker starts its own read rather than share rows already rendered.
    expect((await takeFirstRows(scope, counting.idb))?.length).toBe(3);
    expect(counting.opened()).toBe(2);
  });

  it('reads itself when the head script did not run', async () => {
    await seeded(library(2));
    const counting = countingIdb();
    expect((await takeFirstRows({}, counting.idb))?.length).toBe(2);
    expect(counting.opened()).toBe(1);
  });

  it('passes on a failed prefetch as null, so the popup reads through Dexie', async () => {
    const scope = {};
    prefetchFirstRows(scope, undefined);
    expect(await takeFirstRows(scope, indexedDB)).toBeNull();
  });
});
