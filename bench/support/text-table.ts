/** Plain text tables for terminal output (benchmark figures, the npm start reading list). */

function cell(value: string | number): string {
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return '–';
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** Columns holding numbers are right-aligned so that figures line up; text stays left. */
export function table(header: string[], rows: (string | number)[][]): string {
  const numeric = header.map((_, col) => rows.some((row) => typeof row[col] === 'number'));
  const text = [header, ...rows.map((row) => row.map(cell))];
  const widths = header.map((_, col) => Math.max(...text.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((value, col) => (numeric[col] ? value.padStart(widths[col] ?? 0) : value.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(text[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)].join('\n');
}
