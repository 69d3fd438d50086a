/**
 * One context's copy of the search index. It is loaded from the persisted
 * rows on first use, kept in step with writes from every context (re-reading
 * only the articles Dexie says changed), and reloaded when the background
 * writes a rebuilt index. When there is no usable index it says so (null),
 * and the caller scans instead: a search never fails for want of an index.
 */
import { docCount, type SearchIndex } from '../../core/search';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { ChangeWatch } from './change-watch';
import { applyRows, loadPersisted, readLogSince, type LoadOutcome } from './index-store';

export type HolderState = 'unknown' | 'loading' | 'ready' | 'missing';

export class IndexHolder {
  private index: SearchIndex | null = null;
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> = Promise.resolve();
  private readonly articles: ChangeWatch;
  private readonly persisted: ChangeWatch;
  /** Why the last load failed, for indexStatus and the logs. */
  lastProblem: Exclude<LoadOutcome, { ok: true }> | null = null;
  state: HolderState = 'unknown';
  /** Set while this context rebuilds: no reload of the old rows meanwhile. */
  private rebuilding = false;
  /** The highest index-log seq the index reflects, for catching up after a bulk write. */
  private seenSeq = 0;

  constructor(private readonly db: KiosqueDb) {
    // Watch before the first load: a write landing while the rows are read is
    // then re-applied afterwards (indexDoc replaces, so twice is harmless).
    this.articles = new ChangeWatch(db);
    this.persisted = new ChangeWatch(db, { tables: ['searchIndex'] });
  }

  /** The up-to-date index, or null when there is none to trust yet. */
  async current(): Promise<SearchIndex | null> {
    if (this.rebuilding) return null;
    if (this.state === 'unknown' || (this.state === 'missing' && this.persisted.hasChanges)) {
      this.persisted.take();
      await this.load();
    } else if (this.loading) {
      await this.loading;
    }
    if (this.state !== 'ready' || this.index === null) return null;
    await this.sync();
    return this.state === 'ready' ? this.index : null;
  }

  /**
   * Marks the start of a rebuild in this context: searches scan until adopt,
   * and writes from now on are applied to the new index by the next sync.
   */
  beginRebuild(): void {
    this.rebuilding = true;
    this.articles.take();
    this.index = null;
    this.state = 'missing';
  }

  /** Installs an index built here (the background's rebuild) as current. */
  adopt(index: SearchIndex): void {
    this.rebuilding = false;
    this.index = index;
    this.state = 'ready';
    this.lastProblem = null;
  }

  /** Forgets the index: the next search scans until a new one is loaded. */
  drop(problem: Exclude<LoadOutcome, { ok: true }>): void {
    this.rebuilding = false;
    this.index = null;
    this.state = 'missing';
    this.lastProblem = problem;
  }

  get docCount(): number {
    return this.index ? docCount(this.index) : 0;
  }

  /** The loaded index without bringing it up to date (for the writer that persists it). */
  peek(): SearchIndex | null {
    return this.index;
  }

  load(): Promise<void> {
    this.loading ??= (async () => {
      this.state = 'loading';
      try {
        this.articles.take();
        const outcome = await loadPersisted(this.db);
        if (outcome.ok) {
          this.adopt(outcome.index);
          this.seenSeq = outcome.lastSeq;
        } else this.drop(outcome);
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /** Applies the writes seen since the last sync; one at a time so two queries never interleave them. */
  sync(): Promise<void> {
    const next = this.syncing.then(async () => {
      const index = this.index;
      if (index === null || !this.articles.hasChanges) return;
      const changes = this.articles.take();
      if (changes.all) {
        await this.catchUp(index);
        return;
      }
      const ids = [...changes.ids];
      const db = this.db;
      const [rows, bodies] = await withStorageErrors(() =>
        db.transaction('r', db.articles, db.bodies, () => Promise.all([db.articles.bulkGet(ids), db.bodies.bulkGet(ids)])),
      );
      applyRows(index, ids, rows, bodies);
    });
    // A failed sync must not wedge the queue, and the changes it took are
    // lost: reload from storage on next use. The failure still reaches this caller.
    this.syncing = next.catch(() => {
      this.state = 'unknown';
    });
    return next;
  }

  /**
   * A bulk write (announced as a key range): the articles it touched are in
   * the index log after the seq this index reflects, so only those are
   * re-indexed. When the log no longer reaches back that far (the background
   * folded and cleared it) or the document count then disagrees with the
   * library, the persisted index plus its log is loaded again instead.
   */
  private async catchUp(index: SearchIndex): Promise<void> {
    const since = await readLogSince(this.db, this.seenSeq, true);
    if (since) {
      applyRows(index, since.ids, since.rows, since.bodies);
      this.seenSeq = since.lastSeq;
      if (docCount(index) === since.articleCount) return;
    }
    await this.load();
  }

  /** The index now reflects the log up to `seq` (the writer folded it in and may clear it). */
  noteFolded(seq: number): void {
    this.seenSeq = Math.max(this.seenSeq, seq);
  }

  close(): void {
    this.articles.close();
    this.persisted.close();
  }
}
