/**
 * The options page address that exports what the popup's list shows: the
 * search text, the facets and the open collection travel in the query
 * string (read back by entrypoints/options/current-filter.ts). The sort is
 * left out: an export is always newest save first.
 */
import type { ListQuery } from '../../lib/api-types';

export function exportHref(optionsPage: string, query: ListQuery): string {
  const params = new URLSearchParams();
  params.set('query', query.query ?? '');
  params.set('filter', JSON.stringify(query.filter ?? {}));
  if (query.collectionId !== undefined) params.set('collection', query.collectionId);
  return `${optionsPage}?${params.toString()}`;
}
