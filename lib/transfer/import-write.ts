/**
 * Writes one parsed import file into the library in a single Dexie
 * transaction: rows, bodies, collections and the search index's change log
 * commit together or not at all, so a failure part-way (quota, a bug, a
 * closed browser) leaves the library exactly as it was before the import.
 */
import { KiosqueError } from '../../core/errors';
import {
  mergeImported,
  type Collection,
  type ExistingArticle,
  type ImportedItem,
  type MergePlan,
  type SavedSearch,
} from '../../core/formats';
import type { ArticleSummary, StoredCollection, Tags } from '../../core/model';
import { noteIndexChange } from '../db/index-log';
import { tagFields } from '../db/rows';
import type { KiosqueDb } from '../db/schema';
import type { BodyWithHighlights } from './library-source';
import { placeSavedSearches } from './saved-searches';

export interface WriteDeps {
  now: number;
  newId: () => string;
  /**
   * Tags for an item the file did not tag, worked out before the write (the
   * transaction cannot wait for the page between items); null keeps the
   * file's tags (Kiosque's own backups).
   */
  tag: ((item: ImportedItem) => Tags) | null;
  onProgress?: (done: number, total: number) => void;
  /**
   * The key an address is stored and matched under: dedupeKey, memoised by
   * the import, which has already worked out every item's key in slices.
   */
  keyFor: (url: string) => string;
  /**
   * How long the rows are built between two turns of the event loop: the
   * rows of a large import (50,000 Pocket links) take a few hundred
   * milliseconds to build, and the transaction cannot wait on the page.
   */
  sliceMs: number;
}

/**
 * A read of a key no row has: a request of the transaction's own keeps it
 * open while the event loop turns, which is all this is for.
 */
async function breathe(db: KiosqueDb): Promise<void> {
  await db.articles.get('');
}

export interface WriteResult {
  plan: MergePlan['report'];
  /** Every article written (added or changed), for the search index and the caller. */
  writtenIds: string[];
  /** New URL-only items, for the background fetch queue. */
  linkIds: string[];
  /** Names of collections created or extended. */
  collections: string[];
}

const WRITE_CHUNK = 1000;
/** Above this many keys one pass over the list rows beats index look-ups (IndexedDB has no multi-get on an index). */
const SCAN_ABOVE = 64;

async function rowsWithKeys(db: KiosqueDb, keys: string[]): Promise<ArticleSummary[]> {
  if (keys.length <= SCAN_ABOVE) {
    const found = await Promise.all(keys.map((key) => db.articles.where('url').equals(key).first()));
    return found.filter((row): row is ArticleSummary => row !== undefined);
  }
  // Dexie's anyOf() walks the index with one cursor jump per key, which some
  // IndexedDB implementations make quadratic; a scan of small rows is linear.
  const wanted = new Set(keys);
  const out: ArticleSummary[] = [];
  await db.articles.each((row) => {
    if (wanted.has(row.url)) out.push(row);
  });
  return out;
}

/** The address an item is stored and matched under (`keyFor`: dedupeKey or the import's memo of it); null when it cannot be read. */
export function keyOf(url: string, keyFor: (url: string) => string): string | null {
  try {
    return keyFor(url);
  } catch {
    return null;
  }
}

function summaryOf(item: ImportedItem, id: string, tags: Tags): ArticleSummary {
  const { html: _html, text: _text, highlights: _highlights, id: _fileId, ...row } = item;
  return { ...row, id, ...tagFields(tags) };
}

/**
 * Bodies per write are also bounded by their characters: IndexedDB copies
 * each value on the calling thread, and a thousand full articles (some
 * 12 MB) written in one call held the page for a few hundred milliseconds.
 */
export const WRITE_CHUNK_CHARS = 2_000_000;

/** Writes `rows` in slices of at most WRITE_CHUNK rows and, when `size` is given, WRITE_CHUNK_CHARS characters. */
async function chunkedPut<T>(
  rows: T[],
  put: (slice: T[]) => Promise<unknown>,
  progress: (written: number) => void,
  size?: (row: T) => number,
): Promise<void> {
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let chars = 0;
    while (end < rows.length && end - start < WRITE_CHUNK) {
      const next = size?.(rows[end]!) ?? 0;
      // At least one row per slice, however large.
      if (end > start && chars + next > WRITE_CHUNK_CHARS) break;
      chars += next;
      end++;
    }
    await put(rows.slice(start, end));
    progress(end - start);
    start = end;
  }
}

const bodyChars = (body: { html: string; text: string }): number => body.html.length + body.text.length;

/** Incoming collections onto stored ones: same name (any case) extends, a new name creates a manual collection. */
async function placeCollections(
  db: KiosqueDb,
  incoming: Collection[],
  deps: WriteDeps,
): Promise<{ rows: StoredCollection[]; byKey: Map<string, string[]> }> {
  const byKey = new Map<string, string[]>();
  if (incoming.length === 0) return { rows: [], byKey };
  const stored = (await db.collections.toArray()).filter((c) => c.kind === 'manual');
  const byName = new Map(stored.map((c) => [c.name.toLowerCase(), c]));
  const rows: StoredCollection[] = [];
  for (const collection of incoming) {
    let target = byName.get(collection.name.toLowerCase());
    if (!target) {
      const keep = collection.id !== null && !(await db.collections.get(collection.id)) && !rows.some((r) => r.id === collection.id);
      target = {
        id: keep && collection.id !== null ? collection.id : deps.newId(),
        name: collection.name,
        kind: 'manual',
        query: '',
        filter: {},
        createdAt: collection.createdAt ?? deps.now,
        updatedAt: collection.updatedAt ?? deps.now,
      };
      byName.set(target.name.toLowerCase(), target);
    } else {
      target = { ...target, updatedAt: deps.now };
    }
    if (!rows.some((r) => r.id === target.id)) rows.push(target);
    for (const url of collection.articleUrls) {
      const key = keyOf(url, deps.keyFor);
      if (key === null) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(target.id)) list.push(target.id);
      byKey.set(key, list);
    }
  }
  return { rows, byKey };
}

