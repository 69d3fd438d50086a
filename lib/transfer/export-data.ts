/**
 * Export from storage: resolve the selection, stream the articles through
 * the chosen format, and gather the pieces into one Blob.
 */
import { KiosqueError } from '../../core/errors';
import {
  exportAtom,
  exportCsv,
  exportEpub,
  exportHtmlFile,
  exportKiosqueJson,
  exportMarkdownZip,
  exportNetscape,
  type ArticleSource,
  type Collection,
  type DomEnv,
  type SavedSearch,
} from '../../core/formats';
import { EXPORT_FORMATS, type ExportFormat, type ExportSelection } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { domOrMissing, EXPORTS_NEEDING_DOM } from './dom';
import { exportCollections, streamArticles, type ExportProgress } from './library-source';
import { EXPORT_TYPES } from './export-name';
import { resolveSelection } from '../search/selection';
import { exportSavedSearches } from './saved-searches';

export interface ExportDeps {
  db: () => KiosqueDb;
  now: () => number;
  dom: () => DomEnv | null;
  locale: () => 'en' | 'fr';
}

export interface ExportRunOptions {
  onProgress?: (progress: ExportProgress) => void;
  /** Book, page or feed title; defaults to the selection's name. */
  title?: string;
}

function checkFormat(format: unknown): ExportFormat {
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(format)) {
    throw new KiosqueError('unsupported-format', `Unknown export format: ${String(format).slice(0, 40)}`);
  }
  return format as ExportFormat;
}

async function selectionTitle(db: KiosqueDb, selection: ExportSelection, locale: 'en' | 'fr'): Promise<string> {
  if (selection.kind === 'collection') {
    const collection = await db.collections.get(selection.id);
    if (collection) return collection.name;
  }
  return locale === 'fr' ? 'Ma bibliothèque Kiosque' : 'My Kiosque library';
}

function chunksOf(
  format: ExportFormat,
  articles: ArticleSource,
  collections: Collection[],
  feedCollection: Collection | null,
  options: { title: string; locale: 'en' | 'fr'; now: () => number },
  dom: DomEnv,
  savedSearches: SavedSearch[],
): AsyncIterable<string | Uint8Array> {
  switch (format) {
    case 'kiosque-json':
      return exportKiosqueJson(articles, collections, options.now, savedSearches);
    case 'markdown-zip':
      return exportMarkdownZip(articles, collections, options, dom);
    case 'html':
      return exportHtmlFile(articles, options);
    case 'epub':
      return exportEpub(articles, options, dom);
    case 'csv':
      return exportCsv(articles);
    case 'netscape-html':
      return exportNetscape(articles, collections, options.title, options.now);
    case 'atom':
      return exportAtom(articles, feedCollection, options);
  }
}

/** Pieces are folded into the Blob every few megabytes. */
const FOLD_BYTES = 4 * 1024 * 1024;

/**
 * Builds the file as a Blob grown a few megabytes at a time. A Blob made of
 * a Blob and new pieces refers to the old one instead of copying it (and the
 * browser may keep large Blobs on disk), so the export never holds the file
 * as strings and as a Blob at once.
 */
async function gather(chunks: AsyncIterable<string | Uint8Array>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  let pending: BlobPart[] = [];
  let pendingSize = 0;
  for await (const chunk of chunks) {
    // Zip writers hand out views typed over ArrayBufferLike; Blob wants plain ArrayBuffer-backed views.
    pending.push(typeof chunk === 'string' ? chunk : (chunk as Uint8Array<ArrayBuffer>));
    pendingSize += typeof chunk === 'string' ? chunk.length * 2 : chunk.length;
    if (pendingSize >= FOLD_BYTES) {
      blob = new Blob([blob, ...pending], { type });
      pending = [];
      pendingSize = 0;
    }
  }
  return new Blob([blob, ...pending], { type });
}

export async function exportData(
  deps: ExportDeps,
  formatArg: ExportFormat,
  selection: ExportSelection = { kind: 'all' },
  run: ExportRunOptions = {},
): Promise<Blob> {
  const format = checkFormat(formatArg);
  if (typeof selection !== 'object' || selection === null) {
    throw new KiosqueError('invalid-input', 'An export selection must be an object.');
  }
  const dom = deps.dom();
  // Fail before reading anything: the reader learns at once where to go instead.
  if (EXPORTS_NEEDING_DOM.has(format) && dom === null) domOrMissing(null).parseHtml('');
  const db = deps.db();
  // The list's own resolution: an export holds exactly what the reading list shows.
  const ids = await resolveSelection(db, selection);
  const collections = await exportCollections(db, ids, selection.kind === 'all');
  const title = run.title ?? (await selectionTitle(db, selection, deps.locale()));
  const feedCollection =
    selection.kind === 'collection' ? (collections.find((c) => c.id === selection.id) ?? null) : null;
  const options = { title, locale: deps.locale(), now: deps.now };
  // Only the lossless backup has a place for a query; the other formats list articles.
  const savedSearches = format === 'kiosque-json' ? await exportSavedSearches(db, selection) : [];
  const chunks = chunksOf(
    format,
    streamArticles(db, ids, run.onProgress),
    collections,
    feedCollection,
    options,
    domOrMissing(dom),
    savedSearches,
  );
  return gather(chunks, EXPORT_TYPES[format].mime);
}
