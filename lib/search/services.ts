/**
 * The list, search and collection part of KiosqueApi, spread into
 * createServices: each method checks its arguments (they may come from a
 * message or the console) and rejects with a typed KiosqueError.
 */
import { KiosqueError } from '../../core/errors';
import type { CollectionInput, KiosqueApi } from '../api-types';
import {
  listStoredCollections,
  MAX_COLLECTION_NAME,
  MAX_SAVED_QUERY,
  putCollection,
  removeCollection,
  setMembership,
  type CollectionDraft,
} from '../db/collections';
import type { KiosqueDb } from '../db/schema';
import { parseFilter, queryList, searchArticles } from './list-query';
import { searchContext } from './search-context';

export type SearchApi = Pick<
  KiosqueApi,
  | 'queryList'
  | 'searchArticles'
  | 'indexStatus'
  | 'listCollections'
  | 'saveCollection'
  | 'deleteCollection'
  | 'setCollectionMembership'
>;

function invalid(message: string): KiosqueError {
  return new KiosqueError('invalid-input', message);
}

function checkId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id === '' || id.length > 200) throw invalid(`${what} must be a non-empty string.`);
  return id;
}

/** A CollectionInput that may have crossed a message boundary, checked. */
export function parseCollectionInput(value: unknown): CollectionDraft {
  if (typeof value !== 'object' || value === null) throw invalid('A collection must be an object.');
  const input = value as Partial<Record<keyof CollectionInput, unknown>>;
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '' || name.length > MAX_COLLECTION_NAME) {
    throw invalid(`A collection needs a name of 1 to ${MAX_COLLECTION_NAME} characters.`);
  }
  if (input.kind !== 'manual' && input.kind !== 'search') throw invalid('A collection is a saved search or manual.');
  const query = input.query ?? '';
  if (typeof query !== 'string' || query.length > MAX_SAVED_QUERY) {
    throw invalid(`A saved query must be a string of at most ${MAX_SAVED_QUERY} characters.`);
  }
  return {
    ...(input.id === undefined ? {} : { id: checkId(input.id, 'A collection id') }),
    name,
    kind: input.kind,
    query: query.trim(),
    filter: parseFilter(input.filter),
  };
}

export function createSearchServices(deps: {
  db: () => KiosqueDb;
  now: () => number;
  newId: () => string;
}): SearchApi {
  return {
    queryList: async (query) => queryList(deps.db(), query),
    searchArticles: async (query, filter) => searchArticles(deps.db(), query, filter),
    indexStatus: async () => searchContext(deps.db()).indexState(),
    listCollections: async () => listStoredCollections(deps.db()),
    saveCollection: async (input) =>
      putCollection(deps.db(), parseCollectionInput(input), { now: deps.now(), newId: deps.newId }),
    deleteCollection: async (id) => removeCollection(deps.db(), checkId(id, 'A collection id'), deps.now()),
    setCollectionMembership: async (articleId, collectionId, member) => {
      if (typeof member !== 'boolean') throw invalid('member must be true or false.');
      return setMembership(
        deps.db(),
        checkId(articleId, 'An article id'),
        checkId(collectionId, 'A collection id'),
        member,
        deps.now(),
      );
    },
  };
}
