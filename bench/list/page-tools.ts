/**
 * Bundled by the list benchmark and evaluated in an extension page, so it
 * shares the extension's origin and database. Seeds through the real Dexie
 * schema (lib/db/schema.ts), and holds the naive baseline: a Dexie full scan
 * with String.includes, the way a library without an index answers.
 */
import { KiosqueDb } from '../../lib/db/schema';
import { createGenerator, type GeneratedRow } from './generate';
import type { IndexReading } from './index-reading';

const db = new KiosqueDb();

/** Accent- and case-insensitive, as a naive implementation would do it. */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

async function seed(count: number, seedValue: number, batch = 2000): Promise<{ ms: number }> {
  const generator = createGenerator(seedValue);
  const start = performance.now();
  for (let from = 0; from < count; from += batch) {
    const rows: GeneratedRow[] = [];
    for (let i = from; i < Math.min(count, from + batch); i += 1) rows.push(generator.row(i));
    // One transaction per batch, rows and bodies together, as a save writes them.
    await db.transaction('rw', db.articles, db.bodies, async () => {
      await db.articles.bulkPut(rows.map((r) => r.summary));
      await db.bodies.bulkPut(rows.map((r) => r.body));
    });
  }
  return { ms: performance.now() - start };
}

/** Forgets the persisted search index, so the next start of the background must rebuild it. */
async function dropIndex(): Promise<void> {
  await db.transaction('rw', db.searchIndex, db.indexLog, async () => {
    await db.searchIndex.clear();
    await db.indexLog.clear();
  });
}

/** Bytes of a stored value: binary as is, strings as UTF-8, containers summed. */
function sizeOf(value: unknown, encoder: TextEncoder): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return encoder.encode(value).length;
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean') return 1;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Blob) return value.size;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + sizeOf(item, encoder), 0);
  if (typeof value === 'object') {
    return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + sizeOf(item, encoder), 0);
  }
  return 0;
}

async function indexBytes(): Promise<IndexReading> {
  const rows = await db.searchIndex.toArray();
  const encoder = new TextEncoder();
  return {
    keys: rows.map((row) => row.key),
    rows: rows.length,
    bytes: rows.reduce((sum, row) => sum + sizeOf(row.data, encoder), 0),
  };
}

async function storageUsage(): Promise<number> {
  const estimate = await navigator.storage.estimate();
  return estimate.usage ?? 0;
}

/** Opening the list naively: every row, sorted by saved date, the first screenful kept. */
async function naiveOpen(): Promise<number> {
  const start = performance.now();
  const rows = await db.articles.toArray();
  rows.sort((a, b) => b.savedAt - a.savedAt);
  void rows.slice(0, 50);
  return performance.now() - start;
}

/** Searching naively: every row and body read and folded, every term looked for with includes. */
async function naiveSearch(query: string): Promise<{ ms: number; hits: number }> {
  const start = performance.now();
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const [rows, bodies] = await Promise.all([db.articles.toArray(), db.bodies.toArray()]);
  const textById = new Map(bodies.map((body) => [body.id, body.text]));
  const hits = rows.filter((row) => {
    const haystack = fold(`${row.title} ${row.byline ?? ''} ${row.siteName ?? ''} ${row.excerpt ?? ''} ${textById.get(row.id) ?? ''}`);
    return terms.every((term) => haystack.includes(term));
  });
  hits.sort((a, b) => b.savedAt - a.savedAt);
  return { ms: performance.now() - start, hits: hits.length };
}

/** Filtering naively: every row read, the edition compared in JavaScript. */
async function naiveFilter(editionId: string): Promise<number> {
  const start = performance.now();
  const rows = (await db.articles.toArray()).filter((row) => row.editionId === editionId);
  rows.sort((a, b) => b.savedAt - a.savedAt);
  return performance.now() - start;
}

async function count(): Promise<number> {
  return db.articles.count();
}

const tools = { seed, dropIndex, indexBytes, storageUsage, naiveOpen, naiveSearch, naiveFilter, count };
export type BenchTools = typeof tools;
(globalThis as unknown as { __kiosqueBench: BenchTools }).__kiosqueBench = tools;