function withCollections(row: ArticleSummary, extra: string[] | undefined): ArticleSummary {
  if (!extra || extra.length === 0) return row;
  const have = row.collectionIds ?? [];
  const merged = [...have, ...extra.filter((id) => !have.includes(id))];
  return merged.length === have.length ? row : { ...row, collectionIds: merged };
}

export async function writeImport(
  db: KiosqueDb,
  items: ImportedItem[],
  incomingCollections: Collection[],
  deps: WriteDeps,
  savedSearches: readonly SavedSearch[] = [],
): Promise<WriteResult> {
  return db.transaction('rw', [db.articles, db.bodies, db.collections, db.indexLog], async () => {
    const keys = [...new Set(items.map((item) => keyOf(item.url, deps.keyFor)).filter((k): k is string => k !== null))];
    const matches = await rowsWithKeys(db, keys);
    const matchBodies = (await db.bodies.bulkGet(matches.map((m) => m.id))) as (BodyWithHighlights | undefined)[];
    const existing: ExistingArticle[] = matches.map((row, i) => ({ ...row, highlights: matchBodies[i]?.highlights ?? [] }));
    const plan = mergeImported(existing, items, deps.keyFor);
    const { rows: placed, byKey } = await placeCollections(db, incomingCollections, deps);
    const searchRows = await placeSavedSearches(db, savedSearches, new Set(placed.map((c) => c.id)), deps.newId);
    const collectionRows = [...placed, ...searchRows];

    // A backup keeps its own ids so that a restore is exact, unless this library already uses one.
    const wanted = plan.add.map((item) => item.id).filter((id): id is string => id !== null);
    const taken = new Set((await db.articles.bulkGet(wanted)).filter((r) => r !== undefined).map((r) => r.id));
    const used = new Set<string>();
    const newRows: ArticleSummary[] = [];
    const newBodies: BodyWithHighlights[] = [];
    const linkIds: string[] = [];
    let sliceStart = performance.now();
    for (const item of plan.add) {
      if (performance.now() - sliceStart >= deps.sliceMs) {
        await breathe(db);
        sliceStart = performance.now();
      }
      const id = item.id !== null && !taken.has(item.id) && !used.has(item.id) ? item.id : deps.newId();
      used.add(id);
      const tags = deps.tag ? deps.tag(item) : { edition: item.edition, themes: item.themes };
      newRows.push(withCollections(summaryOf(item, id, tags), byKey.get(item.url)));
      // A bare link has no body yet (the reader shows an empty one); the fetch queue writes it later.
      if (item.html !== '' || item.text !== '' || item.highlights.length > 0) {
        const body: BodyWithHighlights = { id, html: item.html, text: item.text, places: [] };
        if (item.highlights.length > 0) body.highlights = item.highlights;
        newBodies.push(body);
      }
      if (item.kind === 'link') linkIds.push(id);
    }

    const byId = new Map(matches.map((row, i) => [row.id, { row, body: matchBodies[i] }]));
    const changedRows: ArticleSummary[] = [];
    const changedBodies: BodyWithHighlights[] = [];
    const changed = new Set<string>();
    for (const { id, patch } of plan.update) {
      const current = byId.get(id);
      if (!current) throw new KiosqueError('import-failed', `Article ${id} vanished during the import`);
      const { html, text, highlights, ...rowPatch } = patch;
      current.row = { ...current.row, ...rowPatch, updatedAt: deps.now };
      if (html !== undefined || text !== undefined || highlights !== undefined) {
        const base = current.body ?? { id, html: '', text: '', places: [] };
        current.body = { ...base, ...(html !== undefined ? { html } : {}), ...(text !== undefined ? { text } : {}), ...(highlights ? { highlights } : {}) };
        changedBodies.push(current.body);
      }
      changed.add(id);
    }
    // Existing articles the file files into a collection get the membership even when nothing else changed.
    for (const [id, entry] of byId) {
      const next = withCollections(entry.row, byKey.get(entry.row.url));
      if (next !== entry.row) {
        entry.row = next;
        changed.add(id);
      }
    }
    for (const id of changed) {
      const entry = byId.get(id);
      if (entry) changedRows.push(entry.row);
    }

    const total = newRows.length + newBodies.length + changedRows.length + changedBodies.length;
    let done = 0;
    const step = (n: number) => {
      done += n;
      deps.onProgress?.(done, total);
    };
    await chunkedPut(newRows, (s) => db.articles.bulkAdd(s), step);
    await chunkedPut(newBodies, (s) => db.bodies.bulkPut(s), step, bodyChars);
    await chunkedPut(changedRows, (s) => db.articles.bulkPut(s), step);
    await chunkedPut(changedBodies, (s) => db.bodies.bulkPut(s), step, bodyChars);
    if (collectionRows.length > 0) await db.collections.bulkPut(collectionRows);
    const writtenIds = [...newRows.map((r) => r.id), ...changed];
    await noteIndexChange(db, writtenIds);
    return { plan: plan.report, writtenIds, linkIds, collections: collectionRows.map((c) => c.name) };
  });
}
