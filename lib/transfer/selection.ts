/**
 * Which articles an export covers. Ids come back newest save first, the
 * order of the reading list. Saved searches and queries run the same
 * index-free search the list falls back to while its index builds, so an
 * export of a search holds exactly what the list showed.
 */
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary, StoredCollection } from '../../core/model';
import { compileFilter, scanSearch, toSearchDoc, type ListFilter, type SearchDoc } from '../../core/search';
import type { ExportSelection } from '../api-types';
import type { KiosqueDb } from '../db/schema';

const CHUNK = 500;

async function newestFirst(db: KiosqueDb, accept: (row: ArticleSummary) => boolean): Promise<ArticleSummary[]> {
  const out: ArticleSummary[] = [];
  // Rows only (bodies stay on disk): a list row is a few hundred bytes.
  await db.articles.orderBy('savedAt').reverse().each((row) => {
    if (accept(row)) out.push(row);
  });
  return out;
}

async function searchIds(db: KiosqueDb, rows: ArticleSummary[], query: string): Promise<string[]> {
  if (query.trim() === '') return rows.map((row) => row.id);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const slice = rows.slice(i, i + CHUNK);
    const bodies = await db.bodies.bulkGet(slice.map((row) => row.id));
    slice.forEach((row, j) => docs.push(toSearchDoc({ ...row, text: bodies[j]?.text ?? '' })));
  }
  const hits = scanSearch(docs, query, { limit: Number.MAX_SAFE_INTEGER });
  const order = new Map(rows.map((row, index) => [row.id, index]));
  // Exports keep list order rather than relevance: a file is read front to back.
  return hits.map((hit) => hit.id).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

async function queryIds(db: KiosqueDb, query: string, filter: ListFilter): Promise<string[]> {
  const rows = await newestFirst(db, compileFilter(filter));
  return searchIds(db, rows, query);
}

export async function collectionIds(db: KiosqueDb, collection: StoredCollection): Promise<string[]> {
  if (collection.kind === 'search') return queryIds(db, collection.query, collection.filter);
  const members = new Set(await db.articles.where('collectionIds').equals(collection.id).primaryKeys());
  return (await newestFirst(db, (row) => members.has(row.id))).map((row) => row.id);
}

export async function resolveExportIds(db: KiosqueDb, selection: ExportSelection): Promise<string[]> {
  switch (selection.kind) {
    case 'all':
      return (await db.articles.orderBy('savedAt').reverse().primaryKeys()) as string[];
    case 'ids': {
      if (!Array.isArray(selection.ids) || selection.ids.some((id) => typeof id !== 'string')) {
        throw new KiosqueError('invalid-input', 'An id selection must be a list of article ids.');
      }
      const rows = await db.articles.bulkGet(selection.ids);
      const missing = selection.ids.find((_, i) => rows[i] === undefined);
      if (missing !== undefined) throw new KiosqueError('not-found', `No saved article has the id ${missing}.`, { id: missing });
      return selection.ids;
    }
    case 'collection': {
      const collection = await db.collections.get(selection.id);
      if (!collection) {
        throw new KiosqueError('not-found', `No collection has the id ${selection.id}.`, { id: selection.id });
      }
      return collectionIds(db, collection);
    }
    case 'query':
      return queryIds(db, selection.query ?? '', selection.filter ?? {});
    default:
      throw new KiosqueError('invalid-input', 'Unknown export selection.');
  }
}
