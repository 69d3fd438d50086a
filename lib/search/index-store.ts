/**
 * The persisted search index in the `searchIndex` table: a `header` row
 * (serialise's header, ids and lengths, plus the last index-log seq folded
 * in), `chunk:<n>` rows of postings, and a `build` row while the background
 * rebuilds. Written in one transaction, so a reader sees the whole old index
 * or the whole new one.
 */
import { deserialise, serialise, toSearchDoc, indexDoc, removeDoc, docCount } from '../../core/search';
import type { LoadResult, SearchIndex, SerialisedChunk, StaleReason } from '../../core/search';
import type { ArticleSummary } from '../../core/model';
import type { BodyRow, IndexLogRow, KiosqueDb } from '../db/schema';
import { ListTable } from './list-table';
import { withStorageErrors } from '../db/storage-errors';

export const HEADER_KEY = 'header';
export const TABLE_KEY = 'table';
export const BUILD_KEY = 'build';
const CHUNK_PREFIX = 'chunk:';

/** Written by the background while it rebuilds, so every page can show progress. */
export interface BuildRow {
  key: typeof BUILD_KEY;
  data: { progress: number; startedAt: number; docCount: number };
}

export type LoadOutcome =
  | { ok: true; index: SearchIndex; foldedSeq: number; lastSeq: number }
  | { ok: false; reason: StaleReason | 'missing'; message: string };

/** The log seq a stored header or table row says it reflects; 0 when it says none. */
function foldedSeqOf(data: unknown): number {
  const seq = (data as { foldedSeq?: unknown } | null | undefined)?.foldedSeq;
  return typeof seq === 'number' ? seq : 0;
}

/** The articles a run of log entries names, once each, and the highest seq among them (at least `from`). */
function logSpan(log: readonly IndexLogRow[], from: number): { ids: string[]; lastSeq: number } {
  return {
    ids: [...new Set(log.map((entry) => entry.articleId))],
    lastSeq: log.reduce((max, entry) => Math.max(max, entry.seq ?? 0), from),
  };
}

/** Re-indexes (or drops) the given articles from rows read in the caller's transaction. */
export function applyRows(
  index: SearchIndex,
  ids: Iterable<string>,
  rows: ReadonlyArray<ArticleSummary | undefined>,
  bodies: ReadonlyArray<BodyRow | undefined>,
): void {
  let i = 0;
  for (const id of ids) {
    const row = rows[i];
    const body = bodies[i];
    i++;
    if (row === undefined) removeDoc(index, id);
    else indexDoc(index, toSearchDoc({ ...row, text: body?.text ?? '' }));
  }
}

/**
 * Reads the persisted index and the log of writes made since, in one
 * snapshot, and brings the index up to date. Any doubt (missing, damaged,
 * older rules, a document count that disagrees with the library) is
 * `ok: false`: the caller rebuilds rather than answer from it.
 */
export function loadPersisted(db: KiosqueDb): Promise<LoadOutcome> {
  return withStorageErrors(() =>
    db.transaction('r', [db.articles, db.bodies, db.searchIndex, db.indexLog], async (): Promise<LoadOutcome> => {
      const headerRow = await db.searchIndex.get(HEADER_KEY);
      if (!headerRow) return { ok: false, reason: 'missing', message: 'No persisted index' };
      const stored = headerRow.data as Record<string, unknown> | null;
      const chunkCount = Array.isArray((stored?.header as { chunkChecksums?: unknown } | undefined)?.chunkChecksums)
        ? ((stored?.header as { chunkChecksums: unknown[] }).chunkChecksums.length)
        : 0;
      const chunkRows = await db.searchIndex.bulkGet(
        Array.from({ length: chunkCount }, (_, n) => `${CHUNK_PREFIX}${n}`),
      );
      const loaded: LoadResult = deserialise({ ...stored, chunks: chunkRows.map((row) => row?.data) });
      if (!loaded.ok) return loaded;
      const foldedSeq = foldedSeqOf(stored);
      const { ids, lastSeq } = logSpan(await db.indexLog.where('seq').above(foldedSeq).toArray(), foldedSeq);
      applyRows(loaded.index, ids, await db.articles.bulkGet(ids), await db.bodies.bulkGet(ids));
      const count = await db.articles.count();
      if (docCount(loaded.index) !== count) {
        return {
          ok: false,
          reason: 'doc-count',
          message: `Index holds ${docCount(loaded.index)} documents, library has ${count}`,
        };
      }
      return { ok: true, index: loaded.index, foldedSeq, lastSeq };
    }),
  );
}

/**
 * Writes `index` as the persisted index and clears the log entries up to
 * `foldedSeq` (the ones already reflected in it); entries appended while the
 * index was serialised stay, and are applied by the next load.
 */
