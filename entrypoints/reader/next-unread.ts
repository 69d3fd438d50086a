import type { ArticleSummary } from '../../core/model';
import type { KiosqueApi } from '../../lib/api-types';

/**
 * The unread article that follows this one in the edition's list (newest
 * first, as the popup shows it): the newest unread saved no later than this
 * one, else the newest unread of the edition, so the last story of a city
 * leads back to the top of its pile. Null when nothing else is unread there.
 */
export async function findNextUnread(
  api: Pick<KiosqueApi, 'queryList'>,
  article: Pick<ArticleSummary, 'id' | 'savedAt' | 'edition'>,
): Promise<ArticleSummary | null> {
  const edition = article.edition?.id;
  if (!edition) return null;
  const base = { editionIds: [edition], statuses: ['unread' as const] };
  // Two extra rows: the current article itself, and one saved in the same millisecond.
  const older = await api.queryList({ filter: { ...base, to: article.savedAt }, sort: 'savedAt', limit: 3 });
  const after = older.items.find((row) => row.id !== article.id);
  if (after) return after;
  const newest = await api.queryList({ filter: base, sort: 'savedAt', limit: 2 });
  return newest.items.find((row) => row.id !== article.id) ?? null;
}
