/**
 * Saved searches in Kiosque JSON: a name, the search text and the facets,
 * kept beside the manual collections so that a backup restores the reader's
 * whole sidebar. They live in their own top-level list (`savedSearches`)
 * rather than among `collections`: a reader that predates them skips an
 * unknown key, whereas a search entry among collections would come back as
 * an empty folder.
 */
import { THEME_IDS, type ArticleStatus } from '../model';
import type { ListFilter } from '../search/filter';
import { validateFilter } from '../search/filter';
import { KiosqueError } from '../errors';
import { SchemaError } from './kiosque-json-schema';

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  filter: ListFilter;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** The same bounds the collection editor enforces, so a file cannot store what the UI could not. */
const MAX_NAME = 200;
const MAX_QUERY = 1000;
const STATUSES: readonly ArticleStatus[] = ['unread', 'read', 'archived'];
const THEMES: ReadonlySet<string> = new Set(THEME_IDS);

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(o: Obj, key: string, allowed?: (s: string) => boolean): string[] | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new SchemaError(`filter.${key} must be a list of strings`);
  const bad = allowed ? v.find((s: string) => !allowed(s)) : undefined;
  if (bad !== undefined) throw new SchemaError(`filter.${key} has an unknown value ${JSON.stringify(bad).slice(0, 60)}`);
  return v as string[];
}

function time(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SchemaError(`${key} must be a number`);
  return v;
}

/** Rebuilds the filter key by key: unknown keys are dropped, wrong types refused. */
export function readFilter(value: unknown): ListFilter {
  if (value === undefined || value === null) return {};
  if (!isObj(value)) throw new SchemaError('filter must be an object');
  const filter: ListFilter = {};
  const editionIds = stringList(value, 'editionIds');
  const themeIds = stringList(value, 'themeIds', (s) => THEMES.has(s));
  const sites = stringList(value, 'sites');
  const statuses = stringList(value, 'statuses', (s) => (STATUSES as readonly string[]).includes(s));
  if (editionIds) filter.editionIds = editionIds;
  if (themeIds) filter.themeIds = themeIds as ListFilter['themeIds'];
  if (sites) filter.sites = sites;
  if (statuses) filter.statuses = statuses as ListFilter['statuses'];
  if (value.favourite !== undefined) {
    if (typeof value.favourite !== 'boolean') throw new SchemaError('filter.favourite must be true or false');
    filter.favourite = value.favourite;
  }
  for (const key of ['from', 'to'] as const) {
    if (value[key] !== undefined) filter[key] = time(value, `${key}`);
  }
  if (value.dateField !== undefined) {
    if (value.dateField !== 'savedAt' && value.dateField !== 'publishedAt') {
      throw new SchemaError('filter.dateField must be savedAt or publishedAt');
    }
    filter.dateField = value.dateField;
  }
  try {
    validateFilter(filter);
  } catch (error) {
    // Same rule as the list's own check (a range that ends before it starts), reported as a file entry.
    if (error instanceof KiosqueError) throw new SchemaError(`filter: ${error.message}`);
    throw error;
  }
  return filter;
}

export function readSavedSearch(value: unknown): SavedSearch {
  if (!isObj(value)) throw new SchemaError('saved search must be an object');
  const { id, name, query } = value;
  if (typeof id !== 'string' || id === '') throw new SchemaError('id must be a non-empty string');
  if (typeof name !== 'string' || name.trim() === '' || name.trim().length > MAX_NAME) {
    throw new SchemaError(`name must be a string of 1 to ${MAX_NAME} characters`);
  }
  if (typeof query !== 'string' || query.length > MAX_QUERY) {
    throw new SchemaError(`query must be a string of at most ${MAX_QUERY} characters`);
  }
  return {
    id,
    name: name.trim(),
    query,
    filter: readFilter(value.filter),
    createdAt: time(value, 'createdAt'),
    updatedAt: time(value, 'updatedAt'),
  };
}

/** One entry as written: fixed key order, so two exports of one library are byte-identical. */
export function savedSearchJson(search: SavedSearch): Obj {
  return {
    id: search.id,
    name: search.name,
    query: search.query,
    filter: search.filter,
    createdAt: search.createdAt,
    updatedAt: search.updatedAt,
  };
}