export function persistIndex(db: KiosqueDb, index: SearchIndex, foldedSeq: number, table?: ListTable): Promise<void> {
  const { chunks, ...rest } = serialise(index);
  const snapshot = table?.toSnapshot();
  return withStorageErrors(() =>
    db.transaction('rw', [db.searchIndex, db.indexLog], async () => {
      await db.searchIndex.clear();
      await db.searchIndex.put({ key: HEADER_KEY, data: { ...rest, foldedSeq, writtenAt: Date.now() } });
      await db.searchIndex.bulkPut(
        chunks.map((chunk: SerialisedChunk, n: number) => ({ key: `${CHUNK_PREFIX}${n}`, data: chunk })),
      );
      // The list table rides along with the same foldedSeq, so a page opens the
      // list from one row plus the log instead of reading every article.
      if (snapshot) await db.searchIndex.put({ key: TABLE_KEY, data: { snapshot, foldedSeq } });
      await db.indexLog.where('seq').belowOrEqual(foldedSeq).delete();
    }),
  );
}

/**
 * The persisted list table brought up to date from the log, with the highest
 * log seq it reflects, or null when it is missing or disagrees with the library.
 */
export function loadTableSnapshot(db: KiosqueDb): Promise<{ table: ListTable; lastSeq: number } | null> {
  return withStorageErrors(() =>
    db.transaction('r', [db.articles, db.searchIndex, db.indexLog], async () => {
      const row = await db.searchIndex.get(TABLE_KEY);
      const data = row?.data as { snapshot?: unknown; foldedSeq?: unknown } | undefined;
      if (!data || typeof data.foldedSeq !== 'number') return null;
      const table = ListTable.fromSnapshot(data.snapshot);
      if (!table) return null;
      const { ids, lastSeq } = logSpan(await db.indexLog.where('seq').above(data.foldedSeq).toArray(), data.foldedSeq);
      table.applyRows(ids, await db.articles.bulkGet(ids));
      return table.size === (await db.articles.count()) ? { table, lastSeq } : null;
    }),
  );
}

export function readBuild(db: KiosqueDb): Promise<BuildRow['data'] | null> {
  return withStorageErrors(async () => {
    const row = await db.searchIndex.get(BUILD_KEY);
    return row ? (row.data as BuildRow['data']) : null;
  });
}

export function writeBuild(db: KiosqueDb, data: BuildRow['data'] | null): Promise<void> {
  return withStorageErrors(async () => {
    if (data === null) await db.searchIndex.delete(BUILD_KEY);
    else await db.searchIndex.put({ key: BUILD_KEY, data });
  });
}

export interface FoldSnapshot {
  /** Articles logged since the persisted index was written, with their rows and bodies as of one snapshot. */
  ids: string[];
  rows: Array<ArticleSummary | undefined>;
  bodies: Array<BodyRow | undefined>;
  /** seq the persisted index already reflects, and the highest seq read now. */
  foldedSeq: number;
  lastSeq: number;
  neverWritten: boolean;
}

/** What the writer must apply before persisting: the whole log, read with the rows it names. */
export function readFolded(db: KiosqueDb): Promise<FoldSnapshot> {
  return withStorageErrors(() =>
    db.transaction('r', [db.articles, db.bodies, db.searchIndex, db.indexLog], async () => {
      const header = await db.searchIndex.get(HEADER_KEY);
      const foldedSeq = foldedSeqOf(header?.data);
      const { ids, lastSeq } = logSpan(await db.indexLog.toArray(), foldedSeq);
      const [rows, bodies] = await Promise.all([db.articles.bulkGet(ids), db.bodies.bulkGet(ids)]);
      return { ids, rows, bodies, foldedSeq, lastSeq, neverWritten: header === undefined };
    }),
  );
}

export interface LogCatchUp {
  /** Articles logged after the seq asked for, with their rows (and bodies when asked) as of one snapshot. */
  ids: string[];
  rows: Array<ArticleSummary | undefined>;
  bodies: Array<BodyRow | undefined>;
  /** The highest seq read; the caller has seen everything up to it. */
  lastSeq: number;
  /** Articles in the library in the same snapshot, to check the caller's copy against. */
  articleCount: number;
}

/**
 * What changed after `seq`, from the index log: the cheap answer to a write
 * Dexie announced only as a key range (an import of 50+ rows). Null when the
 * log no longer reaches back to `seq` — the background folded it into a newer
 * persisted index and cleared it — so the caller must reload instead.
 */
export function readLogSince(db: KiosqueDb, seq: number, withBodies: boolean): Promise<LogCatchUp | null> {
  return withStorageErrors(() =>
    db.transaction('r', [db.articles, db.bodies, db.searchIndex, db.indexLog], async () => {
      const header = await db.searchIndex.get(HEADER_KEY);
      if (foldedSeqOf(header?.data) > seq) return null;
      const { ids, lastSeq } = logSpan(await db.indexLog.where('seq').above(seq).toArray(), seq);
      const [rows, bodies, articleCount] = await Promise.all([
        db.articles.bulkGet(ids),
        withBodies ? db.bodies.bulkGet(ids) : Promise.resolve([]),
        db.articles.count(),
      ]);
      return { ids, rows, bodies, lastSeq, articleCount };
    }),
  );
}

/** The highest log seq so far (0 when empty). */
export function lastLogSeq(db: KiosqueDb): Promise<number> {
  return withStorageErrors(async () => {
    const last = await db.indexLog.orderBy('seq').lastKey();
    return typeof last === 'number' ? last : 0;
  });
}
