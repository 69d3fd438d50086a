/**
 * The export and import services, as they join KiosqueApi. Pages pass their
 * own DOM; in the service worker there is none, and the formats that need
 * one answer with a typed error pointing to the options page.
 */
import type { DomEnv, ImportFormat } from '../../core/formats';
import type { StoredCollection } from '../../core/model';
import type { ExportFormat, ExportSelection, ImportOutcome } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { pageDomEnv } from './dom';
import type { ExportRunOptions } from './export-data';
import type { FileOutcome, ImportProgress, ImportRunOptions, ImportSource, NamedSource } from './import-data';

export interface TransferDeps {
  db: () => KiosqueDb;
  now: () => number;
  newId: () => string;
  /** Defaults to the page's DOM (null in a worker). */
  dom?: () => DomEnv | null;
  /** Language of generated headings and titles. */
  locale?: () => 'en' | 'fr';
}

export interface TransferServices {
  /** Collections and saved searches the reader can export, by name. */
  collections(): Promise<StoredCollection[]>;
  exportData(format: ExportFormat, selection?: ExportSelection, run?: ExportRunOptions): Promise<Blob>;
  importData(input: ImportSource, format?: ImportFormat, run?: ImportRunOptions): Promise<ImportOutcome>;
  importFiles(
    files: NamedSource[],
    format?: ImportFormat,
    onProgress?: (progress: ImportProgress & { fileName: string }) => void,
  ): Promise<FileOutcome[]>;
}

export function createTransferServices(deps: TransferDeps): TransferServices {
  const full = { ...deps, dom: deps.dom ?? pageDomEnv, locale: deps.locale ?? (() => 'en' as const) };
  return {
    collections: async () => {
      const rows = await withStorageErrors(() => full.db().collections.toArray());
      return rows.sort((a, b) => a.name.localeCompare(b.name));
    },
    // Loaded on first use: the popup shares this service object and should not
    // parse every exporter and importer (Turndown, zip code) on each open.
    exportData: async (format, selection, run) => (await import('./export-data')).exportData(full, format, selection, run),
    importData: async (input, format, run) => (await import('./import-data')).importData(full, input, format, run),
    importFiles: async (files, format, onProgress) =>
      (await import('./import-data')).importFiles(full, files, format, onProgress),
  };
}
