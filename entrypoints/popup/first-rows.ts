/**
 * The popup's first screen, read with the bare IndexedDB API while Dexie and
 * the services are still loading. It sits in the popup's first script, so it
 * must not import Dexie (or lib/db/schema, which does): the names below
 * mirror lib/db/schema.ts, and tests/browser/popup-first-rows.test.ts checks
 * them against a database the real schema created.
 *
 * It is only a head start. It never creates or upgrades the database: when
 * the database is missing, at another version, or shaped differently, it
 * answers null and the popup reads through Dexie as usual, which also reports
 * any storage error. The same goes for every failure here.
 */
import type { ArticleSummary } from '../../core/model';

/** Rows fetched per request: a few screens of the popup, small enough to answer in one frame. */
export const PAGE_SIZE = 40;

export const FIRST_ROWS_DB = 'kiosque';
export const FIRST_ROWS_STORE = 'articles';
export const FIRST_ROWS_INDEX = 'savedAt';
/** Dexie opens IndexedDB at ten times its own version number: schema version 3 is native version 30. */
export const FIRST_ROWS_NATIVE_VERSION = 30;

/** Rows as stored, checked just enough that the list can render them. */
function isSummary(value: unknown): value is ArticleSummary {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Partial<Record<keyof ArticleSummary, unknown>>;
  return (
    typeof row.id === 'string' &&
    typeof row.title === 'string' &&
    typeof row.savedAt === 'number' &&
    typeof row.status === 'string' &&
    Array.isArray(row.themes)
  );
}

function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: an existing database opens as it is, whatever its version.
      request = idb.open(name);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      // Only a database that did not exist asks for an upgrade here. Aborting
      // the version change leaves no empty database behind for Dexie to find.
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      // Handled: the abort above fails the request on purpose.
      event.preventDefault();
      resolve(null);
    };
    // Another page holds the database in a version change: do not wait for it.
    request.onblocked = () => resolve(null);
  });
}

/** Settles with the rows once the transaction completes, null when it aborts or fails. */
function collect(tx: IDBTransaction, rows: () => ArticleSummary[] | null): Promise<ArticleSummary[] | null> {
  return new Promise((resolve) => {
    tx.oncomplete = () => resolve(rows());
    tx.onabort = () => resolve(null);
    tx.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
  });
}

/**
 * Newest first, as Dexie's orderBy('savedAt').reverse() walks the same index.
 * Where IndexedDB takes a direction in getAll (the getAllRecords generation),
 * that is one request; otherwise a cursor walks the rows, one request each,
 * which under a busy browser costs a few milliseconds per row.
 */
function newestFrom(db: IDBDatabase, limit: number): Promise<ArticleSummary[] | null> {
  const tx = db.transaction(FIRST_ROWS_STORE, 'readonly');
  const index = tx.objectStore(FIRST_ROWS_STORE).index(FIRST_ROWS_INDEX);
  if ('getAllRecords' in index) {
    let values: unknown[] = [];
    const options = { query: null, count: limit, direction: 'prev' };
    // The options form of getAll is newer than the DOM typings this project builds against.
    const request = (index.getAll as (options: unknown) => IDBRequest<unknown[]>)(options);
    request.onsuccess = () => {
      values = request.result;
    };
    return collect(tx, () => (values.every(isSummary) ? values : null));
  }
  const rows: ArticleSummary[] = [];
  const request = index.openCursor(null, 'prev');
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor || rows.length >= limit) return;
    if (!isSummary(cursor.value)) {
      tx.abort();
      return;
    }
    rows.push(cursor.value);
    if (rows.length < limit) cursor.continue();
  };
  return collect(tx, () => rows);
}

/**
 * The `limit` newest saves, or null when this quick path cannot answer (see
 * the file comment). An empty array means the library is really empty.
 */
export async function readFirstRows(idb: IDBFactory | undefined, limit: number): Promise<ArticleSummary[] | null> {
  if (!idb || limit <= 0) return null;
  const db = await openExisting(idb, FIRST_ROWS_DB);
  if (!db) return null;
  // Dexie upgrades the database when the popup opens it; this connection must never hold that up.
  db.onversionchange = () => db.close();
  try {
    if (db.version !== FIRST_ROWS_NATIVE_VERSION || !db.objectStoreNames.contains(FIRST_ROWS_STORE)) return null;
    return await newestFrom(db, limit);
  } catch {
    // A missing index or a closing database throws synchronously: the Dexie path will say what is wrong.
    return null;
  } finally {
    db.close();
  }
}

/**
 * The hand-off between popup-prefetch.js, a classic script in the popup's
 * <head> that starts the read while the page's modules are still being
 * fetched and compiled, and main.tsx, which takes the promise when it runs.
 */
const PREFETCH_KEY = '__kiosqueFirstRows';
type PrefetchScope = { [PREFETCH_KEY]?: Promise<ArticleSummary[] | null> };

export function prefetchFirstRows(scope: object, idb: IDBFactory | undefined): void {
  (scope as PrefetchScope)[PREFETCH_KEY] = readFirstRows(idb, PAGE_SIZE);
}

/**
 * The read the head script started, or a new one when that script did not
 * run (a page without it, or one that failed to load). Taken once: a second
 * caller starts its own read rather than reuse rows already rendered.
 */
export function takeFirstRows(scope: object, idb: IDBFactory | undefined): Promise<ArticleSummary[] | null> {
  const holder = scope as PrefetchScope;
  const started = holder[PREFETCH_KEY];
  delete holder[PREFETCH_KEY];
  return started ?? readFirstRows(idb, PAGE_SIZE);
}
