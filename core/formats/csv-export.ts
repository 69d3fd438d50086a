/**
 * CSV export. Pocket's own columns come first, in Pocket's order, so any
 * tool that imports a Pocket CSV reads this file; Kiosque's columns follow
 * and carry what Pocket has no room for (the Pocket importer reads them
 * back, which makes this a round trip).
 */
import type { ArticleStatus } from '../model';
import { csvRow, guardFormula } from './csv';
import type { ArticleSource, LibraryArticle } from './types';

export const CSV_COLUMNS = [
  'title', 'url', 'time_added', 'tags', 'status',
  'kiosque_status', 'favourite', 'progress', 'edition', 'themes', 'site', 'byline', 'published', 'excerpt',
  'word_count', 'notes',
] as const;

/** Pocket knows only unread and archive; a read-but-kept article is not done with, so it stays unread. */
export function pocketStatus(status: ArticleStatus): 'unread' | 'archive' {
  return status === 'archived' ? 'archive' : 'unread';
}

function row(a: LibraryArticle): string[] {
  return [
    a.title,
    a.url,
    String(Math.floor(a.savedAt / 1000)),
    a.labels.map((l) => l.replace(/\|/g, '/')).join('|'),
    pocketStatus(a.status),
    a.status,
    a.favourite ? '1' : '0',
    String(a.progress),
    a.edition?.id ?? '',
    a.themes.map((t) => t.id).join('|'),
    a.siteName ?? '',
    a.byline ?? '',
    a.publishedAt ?? '',
    a.excerpt ?? '',
    String(a.wordCount),
    a.notes,
  ];
}

/** One chunk per article; every cell passes the formula guard (see csv.ts). */
export async function* exportCsv(articles: ArticleSource): AsyncGenerator<string> {
  yield csvRow([...CSV_COLUMNS]);
  for await (const article of articles) yield csvRow(row(article).map(guardFormula));
}
