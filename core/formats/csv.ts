/**
 * RFC 4180 CSV: a reader that reports the line a record starts on (so an
 * import error can name it), and a writer that quotes only when needed.
 */
import { KiosqueError } from '../errors';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

/**
 * Parses the whole text. A quoted field that never closes, or a closing
 * quote followed by anything but a separator, makes the file unreadable:
 * guessing where the record ends would shift every later column silently.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let atCellStart = true;

  const endRecord = (): void => {
    cells.push(cell);
    // A blank line is not a record of one empty cell.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    atCellStart = true;
  };

  while (i < n) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      const openLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q === -1) break;
        const chunk = text.slice(i, q);
        cell += chunk;
        line += countNewlines(chunk);
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        throw new KiosqueError('import-failed', `CSV: quoted field opened on line ${openLine} never closes`, {
          where: `line ${openLine}`,
        });
      }
      const next = text[i];
      if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
        throw new KiosqueError('import-failed', `CSV: unexpected text after a closing quote on line ${line}`, {
          where: `line ${line}`,
        });
      }
      atCellStart = false;
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // Unquoted run up to the next separator, taken in one slice for speed.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      cell += text.slice(i, j);
      atCellStart = false;
      i = j;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

function countNewlines(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || (c === 13 && s.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}

/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and
 * some, tab or CR) as a formula: a title such as `=HYPERLINK(...)` would
 * execute on open. Such cells get a leading apostrophe, as OWASP recommends.
 * Cells that already start with apostrophes before one of those characters
 * get one more, so `unguardFormula` can always undo exactly one.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: string[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
