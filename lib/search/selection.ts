/**
 * Which articles a selection names (export, bulk actions): ids newest save
 * first, the reading list's order, answered like queryList (index when it is
 * ready, a scan otherwise), so a file holds exactly what the list showed.
 */
import { KiosqueError } from '../../core/errors';
import type { ExportSelection } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { queryIds } from './list-query';

export async function resolveSelection(db: KiosqueDb, selection: ExportSelection): Promise<string[]> {
  if (typeof selection !== 'object' || selection === null) {
    throw new KiosqueError('invalid-input', 'A selection must be an object with a kind.');
  }
  switch (selection.kind) {
    case 'all':
      return (await queryIds(db, {})).ids;
    case 'collection':
      return (await queryIds(db, { collectionId: selection.id, sortWhenSearching: true })).ids;
    case 'query':
      return (
        await queryIds(db, {
          query: selection.query ?? '',
          filter: selection.filter,
          sortWhenSearching: true,
          // The popup's list can be a collection narrowed further; the export must hold the same rows.
          ...(selection.collectionId === undefined ? {} : { collectionId: selection.collectionId }),
        })
      ).ids;
    case 'ids': {
      const ids: unknown = selection.ids;
      if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string' && id !== '')) {
        throw new KiosqueError('invalid-input', 'An id selection must be a list of article ids.');
      }
      const unique = [...new Set(ids)];
      const rows = await withStorageErrors(() => db.articles.bulkGet(unique));
      const missing = unique.find((_, i) => rows[i] === undefined);
      if (missing !== undefined) {
        throw new KiosqueError('not-found', `No saved article has the id ${missing}.`, { id: missing });
      }
      return unique;
    }
    default:
      throw new KiosqueError('invalid-input', 'Unknown selection kind.');
  }
}
