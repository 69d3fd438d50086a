/**
 * The reading list's one query: search text, facets, a stored collection,
 * sort and a window, answered from the context's list table and index. Only
 * the rows of the window are read in full.
 */
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary, StoredCollection } from '../../core/model';
import { parseQuery, rankHits, validateFilter, type ListFilter, type SearchHit } from '../../core/search';
import type { ListPage, ListQuery, ListSort } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { evaluate } from './list-eval';
import { searchContext } from './search-context';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 1000;
const SORTS: readonly ListSort[] = ['savedAt', 'publishedAt', 'site'];

function invalid(message: string, details?: Record<string, unknown>): KiosqueError {
  return new KiosqueError('invalid-input', message, details);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a filter that may have crossed a message boundary: shapes first, then values. */
export function parseFilter(value: unknown): ListFilter {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw invalid('A list filter must be an object.');
  const strings = (key: string): string[] | undefined => {
    const list = value[key];
    if (list === undefined) return undefined;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw invalid(`filter.${key} must be a list of strings.`);
    }
    return list as string[];
  };
  const filter: ListFilter = {};
  const editionIds = strings('editionIds');
  const themeIds = strings('themeIds');
  const sites = strings('sites');
  const statuses = strings('statuses');
  if (editionIds) filter.editionIds = editionIds;
  if (themeIds) filter.themeIds = themeIds as ListFilter['themeIds'];
  if (sites) filter.sites = sites;
  if (statuses) filter.statuses = statuses as ListFilter['statuses'];
  if (value.favourite !== undefined) {
    if (typeof value.favourite !== 'boolean') throw invalid('filter.favourite must be true or false.');
    filter.favourite = value.favourite;
  }
  for (const key of ['from', 'to'] as const) {
    const bound = value[key];
    if (bound === undefined) continue;
    if (typeof bound !== 'number') throw invalid(`filter.${key} must be a number of milliseconds.`);
    filter[key] = bound;
  }
  if (value.dateField !== undefined) {
    if (value.dateField !== 'savedAt' && value.dateField !== 'publishedAt') {
      throw invalid('filter.dateField must be savedAt or publishedAt.');
    }
    filter.dateField = value.dateField;
  }
  validateFilter(filter);
  return filter;
}

function windowBound(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw invalid(`${name} must be a whole number from 0 to ${max}.`, { [name]: value });
  }
  return value;
}

/** A query that crossed a message boundary, checked field by field. */
export function parseListQuery(value: unknown): Required<Omit<ListQuery, 'collectionId'>> & { collectionId?: string } {
  if (value === undefined || value === null) value = {};
  if (!isRecord(value)) throw invalid('A list query must be an object.');
  const query = value.query ?? '';
  if (typeof query !== 'string') throw invalid('query must be a string.');
  const sort = value.sort ?? 'savedAt';
  if (!SORTS.includes(sort as ListSort)) throw invalid(`Unknown sort ${String(sort).slice(0, 40)}.`);
  if (value.sortWhenSearching !== undefined && typeof value.sortWhenSearching !== 'boolean') {
    throw invalid('sortWhenSearching must be true or false.');
  }
  if (value.partialFirst !== undefined && typeof value.partialFirst !== 'boolean') {
    throw invalid('partialFirst must be true or false.');
  }
  const collectionId = value.collectionId;
  if (collectionId !== undefined && (typeof collectionId !== 'string' || collectionId === '')) {
    throw invalid('collectionId must be a non-empty string.');
  }
  return {
    query,
    filter: parseFilter(value.filter),
    sort: sort as ListSort,
    sortWhenSearching: value.sortWhenSearching === true,
    partialFirst: value.partialFirst === true,
    offset: windowBound(value.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
    limit: windowBound(value.limit, 'limit', DEFAULT_PAGE, MAX_PAGE),
    ...(collectionId === undefined ? {} : { collectionId }),
  };
}

export async function getCollection(db: KiosqueDb, id: string): Promise<StoredCollection> {
  const collection = await withStorageErrors(() => db.collections.get(id));
  if (!collection) throw new KiosqueError('not-found', `No collection has the id ${id}.`, { id });
  return collection;
}

/**
 * Row ids of the whole result, in display order (export and saved searches
 * need all of them). With `rankedUpTo`, a search's matches are in relevance
 * order only up to that position and in no particular order after it: a
 * list window needs no more, and ranking every match of a short prefix is
 * most of a keystroke's cost in a large library.
 */
export async function queryIds(
  db: KiosqueDb,
  raw: ListQuery,
  opts: { rankedUpTo?: number } = {},
): Promise<{ ids: string[]; page: Omit<ListPage, 'items'>; slots: number[] }> {
  const q = parseListQuery(raw);
  const context = searchContext(db);
  let text = q.query;
  let base: ListFilter | undefined;
  let memberOf: string | undefined;
  if (q.collectionId !== undefined) {
    const collection = await getCollection(db, q.collectionId);
    if (collection.kind === 'manual') memberOf = collection.id;
    else {
      // A saved search narrows further with whatever the reader types on top of it.
      text = `${collection.query} ${text}`.trim();
      base = collection.filter;
    }
  }
  const table = await context.listTable();
  let hits: SearchHit[] | null = null;
  let searchMode: ListPage['searchMode'] = 'none';
  let partial = false;
  const ranked = !q.sortWhenSearching;
  const rankLater = ranked && opts.rankedUpTo !== undefined;
  if (parseQuery(text).length > 0) {
    const found = await context.searchAll(text, { partialFirst: q.partialFirst, unordered: rankLater });
    hits = found.hits;
    searchMode = found.mode;
    partial = found.partial;
  }
  const { slots, counts } = evaluate(table, {
    filter: q.filter,
    base,
    memberOf,
    hits,
    ranked: hits !== null && ranked,
    sort: q.sort,
  });
  const ids = slots.map((slot) => table.ids[slot] ?? '');
  if (hits !== null && rankLater) {
    // The matches that passed the filters, ranked as far as the window needs.
    const scores = new Float64Array(table.ids.length);
    for (const hit of hits) {
      const slot = table.slotOf.get(hit.id);
      if (slot !== undefined) scores[slot] = hit.score;
    }
    const order = rankHits(
      slots.map((slot, i) => ({ id: ids[i] ?? '', score: scores[slot] ?? 0, slot })),
      opts.rankedUpTo ?? 0,
    );
    order.forEach((hit, i) => {
      ids[i] = hit.id;
      slots[i] = hit.slot;
    });
  }
  const index = await context.indexState();
  return { ids, slots, page: { total: slots.length, counts, searchMode, index, ...(partial ? { partial } : {}) } };
}

export async function queryList(db: KiosqueDb, raw: ListQuery): Promise<ListPage> {
  const q = parseListQuery(raw);
  const { ids, page } = await queryIds(db, raw, { rankedUpTo: q.offset + q.limit });
  const items = await searchContext(db).windowRows(ids.slice(q.offset, q.offset + q.limit));
  return { ...page, items };
}

/** The issue's `searchArticles(query, filter)`: the best matches, full rows, at most `limit`. */
export async function searchArticles(
  db: KiosqueDb,
  query: unknown,
  filter?: unknown,
  limit = DEFAULT_PAGE,
): Promise<ArticleSummary[]> {
  if (typeof query !== 'string') throw invalid('A search query must be a string.');
  const page = await queryList(db, { query, filter: parseFilter(filter), limit });
  return page.items;
}
