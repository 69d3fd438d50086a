/**
 * What one context (a popup, the reader page, the background) keeps for list
 * queries on one database: the list table and the search index, both loaded
 * once and then kept in step with writes from every context.
 */
import { docCount, scanSearch, search, toSearchDoc, type SearchHit, type SearchIndex } from '../../core/search';
import type { ArticleSummary } from '../../core/model';
import type { BodyRow, KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import type { IndexState } from '../api-types';
import { ChangeWatch } from './change-watch';
import { IndexHolder } from './index-holder';
import { HEADER_KEY, lastLogSeq, loadTableSnapshot, readBuild, readLogSince } from './index-store';
import { ListTable } from './list-table';

/** Rows read per request while loading the table: bounded memory at 100k. */
const LOAD_BATCH = 5000;
/** Full rows kept for the list's windows: a few screens of every recent query. */
const ROW_CACHE = 2000;
/**
 * How long a first search waits for the index this page is loading before
 * answering partially: a 10k index loads within it (measured: scanning
 * instead only delayed the full answer); a 100k one takes seconds.
 */
const LOAD_WAIT_MS = 150;
/** Newest saves scanned for that partial answer: three screens, read and tokenized in tens of ms. */
const NEWEST_SCAN = 150;

/** Every hit for `query` among `rows`, each searched with its body's text (a link has none). */
function scanRows(
  query: string,
  rows: ReadonlyArray<ArticleSummary | undefined>,
  bodies: ReadonlyArray<BodyRow | undefined>,
): SearchHit[] {
  const texts = new Map(bodies.flatMap((body) => (body ? [[body.id, body.text] as const] : [])));
  const docs = rows.flatMap((row) => (row ? [toSearchDoc({ ...row, text: texts.get(row.id) ?? '' })] : []));
  return scanSearch(docs, query, { limit: Number.POSITIVE_INFINITY });
}

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

export class SearchContext {
  readonly holder: IndexHolder;
  private table: ListTable | null = null;
  private tableLoad: Promise<ListTable> | null = null;
  /** The highest index-log seq the table reflects, for catching up after a bulk write. */
  private tableSeq = 0;
  /**
   * Full rows already read for a window, by id, oldest use first. A row stays
   * the same object until it changes, so a filter change re-reads only the
   * rows it has not shown before, and a list can skip redrawing the others.
   */
  private readonly rows = new Map<string, ArticleSummary>();
  private readonly watch: ChangeWatch;
  private syncing: Promise<void> = Promise.resolve();

  constructor(readonly db: KiosqueDb) {
    this.watch = new ChangeWatch(db, { tables: ['articles'] });
    this.holder = new IndexHolder(db);
  }

  /** The list table, brought up to date with every write committed so far. */
  async listTable(): Promise<ListTable> {
    const table = this.table ?? (await this.loadTable());
    const next = this.syncing.then(async () => {
      if (!this.watch.hasChanges) return;
      const changes = this.watch.take();
      if (changes.all) {
        await this.catchUp(table);
        return;
      }
      const ids = [...changes.ids];
      for (const id of ids) this.rows.delete(id);
      const rows = await withStorageErrors(() => this.db.articles.bulkGet(ids));
      table.applyRows(ids, rows);
    });
    this.syncing = next.catch(() => {
      // The changes taken are lost with the failure: start over from storage next time.
      this.table = null;
      this.rows.clear();
    });
    await next;
    return this.table ?? table;
  }

  /**
   * A bulk write (announced as a key range): the rows it touched are in the
   * index log after the seq the table reflects, so only those are re-read.
   * When the log no longer reaches back that far, or the row count then
   * disagrees with the library, the table is read again from storage.
   */
  private async catchUp(table: ListTable): Promise<void> {
    const since = await readLogSince(this.db, this.tableSeq, false);
    if (since) {
      for (const id of since.ids) this.rows.delete(id);
      table.applyRows(since.ids, since.rows);
      this.tableSeq = since.lastSeq;
      if (table.size === since.articleCount) return;
    }
    this.table = null;
    this.rows.clear();
    await this.loadTable();
  }

  private loadTable(): Promise<ListTable> {
    this.tableLoad ??= (async () => {
      try {
        this.watch.take();
        this.rows.clear();
        const snapshot = await loadTableSnapshot(this.db);
        if (snapshot) {
          this.table = snapshot.table;
          this.tableSeq = snapshot.lastSeq;
          return snapshot.table;
        }
        // Writes from here on have a higher seq; one replayed by a catch-up is harmless (put replaces).
        this.tableSeq = await lastLogSeq(this.db);
        const table = new ListTable();
        let after: string | null = null;
        for (;;) {
          const from: string | null = after;
          const batch: ArticleSummary[] = await withStorageErrors(() =>
            (from === null ? this.db.articles.orderBy(':id') : this.db.articles.where(':id').above(from))
              .limit(LOAD_BATCH)
              .toArray(),
          );
          for (const row of batch) table.put(row);
          const last = batch[batch.length - 1];
          if (batch.length < LOAD_BATCH || last === undefined) break;
          after = last.id;
        }
        this.table = table;
        return table;
      } finally {
        this.tableLoad = null;
      }
    })();
    return this.tableLoad;
  }

  /** Both copies now reflect the index log up to `seq` (the writer folded it in and may clear it). */
  noteFolded(seq: number): void {
    this.tableSeq = Math.max(this.tableSeq, seq);
    this.holder.noteFolded(seq);
  }

  /**
   * Full rows for `ids`, in order, from the cache or storage. Call right after
   * listTable(), which drops changed rows from the cache. A row deleted in
   * between is left out rather than returned stale.
   */
  async windowRows(ids: readonly string[]): Promise<ArticleSummary[]> {
    const missing = ids.filter((id) => !this.rows.has(id));
    const read = missing.length > 0 ? await withStorageErrors(() => this.db.articles.bulkGet(missing)) : [];
    // A write landing during the read is pending in the watch: the next sync drops that row again.
    for (const row of read) if (row) this.rows.set(row.id, row);
    const out: ArticleSummary[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (!row) continue;
      // Most recent use last, so the entries used longest ago go first.
      this.rows.delete(id);
      this.rows.set(id, row);
      out.push(row);
    }
    for (const id of this.rows.keys()) {
      if (this.rows.size <= ROW_CACHE) break;
      this.rows.delete(id);
    }
    return out;
  }

  /**
   * Every hit for `query`, best first: from the index, or by scanning while
   * there is none. With `partialFirst`, a page still loading its index waits
   * a moment for it, then answers from the newest saves (`partial` when the
   * library has more) while the load goes on. With `unordered`, hits from
   * the index come in index order (see SearchOptions.unordered); a scan's
   * come ranked either way.
   */
  async searchAll(
    query: string,
    opts: { partialFirst?: boolean; unordered?: boolean } = {},
  ): Promise<{ hits: SearchHit[]; mode: 'index' | 'scan'; partial: boolean }> {
    const pending = this.holder.current();
    let index: SearchIndex | null;
    if (opts.partialFirst && this.holder.state === 'loading') {
      const early = await Promise.race([pending.then((loaded) => ({ loaded })), delay(LOAD_WAIT_MS)]);
      if (early === undefined) {
        // The load goes on; its failure (if any) is met again by the next query.
        pending.catch(() => undefined);
        return this.newestScan(query);
      }
      index = early.loaded;
    } else index = await pending;
    if (index) {
      const hits = search(index, query, { limit: Number.POSITIVE_INFINITY, unordered: opts.unordered === true });
      return { hits, mode: 'index', partial: false };
    }
    const db = this.db;
    const [rows, bodies] = await withStorageErrors(() =>
      db.transaction('r', db.articles, db.bodies, () => Promise.all([db.articles.toArray(), db.bodies.toArray()])),
    );
    return { hits: scanRows(query, rows, bodies), mode: 'scan', partial: false };
  }

  /** Scans the newest saves only: the first screens a reader looks at, in bounded time at any size. */
  private async newestScan(query: string): Promise<{ hits: SearchHit[]; mode: 'scan'; partial: boolean }> {
    const table = await this.listTable();
    const order = table.order('savedAt');
    const ids: string[] = [];
    for (const slot of order.subarray(0, NEWEST_SCAN)) {
      const id = table.ids[slot];
      if (id) ids.push(id);
    }
    const db = this.db;
    const [rows, bodies] = await withStorageErrors(() =>
      db.transaction('r', db.articles, db.bodies, () => Promise.all([db.articles.bulkGet(ids), db.bodies.bulkGet(ids)])),
    );
    return { hits: scanRows(query, rows, bodies), mode: 'scan', partial: order.length > ids.length };
  }

  async indexState(): Promise<IndexState> {
    if (this.holder.state === 'ready') {
      const index = this.holder.peek();
      return { status: 'ready', progress: 1, docCount: index ? docCount(index) : 0 };
    }
    const build = await readBuild(this.db);
    if (build) return { status: 'building', progress: build.progress, docCount: build.docCount };
    // This page is reading the persisted index: searches answer partially or wait meanwhile.
    if (this.holder.state === 'loading') return { status: 'loading', progress: 0, docCount: this.table?.size ?? 0 };
    if (this.holder.state === 'missing') return { status: 'missing', progress: 0, docCount: 0 };
    // Not loaded in this page yet (no search so far): the first search loads
    // the persisted index, or finds it missing and scans.
    const present = await withStorageErrors(() => this.db.searchIndex.where('key').equals(HEADER_KEY).count());
    return present > 0
      ? { status: 'ready', progress: 1, docCount: this.table?.size ?? 0 }
      : { status: 'missing', progress: 0, docCount: 0 };
  }

  close(): void {
    this.watch.close();
    this.holder.close();
  }
}

const contexts = new WeakMap<KiosqueDb, SearchContext>();

/** The context for `db` in this page, created on first use. */
export function searchContext(db: KiosqueDb): SearchContext {
  let context = contexts.get(db);
  if (!context) contexts.set(db, (context = new SearchContext(db)));
  return context;
}
