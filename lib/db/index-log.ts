/**
 * Every write that changes what search sees of an article (save, edit,
 * re-tag, delete, restore, import) calls this inside its own transaction, with
 * `db.indexLog` in the transaction's scope. The persisted index then catches
 * up from the log, so a browser closed between the article write and the
 * index write cannot leave the index silently missing the change.
 */
import type { KiosqueDb } from './schema';

export async function noteIndexChange(db: KiosqueDb, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await db.indexLog.bulkAdd(articleIds.map((articleId) => ({ articleId })));
}
