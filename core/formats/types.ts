/**
 * Shapes shared by the export and import modules. Pure types: the storage
 * layer maps them onto its tables, the UI onto its dialogs.
 */
import type { Article, ArticleStatus } from '../model';
import type { SavedSearch } from './kiosque-json-searches';

/**
 * A passage the reader marked. Optional on articles (older rows have none).
 * `prefix`/`suffix` hold a few characters around the quote so that a reader
 * can find the passage again even when the same words appear twice.
 */
export interface Highlight {
  id: string;
  quote: string;
  note: string | null;
  /** Epoch milliseconds, or null when the source did not say. */
  createdAt: number | null;
  color: string | null;
  prefix: string | null;
  suffix: string | null;
}

/** An article as the exporters see it: the stored row plus its highlights. */
export type LibraryArticle = Article & { highlights?: Highlight[] };

/**
 * A named folder of articles. Members are referenced by `Article.url` (the
 * dedupe key) rather than by id: ids are local to one browser profile while
 * the key means the same page everywhere, so a collection survives an
 * export from one machine and an import on another.
 * `id` is null for collections that come from another service.
 */
export interface Collection {
  id: string | null;
  name: string;
  articleUrls: string[];
  /** Epoch milliseconds, when the source knows them (Kiosque's own backups); storage uses the import time otherwise. */
  createdAt?: number;
  updatedAt?: number;
}

/** Anything an exporter accepts: a plain array, or rows streamed from storage. */
export type ArticleSource = Iterable<LibraryArticle> | AsyncIterable<LibraryArticle>;

export interface ExportOptions {
  /** Shown as the book / feed / page title. */
  title: string;
  /** Language of the generated chrome (headings, table of contents). */
  locale: 'en' | 'fr';
  /** The clock, epoch milliseconds. */
  now: () => number;
}

/**
 * One item read from an import file. It has the shape of a stored article
 * minus the id, which storage assigns (Kiosque JSON keeps its own ids in
 * `id`). `url` is the dedupe key, `pageUrl` the address as the file gave it.
 */
export type ImportedItem = Omit<Article, 'id'> & {
  id: string | null;
  highlights: Highlight[];
};

export interface ImportFailure {
  /** `line 12`, `entry metadata_0_to_20.json#3`, … */
  where: string;
  reason: string;
}

export interface ImportReport {
  /** Items returned. */
  added: number;
  /** Items of the same file that pointed at the same page and were folded into one. */
  merged: number;
  /** Rows that are not articles (browser smart folders, deleted items, blank lines). */
  skipped: number;
  failed: ImportFailure[];
}

/**
 * Work done in steps, each reported as items done out of a total; the
 * generator returns the result. Draining it in one go is the plain
 * synchronous call; a page can instead run it a slice at a time and paint
 * in between.
 */
export type Steps<T> = Generator<{ done: number; total: number }, T, void>;

/** An import in steps: one per item of the file (runImportSteps drains it). */
export type ImportSteps = Steps<ImportResult>;

export interface ImportResult {
  articles: ImportedItem[];
  collections: Collection[];
  /** Saved searches (Kiosque JSON only; absent for every other format). */
  savedSearches?: SavedSearch[];
  report: ImportReport;
}

export const IMPORT_FORMATS = [
  'kiosque-json',
  'pocket-csv',
  'pocket-html',
  'instapaper-csv',
  'omnivore-zip',
  'netscape-html',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const POCKET_STATUS: Record<'unread' | 'archive', ArticleStatus> = {
  unread: 'unread',
  archive: 'archived',
};
