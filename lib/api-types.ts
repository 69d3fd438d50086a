import type { Article, ArticleStatus, ArticleSummary, EditionTag, StoredCollection, ThemeTag } from '../core/model';
import type { ListFilter } from '../core/search/filter';
import type { SerializedKiosqueError } from '../core/errors';
import type { ImportFailure, ImportFormat } from '../core/formats/types';

/** Result of a save as it crosses a message boundary (classes do not survive). */
export type SaveOutcome =
  | { ok: true; article: ArticleSummary; created: boolean }
  | { ok: false; error: SerializedKiosqueError };

export interface TagPatch {
  edition?: EditionTag | null;
  themes?: ThemeTag[];
}

/**
 * The service surface. The popup, the reader page, the background's message
 * handlers and `globalThis.kiosque` all call these same functions.
 */
export interface KiosqueApi {
  saveTab(tabId: number): Promise<ArticleSummary>;
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<Article>;
  deleteArticle(id: string): Promise<Article>;
  restoreArticle(article: Article): Promise<void>;
  setStatus(id: string, status: ArticleStatus): Promise<ArticleSummary>;
  setFavourite(id: string, favourite: boolean): Promise<ArticleSummary>;
  setProgress(id: string, progress: number): Promise<void>;
  setTags(id: string, patch: TagPatch): Promise<ArticleSummary>;
  retag(id: string): Promise<ArticleSummary>;
  /** One window of the reading list: search, facets, collection, sort (lib/search). */
  queryList(query: ListQuery): Promise<ListPage>;
  /** The best matches for `query` within `filter`, full rows, at most 50. */
  searchArticles(query: string, filter?: ListFilter): Promise<ArticleSummary[]>;
  /** Whether searches use the index, and the rebuild's progress. */
  indexStatus(): Promise<IndexState>;
  /** Saved searches and manual collections, by name. */
  listCollections(): Promise<StoredCollection[]>;
  /** Creates (no id) or updates a collection. */
  saveCollection(input: CollectionInput): Promise<StoredCollection>;
  /** Deletes a collection; its articles stay, only their membership goes. */
  deleteCollection(id: string): Promise<void>;
  /** Adds an article to a manual collection (member true) or takes it out. */
  setCollectionMembership(articleId: string, collectionId: string, member: boolean): Promise<ArticleSummary>;
  /** The selection (whole library by default) as one file in `format`. */
  exportData(format: ExportFormat, selection?: ExportSelection): Promise<Blob>;
  /** One file (detected, or `format`) merged into the library in one transaction. */
  importData(input: Blob | string | Uint8Array, format?: ImportFormat): Promise<ImportOutcome>;
}

/** What one import did. Counts are articles; `failed` names the line or entry and why. */
export interface ImportOutcome {
  format: ImportFormat;
  fileName: string | null;
  /** New articles. */
  added: number;
  /** Rows folded into an article already in the library or earlier in the file. */
  merged: number;
  /** Rows that changed nothing, or are not articles (deleted items, smart folders). */
  skipped: number;
  failed: ImportFailure[];
  /** Every article written (added or changed). */
  articleIds: string[];
  /** New URL-only articles, waiting for their content to be fetched. */
  linkIds: string[];
  /** Names of the collections created or extended. */
  collections: string[];
}

// ---------------------------------------------------------------------------
// Reading list at scale: the contract between the storage side (search index,
// list queries, collections) and the popup. Methods join KiosqueApi as they
// are implemented.

export type ListSort = 'savedAt' | 'publishedAt' | 'site';

export interface ListQuery {
  /** Search text; '' or absent lists without searching. Ranked by relevance when present. */
  query?: string;
  filter?: ListFilter;
  /** Ignored while a query ranks the results, unless `sortWhenSearching` is set. */
  sort?: ListSort;
  sortWhenSearching?: boolean;
  /** Window of the result to return (the list is virtualised). */
  offset?: number;
  limit?: number;
  /** Restrict to one stored collection (manual membership, or a saved search's query + filter). */
  collectionId?: string;
  /**
   * While this page is still loading its search index, answer a search at
   * once from the newest saves (`partial: true` on the page) instead of
   * waiting for the whole index. For an interactive list that asks again
   * (index status `loading`); an automation call leaves it off.
   */
  partialFirst?: boolean;
}

/** How many rows of the current result (query and every other facet applied) carry each value. */
export interface FacetCounts {
  editions: Record<string, number>;
  themes: Record<string, number>;
  sites: Record<string, number>;
  statuses: Record<ArticleStatus, number>;
  favourite: number;
}

export interface IndexState {
  /**
   * `ready`: searches use the index; `building`: being rebuilt, searches scan
   * meanwhile; `loading`: this page is reading the stored index, and a search
   * answers from the newest saves until it is in (ListPage.partial).
   */
  status: 'ready' | 'building' | 'loading' | 'missing';
  /** 0..1 while building. */
  progress: number;
  docCount: number;
}

export interface ListPage {
  items: ArticleSummary[];
  /** Rows in the whole result, for the scroll height. */
  total: number;
  counts: FacetCounts;
  /** How the query was answered. */
  searchMode: 'none' | 'index' | 'scan';
  index: IndexState;
  /** True when a search answered from the newest saves only, while the index loads (see ListQuery.partialFirst). */
  partial?: boolean;
}

export interface CollectionInput {
  /** Absent to create. */
  id?: string;
  name: string;
  kind: StoredCollection['kind'];
  query?: string;
  filter?: ListFilter;
}

/** What to export: everything, one stored collection, or a query over the list. */
export type ExportSelection =
  | { kind: 'all' }
  | { kind: 'collection'; id: string }
  /** `collectionId` narrows to a stored collection first, as the reading list does when one is open. */
  | { kind: 'query'; query?: string; filter?: ListFilter; collectionId?: string }
  | { kind: 'ids'; ids: string[] };

export const EXPORT_FORMATS = ['kiosque-json', 'markdown-zip', 'html', 'epub', 'csv', 'netscape-html', 'atom'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// ---------------------------------------------------------------------------
// The queue that fetches imported links in the background (lib/fetch).

export interface KiosqueApi {
  /** Queues link items for download and extraction: `ids`, or every link in the library. Needs host access. */
  fetchLinks(ids?: string[]): Promise<{ queued: number }>;
  /** Counts by state, and why the failed ones failed (they stay links). */
  fetchStatus(): Promise<FetchStatus>;
  /** Drops every pending job; the items stay links. */
  cancelFetch(): Promise<{ cancelled: number }>;
}

export interface FetchFailureInfo {
  id: string;
  url: string;
  reason: import('./fetch/failure').FetchFailureReason;
  /** The server's or the browser's own words. */
  detail: string;
}

export interface FetchStatus {
  queued: number;
  running: number;
  done: number;
  failed: number;
  /** At most 200; `failed` is the exact count. */
  failures: FetchFailureInfo[];
}
