import type { ArticleSummary } from '../../core/model.ts';
import { table } from '../../bench/support/text-table.ts';

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** The reading list as the terminal shows it after `npm start`. */
export function readingListTable(rows: ArticleSummary[]): string {
  const sorted = [...rows].sort((a, b) => b.savedAt - a.savedAt);
  return table(
    ['title', 'site', 'date', 'edition', 'themes'],
    sorted.map((row) => [
      clip(row.title, 60),
      clip(row.siteName ?? new URL(row.pageUrl).hostname, 22),
      row.publishedAt?.slice(0, 10) ?? '–',
      row.edition ? row.edition.label.en : '–',
      row.themes.map((theme) => theme.id).join(', ') || '–',
    ]),
  );
}
