/**
 * Saved searches through a Kiosque JSON backup: which ones an export
 * carries, and how a restore writes them without disturbing the reader's own.
 */
import type { SavedSearch } from '../../core/formats';
import type { StoredCollection } from '../../core/model';
import type { ExportSelection } from '../api-types';
import type { KiosqueDb } from '../db/schema';

function asSaved(row: StoredCollection): SavedSearch {
  return { id: row.id, name: row.name, query: row.query, filter: row.filter, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/**
 * A whole-library backup carries every saved search; exporting one saved
 * search carries that search, so the file says what it was; any other
 * selection is a set of articles and carries none.
 */
export async function exportSavedSearches(db: KiosqueDb, selection: ExportSelection): Promise<SavedSearch[]> {
  if (selection.kind === 'all') {
    const rows = (await db.collections.toArray()).filter((c) => c.kind === 'search');
    return rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map(asSaved);
  }
  if (selection.kind === 'collection') {
    const row = await db.collections.get(selection.id);
    return row?.kind === 'search' ? [asSaved(row)] : [];
  }
  return [];
}

/**
 * Rows to add for the file's saved searches. A search whose name (any case)
 * the library already uses is left alone: the reader's own definition wins,
 * as it does for articles. The file's id is kept unless a collection already
 * has it (here or earlier in this import), so a restore into an empty
 * library is exact.
 */
export async function placeSavedSearches(
  db: KiosqueDb,
  incoming: readonly SavedSearch[],
  placedIds: ReadonlySet<string>,
  newId: () => string,
): Promise<StoredCollection[]> {
  if (incoming.length === 0) return [];
  const stored = await db.collections.toArray();
  const names = new Set(stored.filter((c) => c.kind === 'search').map((c) => c.name.toLowerCase()));
  const taken = new Set([...stored.map((c) => c.id), ...placedIds]);
  const rows: StoredCollection[] = [];
  for (const search of incoming) {
    if (names.has(search.name.toLowerCase())) continue;
    const id = taken.has(search.id) ? newId() : search.id;
    taken.add(id);
    names.add(search.name.toLowerCase());
    rows.push({ id, name: search.name, kind: 'search', query: search.query, filter: search.filter, createdAt: search.createdAt, updatedAt: search.updatedAt });
  }
  return rows;
}
