/** File names and types of exports; light enough for the options page to load up front. */
import type { ExportFormat } from '../api-types';

export const EXPORT_TYPES: Record<ExportFormat, { mime: string; extension: string }> = {
  'kiosque-json': { mime: 'application/json', extension: 'json' },
  'markdown-zip': { mime: 'application/zip', extension: 'zip' },
  html: { mime: 'text/html', extension: 'html' },
  epub: { mime: 'application/epub+zip', extension: 'epub' },
  csv: { mime: 'text/csv', extension: 'csv' },
  'netscape-html': { mime: 'text/html', extension: 'html' },
  atom: { mime: 'application/atom+xml', extension: 'atom' },
};

/** `kiosque-2026-11-27.epub`, `kiosque-madrid-2026-11-27.json`: dated, so two exports never overwrite each other unseen. */
export function exportFileName(format: ExportFormat, now: number, name?: string): string {
  const date = new Date(now).toISOString().slice(0, 10);
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const suffix = format === 'netscape-html' ? '-bookmarks' : '';
  return `kiosque${slug ? `-${slug}` : ''}${suffix}-${date}.${EXPORT_TYPES[format].extension}`;
}
