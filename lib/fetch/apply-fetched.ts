/**
 * Turns a link item into the article fetched for it. The reader's state
 * (status, favourite, labels, notes, progress, collections) and place in the
 * list stay; content, metadata and automatic tags come from the page. The
 * row, its body, the index log and the job change in one transaction, so a
 * cancelled job or a crash leaves either the link or the full article.
 */
import type { ArticleSummary, ExtractedArticle, Tags } from '../../core/model';
import type { ThemeModel } from '../../core/tagging';
import { noteIndexChange } from '../db/index-log';
import { buildSummary, tagsOf } from '../db/rows';
import { THEME_MODEL_KEY, type KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { emptyThemeModel } from '../../core/tagging/theme-model';

export type ApplyOutcome = 'applied' | 'cancelled' | 'gone';

export function applyFetchedArticle(
  db: KiosqueDb,
  id: string,
  article: ExtractedArticle,
  opts: { now: number; tag: (existing: Tags, model: ThemeModel) => Tags },
): Promise<ApplyOutcome> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.articles, db.bodies, db.model, db.indexLog, db.fetchJobs], async () => {
      const job = await db.fetchJobs.get(id);
      if (!job || job.state !== 'running') return 'cancelled';
      const previous = await db.articles.get(id);
      if (!previous) {
        await db.fetchJobs.delete(id);
        return 'gone';
      }
      const model = (await db.model.get(THEME_MODEL_KEY))?.model ?? emptyThemeModel();
      const tags = opts.tag(tagsOf(previous), model);
      // The imported dedupe key stays: the page's canonical address may already belong to another row.
      const fresh = buildSummary({ id, key: previous.url, article, tags, previous, now: opts.now });
      const row: ArticleSummary = { ...fresh, savedAt: previous.savedAt };
      if (previous.collectionIds !== undefined) row.collectionIds = previous.collectionIds;
      await db.articles.put(row);
      await db.bodies.put({ id, html: article.html, text: article.text, places: article.places });
      await noteIndexChange(db, [id]);
      await db.fetchJobs.put({ ...job, state: 'done', error: null, updatedAt: opts.now });
      return 'applied';
    }),
  );
}
