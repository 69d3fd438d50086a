/**
 * restoreArticle takes back an article the UI held on to after a delete.
 * The object comes from outside the database (and from globalThis.kiosque),
 * so its shape is checked before it is written back.
 */
import { KiosqueError } from '../../core/errors';
import type { Article } from '../../core/model';
import { THEME_IDS } from '../../core/model';
import { EXTRACTION_LIMITS } from '../../core/validate-extraction';

function invalid(field: string): KiosqueError {
  return new KiosqueError('invalid-input', `Cannot restore: the article's ${field} is missing or malformed.`, { field });
}

const STRING_FIELDS = ['id', 'url', 'pageUrl', 'title', 'notes', 'html', 'text', 'editionId'] as const;
const NUMBER_FIELDS = ['savedAt', 'updatedAt', 'progress', 'wordCount', 'readingMinutes'] as const;
const ARRAY_FIELDS = ['authors', 'keywords', 'labels', 'themes', 'themeIds'] as const;

/**
 * Place names within the bounds a clip was checked against when it was
 * saved, so that every article the database holds can be restored.
 */
function isPlaceList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= EXTRACTION_LIMITS.listItems &&
    value.every((place) => typeof place === 'string' && place.length <= EXTRACTION_LIMITS.listItem)
  );
}

export function parseArticle(value: unknown): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('object');
  const v = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) if (typeof v[field] !== 'string') throw invalid(field);
  for (const field of NUMBER_FIELDS) if (typeof v[field] !== 'number' || !Number.isFinite(v[field])) throw invalid(field);
  for (const field of ARRAY_FIELDS) if (!Array.isArray(v[field])) throw invalid(field);
  if (v.id === '') throw invalid('id');
  if (v.status !== 'unread' && v.status !== 'read' && v.status !== 'archived') throw invalid('status');
  if (typeof v.favourite !== 'boolean') throw invalid('favourite');
  if (v.kind !== 'article' && v.kind !== 'link') throw invalid('kind');
  if (v.places !== undefined && !isPlaceList(v.places)) throw invalid('places');
  const themeIds = v.themeIds as unknown[];
  if (!themeIds.every((id) => (THEME_IDS as readonly unknown[]).includes(id))) throw invalid('themeIds');
  return value as Article;
}
