/**
 * Every write that changes what search sees of an article (save, edit,
 * re-tag, delete, restore, import) calls this inside its own transaction, with
 * `db.indexLog` in the transaction's scope. The persisted index then catches
 * up from the log, so a browser closed between the article write and the
 * index write cannot leave the index silently missing the change.
 */
import type { KiosqueDb } from './schema';

const INDEX_LOG_CHUNK = 1000;

export async function noteIndexChange(db: KiosqueDb, articleIds: readonly string[]): Promise<void> {
  // In slices: IndexedDB copies each value on the calling thread, so the 10,000 entries of a large
  // import written at once held the page for a quarter of a second.
  for (let at = 0; at < articleIds.length; at += INDEX_LOG_CHUNK) {
    await db.indexLog.bulkAdd(articleIds.slice(at, at + INDEX_LOG_CHUNK).map((articleId) => ({ articleId })));
  }
}
