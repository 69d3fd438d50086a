/**
 * Pocket's CSV export (`part_000000.csv`, one or several, loose or zipped):
 * `title,url,time_added,cursor,tags,status` in whatever order, tags joined
 * with `|`. Also reads back Kiosque's own CSV (same columns plus ours).
 */
import { KiosqueError } from '../errors';
import type { ArticleStatus } from '../model';
import { unguardFormula } from './csv';
import { readCsvTable } from './csv-table';
import { ImportCollector, parseTimestamp } from './imported-item';
import type { ImportSteps } from './types';

export interface NamedText {
  name: string;
  text: string;
}

/** Pocket writes `a|b`; hand-made and older files use `a,b` or `a;b`. */
export function splitTags(cell: string): string[] {
  const separator = cell.includes('|') ? '|' : cell.includes(';') ? ';' : ',';
  return cell.split(separator).map((t) => t.trim()).filter((t) => t !== '');
}

const KIOSQUE_STATUS: Record<string, ArticleStatus> = { unread: 'unread', read: 'read', archived: 'archived' };

function pocketStatus(raw: string): ArticleStatus | null {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'unread' || value === '0') return 'unread';
  if (value === 'archive' || value === 'archived' || value === '1') return 'archived';
  return null;
}

/**
 * Reads the parts of one export in steps, one per row once every part's
 * table is read, so that a page importing a large export can paint between
 * rows (runImportSteps takes them all at once).
 */
export function* pocketCsvSteps(files: NamedText[], now: number): ImportSteps {
  if (files.length === 0) throw new KiosqueError('import-failed', 'No Pocket CSV file given');
  const collector = new ImportCollector(now);
  // Several parts are one export: a part order by name keeps line references stable.
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const tables = sorted.map((file) => readCsvTable(file.text, ['url'], `Pocket CSV ${file.name}`));
  const total = tables.reduce((n, table) => n + table.rows.length, 0);
  let done = 0;
  for (const [index, file] of sorted.entries()) {
    const prefix = files.length > 1 ? `${file.name} ` : '';
    const table = tables[index]!;
    // Our own CSV guards formula-like cells with an apostrophe; Pocket's never does.
    const ours = table.has('kiosque_status');
    const cell = (row: Parameters<typeof table.get>[0], column: string): string => {
      const value = table.get(row, column);
      return ours ? unguardFormula(value) : value;
    };
    const addRow = (row: (typeof table.rows)[number]): void => {
      const where = `${prefix}line ${row.line}`;
      const url = cell(row, 'url').trim();
      if (url === '') return collector.fail(where, 'no URL');
      const status = (ours ? KIOSQUE_STATUS[cell(row, 'kiosque_status')] : undefined) ?? pocketStatus(cell(row, 'status'));
      if (status === null) return collector.fail(where, `unknown status ${JSON.stringify(cell(row, 'status').slice(0, 40))}`);
      const timeCell = cell(row, 'time_added');
      const savedAt = parseTimestamp(timeCell);
      if (timeCell.trim() !== '' && savedAt === null) {
        return collector.fail(where, `unreadable time_added ${JSON.stringify(timeCell.slice(0, 40))}`);
      }
      const progress = Number(cell(row, 'progress'));
      collector.add(
        {
          url,
          title: cell(row, 'title'),
          savedAt,
          status,
          labels: ours ? cell(row, 'tags').split('|') : splitTags(cell(row, 'tags')),
          favourite: ours ? cell(row, 'favourite') === '1' : undefined,
          progress: ours && Number.isFinite(progress) ? progress : undefined,
          byline: ours ? cell(row, 'byline') || null : undefined,
          excerpt: ours ? cell(row, 'excerpt') || null : undefined,
          siteName: ours ? cell(row, 'site') || null : undefined,
          publishedAt: ours ? cell(row, 'published') || null : undefined,
          notes: ours ? cell(row, 'notes') : undefined,
        },
        where,
      );
    };
    for (const row of table.rows) {
      addRow(row);
      yield { done: ++done, total };
    }
  }
  return collector.finish();
}
