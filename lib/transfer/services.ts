/**
 * The export and import services, as they join KiosqueApi. Pages pass their
 * own DOM. Chrome's service worker has none, so there the calls that need one
 * run in the offscreen document (offscreen-delegate.ts); elsewhere without a
 * DOM (Node) those formats answer with a typed error.
 */
import type { DomEnv, ImportFormat } from '../../core/formats';
import type { StoredCollection } from '../../core/model';
import type { ExportFormat, ExportSelection, ImportOutcome } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { EXPORTS_NEEDING_DOM, IMPORTS_NEEDING_DOM, pageDomEnv } from './dom';
import type { ExportRunOptions } from './export-data';
import type { TransferDelegate } from './offscreen-delegate';
import type { FileOutcome, ImportProgress, ImportRunOptions, ImportSource, NamedSource } from './import-data';

export interface TransferDeps {
  db: () => KiosqueDb;
  now: () => number;
  newId: () => string;
  /** Defaults to the page's DOM (null in a worker). */
  dom?: () => DomEnv | null;
  /** Language of generated headings and titles. */
  locale?: () => 'en' | 'fr';
  /** Where to run a call that needs a DOM when there is none; defaults to Chrome's offscreen document. */
  offscreen?: () => Promise<TransferDelegate | null>;
}

type ChromeGlobal = { chrome?: { offscreen?: { createDocument?: unknown } } };

/** The offscreen document, where the offscreen API exists (Chrome's worker); null elsewhere. */
async function chromeOffscreen(deps: TransferDeps, locale: () => 'en' | 'fr'): Promise<TransferDelegate | null> {
  // Cache Storage carries the files both ways; without it there is no hand-off.
  if (typeof (globalThis as ChromeGlobal).chrome?.offscreen?.createDocument !== 'function' || typeof caches === 'undefined') {
    return null;
  }
  const [{ createOffscreenDelegate }, { callOffscreen }, { messenger }] = await Promise.all([
    import('./offscreen-delegate'),
    import('../fetch/offscreen-client'),
    import('../messaging'),
  ]);
  return createOffscreenDelegate({
    send: (request) => callOffscreen(() => messenger.sendMessage('offscreenTransfer', request)),
    caches,
    now: deps.now,
    newId: deps.newId,
    locale,
  });
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
  const offscreen = deps.offscreen ?? (() => chromeOffscreen(deps, full.locale));
  // Only without a DOM; an import of unknown format may turn out to be HTML, so it goes too.
  const remote = async (needsDom: boolean) => (needsDom && full.dom() === null ? offscreen() : null);
  return {
    collections: async () => {
      const rows = await withStorageErrors(() => full.db().collections.toArray());
      return rows.sort((a, b) => a.name.localeCompare(b.name));
    },
    // Loaded on first use: the popup shares this service object and should not
    // parse every exporter and importer (Turndown, zip code) on each open.
    exportData: async (format, selection, run) => {
      const elsewhere = await remote(EXPORTS_NEEDING_DOM.has(format));
      if (elsewhere) return elsewhere.exportData(format, selection);
      return (await import('./export-data')).exportData(full, format, selection, run);
    },
    importData: async (input, format, run) => {
      const elsewhere = await remote(format === undefined || format === null || IMPORTS_NEEDING_DOM.has(format));
      if (elsewhere) return elsewhere.importData(input, format);
      return (await import('./import-data')).importData(full, input, format, run);
    },
    importFiles: async (files, format, onProgress) =>
      (await import('./import-data')).importFiles(full, files, format, onProgress),
  };
}
