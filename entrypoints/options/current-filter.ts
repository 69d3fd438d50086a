/**
 * The popup opens this page with its current list in the address
 * (`?query=…&filter={…}&collection=…`, see entrypoints/popup/export-link.ts),
 * so "the list as filtered" can be exported. An address that does not parse
 * offers no such choice (null).
 */
import type { ExportSelection } from '../../lib/api-types';
import type { ListFilter } from '../../core/search/filter';

export function selectionFromSearch(search: string): ExportSelection | null {
  const params = new URLSearchParams(search);
  const query = params.get('query') ?? '';
  const rawFilter = params.get('filter');
  const collectionId = params.get('collection');
  if (collectionId === '') return null;
  if (query === '' && rawFilter === null && collectionId === null) return null;
  let filter: ListFilter = {};
  if (rawFilter !== null) {
    try {
      const parsed: unknown = JSON.parse(rawFilter);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
      filter = parsed as ListFilter;
    } catch {
      return null;
    }
  }
  // The filter's fields and the collection id are checked when the export runs (parseListQuery), with a typed error.
  return { kind: 'query', query, filter, ...(collectionId === null ? {} : { collectionId }) };
}
