/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp` (newer
 * files add `Tags`, a JSON list). Folder `Unread`/`Archive`/`Starred` are
 * states; any other folder is one of the reader's own, so it becomes a
 * collection.
 */
import { readCsvTable } from './csv-table';
import { ImportCollector, parseTimestamp } from './imported-item';
import { splitTags } from './pocket-csv';
import type { ImportResult } from './types';

function readTags(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.filter((t): t is string => typeof t === 'string');
    } catch {
      // Not JSON after all: fall through to the separator rules.
    }
  }
  return splitTags(trimmed);
}

export function importInstapaperCsv(text: string, now: number): ImportResult {
  const table = readCsvTable(text, ['url', 'folder'], 'Instapaper CSV');
  const collector = new ImportCollector(now);
  for (const row of table.rows) {
    const where = `line ${row.line}`;
    const url = table.get(row, 'url').trim();
    if (url === '') {
      collector.fail(where, 'no URL');
      continue;
    }
    const folder = table.get(row, 'folder').trim();
    const kind = folder.toLowerCase();
    const custom = kind !== '' && kind !== 'unread' && kind !== 'archive' && kind !== 'starred';
    const selection = table.get(row, 'selection').trim();
    collector.add(
      {
        url,
        title: table.get(row, 'title'),
        savedAt: parseTimestamp(table.get(row, 'timestamp')),
        status: kind === 'archive' ? 'archived' : 'unread',
        favourite: kind === 'starred',
        excerpt: selection === '' ? null : selection,
        labels: readTags(table.get(row, 'tags')),
      },
      where,
      custom ? [folder] : [],
    );
  }
  return collector.finish();
}
