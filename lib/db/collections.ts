/**
 * Stored collections: saved searches (query + facets, re-run when opened)
 * and manual collections (membership kept on each article row in
 * `collectionIds`, so the list filters by it with the multi-entry index).
 */
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary, StoredCollection } from '../../core/model';
import type { ListFilter } from '../../core/search';
import { noteIndexChange } from './index-log';
import type { KiosqueDb } from './schema';
import { withStorageErrors } from './storage-errors';

export const MAX_COLLECTION_NAME = 200;
export const MAX_SAVED_QUERY = 1000;

/** A collection to create (no id) or rename / redefine (id), already checked. */
export interface CollectionDraft {
  id?: string;
  name: string;
  kind: StoredCollection['kind'];
  query: string;
  filter: ListFilter;
}

function notFound(what: string, id: string): KiosqueError {
  return new KiosqueError('not-found', `No ${what} has the id ${id}.`, { id });
}

/** By name, in the reader's alphabet order rather than code points. */
export function listStoredCollections(db: KiosqueDb): Promise<StoredCollection[]> {
  return withStorageErrors(async () => {
    const rows = await db.collections.toArray();
    return rows.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  });
}

export function putCollection(
  db: KiosqueDb,
  draft: CollectionDraft,
  opts: { now: number; newId: () => string },
): Promise<StoredCollection> {
  return withStorageErrors(() =>
    db.transaction('rw', db.collections, async () => {
      const previous = draft.id === undefined ? undefined : await db.collections.get(draft.id);
      if (draft.id !== undefined && !previous) throw notFound('collection', draft.id);
      if (previous && previous.kind !== draft.kind) {
        // Members live on the article rows; turning a manual collection into a
        // search (or back) would silently keep or drop them.
        throw new KiosqueError('invalid-input', 'A collection cannot change between saved search and manual.', {
          id: previous.id,
        });
      }
      const row: StoredCollection = {
        id: previous?.id ?? opts.newId(),
        name: draft.name,
        kind: draft.kind,
        query: draft.kind === 'search' ? draft.query : '',
        filter: draft.kind === 'search' ? draft.filter : {},
        createdAt: previous?.createdAt ?? opts.now,
        updatedAt: opts.now,
      };
      await db.collections.put(row);
      return row;
    }),
  );
}

/** Deletes a collection and takes every article out of it, in one transaction. */
export function removeCollection(db: KiosqueDb, id: string, now: number): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.collections, db.articles, db.indexLog], async () => {
      if (!(await db.collections.get(id))) throw notFound('collection', id);
      const members = await db.articles.where('collectionIds').equals(id).toArray();
      await db.articles.bulkPut(
        members.map((row) => ({ ...row, collectionIds: (row.collectionIds ?? []).filter((c) => c !== id), updatedAt: now })),
      );
      await noteIndexChange(
        db,
        members.map((row) => row.id),
      );
      await db.collections.delete(id);
    }),
  );
}

/** Adds an article to a manual collection or takes it out; returns the updated row. */
export function setMembership(
  db: KiosqueDb,
  articleId: string,
  collectionId: string,
  member: boolean,
  now: number,
): Promise<ArticleSummary> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.collections, db.articles, db.indexLog], async () => {
      const collection = await db.collections.get(collectionId);
      if (!collection) throw notFound('collection', collectionId);
      if (collection.kind !== 'manual') {
        throw new KiosqueError('invalid-input', 'Articles are added to manual collections only; a saved search picks its own.', {
          id: collectionId,
        });
      }
      const row = await db.articles.get(articleId);
      if (!row) throw notFound('saved article', articleId);
      const current = row.collectionIds ?? [];
      if (current.includes(collectionId) === member) return row;
      const next: ArticleSummary = {
        ...row,
        collectionIds: member ? [...current, collectionId] : current.filter((c) => c !== collectionId),
        updatedAt: now,
      };
      await db.articles.put(next);
      await noteIndexChange(db, [articleId]);
      return next;
    }),
  );
}
