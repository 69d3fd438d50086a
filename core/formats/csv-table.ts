/** Column lookup by header name, so importers accept any column order. */
import { KiosqueError } from '../errors';
import { parseCsv, type CsvRecord } from './csv';

export interface CsvTable {
  /** Data rows (the header is removed). */
  rows: CsvRecord[];
  has(column: string): boolean;
  /** The cell under `column` (case-insensitive header), '' when absent. */
  get(row: CsvRecord, column: string): string;
}

export function readCsvTable(text: string, required: string[], label: string): CsvTable {
  const records = parseCsv(text);
  const header = records.shift();
  if (!header) throw new KiosqueError('import-failed', `${label}: the file is empty`);
  const index = new Map<string, number>();
  header.cells.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing = required.filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) {
    throw new KiosqueError('unsupported-format', `${label}: missing column(s) ${missing.join(', ')} on line ${header.line}`, {
      where: `line ${header.line}`,
    });
  }
  return {
    rows: records,
    has: (column) => index.has(column.toLowerCase()),
    get: (row, column) => {
      const i = index.get(column.toLowerCase());
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
  };
}

/** The first line of a CSV, lower-cased cells, for format detection. */
export function csvHeaderCells(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
}
