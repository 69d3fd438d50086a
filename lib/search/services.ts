/**
 * The list, search and collection part of KiosqueApi, spread into
 * createServices: each method checks its arguments (they may come from a
 * message or the console) and rejects with a typed KiosqueError.
 */
import type { KiosqueApi } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { queryList, searchArticles } from './list-query';
import { searchContext } from './search-context';

export type SearchApi = Pick<KiosqueApi, 'queryList' | 'searchArticles' | 'indexStatus'>;

export function createSearchServices(deps: { db: () => KiosqueDb; now: () => number }): SearchApi {
  return {
    queryList: async (query) => queryList(deps.db(), query),
    searchArticles: async (query, filter) => searchArticles(deps.db(), query, filter),
    indexStatus: async () => searchContext(deps.db()).indexState(),
  };
}
