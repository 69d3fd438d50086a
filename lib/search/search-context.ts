/**
 * What one context (a popup, the reader page, the background) keeps for list
 * queries on one database: the list table and the search index, both loaded
 * once and then kept in step with writes from every context.
 */
import { docCount, scanSearch, search, toSearchDoc, type SearchHit } from '../../core/search';
import type { ArticleSummary } from '../../core/model';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import type { IndexState } from '../api-types';
import { ChangeWatch } from './change-watch';
import { IndexHolder } from './index-holder';
import { HEADER_KEY, loadTableSnapshot, readBuild } from './index-store';
import { ListTable } from './list-table';

/** Rows read per request while loading the table: bounded memory at 100k. */
const LOAD_BATCH = 5000;

export class SearchContext {
  readonly holder: IndexHolder;
  private table: ListTable | null = null;
  private tableLoad: Promise<ListTable> | null = null;
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
        this.table = null;
        await this.loadTable();
        return;
      }
      const ids = [...changes.ids];
      const rows = await withStorageErrors(() => this.db.articles.bulkGet(ids));
      ids.forEach((id, i) => {
        const row = rows[i];
        if (row) table.put(row);
        else table.remove(id);
      });
    });
    this.syncing = next.catch(() => {
      // The changes taken are lost with the failure: start over from storage next time.
      this.table = null;
    });
    await next;
    return this.table ?? table;
  }

  private loadTable(): Promise<ListTable> {
    this.tableLoad ??= (async () => {
      try {
        this.watch.take();
        const snapshot = await loadTableSnapshot(this.db);
        if (snapshot) {
          this.table = snapshot;
          return snapshot;
        }
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

  /** Every hit for `query`, best first: from the index, or by scanning while there is none. */
  async searchAll(query: string): Promise<{ hits: SearchHit[]; mode: 'index' | 'scan' }> {
    const index = await this.holder.current();
    if (index) return { hits: search(index, query, { limit: Number.POSITIVE_INFINITY }), mode: 'index' };
    const db = this.db;
    const [rows, bodies] = await withStorageErrors(() =>
      db.transaction('r', db.articles, db.bodies, () => Promise.all([db.articles.toArray(), db.bodies.toArray()])),
    );
    const texts = new Map(bodies.map((body) => [body.id, body.text]));
    const docs = rows.map((row) => toSearchDoc({ ...row, text: texts.get(row.id) ?? '' }));
    return { hits: scanSearch(docs, query, { limit: Number.POSITIVE_INFINITY }), mode: 'scan' };
  }

  async indexState(): Promise<IndexState> {
    if (this.holder.state === 'ready') {
      const index = this.holder.peek();
      return { status: 'ready', progress: 1, docCount: index ? docCount(index) : 0 };
    }
    const build = await readBuild(this.db);
    if (build) return { status: 'building', progress: build.progress, docCount: build.docCount };
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
