/**
 * The one Dexie schema. Each version lists only what it changes, and each
 * upgrade is a named function saying why it exists. Never edit a published
 * version: add the next one (tests/browser/db-migrations.test.ts opens every
 * version with rows shaped as that version wrote them). Every upgrade is
 * wrapped in guardUpgrade (open.ts): a failure rolls back and is reported as
 * 'upgrade-failed' while the previous version's rows stay readable.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { ArticleSummary, StoredCollection, ThemeId } from '../../core/model';
import type { ThemeModel } from '../../core/tagging';
import { guardUpgrade } from './open';

export const DB_NAME = 'kiosque';
export const DB_VERSION = 3;

/** Article bodies live apart from list rows so the list opens without reading megabytes of HTML. */
export interface BodyRow {
  id: string;
  html: string;
  text: string;
  /** Kept for re-tagging: the edition detector reads the page's places. */
  places: string[];
}

export const THEME_MODEL_KEY = 'themes';

/** The learned theme model: one row, plain JSON. */
export interface ModelRow {
  id: typeof THEME_MODEL_KEY;
  model: ThemeModel;
  updatedAt: number;
}

/** One correction the reader made to an article's themes or edition. */
export interface CorrectionRow {
  seq?: number;
  articleId: string;
  /** Epoch milliseconds. */
  at: number;
  /** The themes the reader chose, or null when only the edition changed. */
  themeIds: ThemeId[] | null;
  /** The edition the reader chose ('' for none), or null when only the themes changed. */
  editionId: string | null;
}

/**
 * The persisted search index (core/search serialise): one `header` row holding
 * ids and lengths, plus `chunk:<n>` rows of postings, rewritten together.
 */
export interface SearchIndexRow {
  key: string;
  data: unknown;
}

/**
 * Articles changed since the persisted index was written. Every write to an
 * article appends here in the same transaction, so an index written before a
 * crash is brought up to date from this log instead of missing the change.
 */
export interface IndexLogRow {
  seq?: number;
  articleId: string;
}

/** One URL-only item waiting to be fetched and extracted in the background. */
export interface FetchJobRow {
  /** The article id the fetched content goes into. */
  id: string;
  url: string;
  host: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  /** Epoch ms before which the job must not start (per-host rate limit, retry back-off). */
  notBefore: number;
  /** Why it failed, for the import report; null otherwise. */
  error: string | null;
  updatedAt: number;
}

export class KiosqueDb extends Dexie {
  articles!: Table<ArticleSummary, string>;
  bodies!: Table<BodyRow, string>;
  model!: Table<ModelRow, string>;
  /** Present from version 2. */
  corrections!: Table<CorrectionRow, number>;
  /** Present from version 3. */
  searchIndex!: Table<SearchIndexRow, string>;
  indexLog!: Table<IndexLogRow, number>;
  collections!: Table<StoredCollection, string>;
  fetchJobs!: Table<FetchJobRow, string>;

  /** `version` exists for the migration tests, which open older schemas on purpose. */
  constructor(name: string = DB_NAME, opts: { version?: number } = {}) {
    super(name);
    const upTo = opts.version ?? DB_VERSION;
    // List rows: indexes only for the queries the repository runs (by key, newest first)
    // and the popup's filters (status, edition, themes). Text and HTML are never indexed.
    this.version(1).stores({
      articles: 'id, &url, savedAt, status, editionId, *themeIds',
      bodies: 'id',
      model: 'id',
    });
    if (upTo >= 2) {
      this.version(2).stores({ corrections: '++seq, articleId' }).upgrade(guardUpgrade(1, 2, logExistingUserTags));
    }
    if (upTo >= 3) {
      // Version 3 serves the reading list at scale: sort by published date or
      // site, manual collections, the persisted search index and its change
      // log, and the queue of imported links to fetch. No row changes shape:
      // rows without `collectionIds` simply belong to no collection.
      this.version(3).stores({
        articles: 'id, &url, savedAt, status, editionId, *themeIds, publishedAt, siteName, *collectionIds',
        searchIndex: 'key',
        indexLog: '++seq, articleId',
        collections: 'id, updatedAt',
        fetchJobs: 'id, state, host, notBefore',
      });
    }
  }
}

/**
 * Version 1 kept the reader's corrections only as user-sourced tags on each
 * row, so deleting an article forgot what it taught, and the theme model could
 * not be rebuilt when the tagger's vocabulary changes. Version 2 logs every
 * correction; this backfills the log from the tags version 1 left behind.
 */
export async function logExistingUserTags(tx: Transaction): Promise<void> {
  const rows = await tx.table<ArticleSummary, string>('articles').toArray();
  const log: CorrectionRow[] = [];
  for (const row of rows) {
    const userThemes = row.themes.some((theme) => theme.source === 'user');
    const userEdition = row.edition?.source === 'user';
    if (!userThemes && !userEdition) continue;
    log.push({
      articleId: row.id,
      at: row.updatedAt,
      themeIds: userThemes ? row.themes.map((theme) => theme.id) : null,
      editionId: userEdition ? (row.edition?.id ?? '') : null,
    });
  }
  await tx.table<CorrectionRow, number>('corrections').bulkAdd(log);
}
