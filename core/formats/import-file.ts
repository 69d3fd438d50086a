/**
 * The one entry point for imports: detect (or take the reader's choice),
 * then hand the file to its module. Any KiosqueError leaves nothing
 * half-imported: importers build their whole result before returning.
 */
import { KiosqueError } from '../errors';
import { detectTextFormat, detectZipFormat, textOf } from './detect';
import type { DomEnv } from './dom-env';
import { importInstapaperCsv } from './instapaper-csv';
import { kiosqueJsonSteps } from './kiosque-json';
import { importNetscape } from './netscape-import';
import { omnivoreSteps } from './omnivore';
import { pocketCsvSteps } from './pocket-csv';
import { importPocketHtml } from './pocket-html';
import { runImportSteps } from './steps';
import type { ImportFormat, ImportResult, ImportSteps } from './types';
import { isZip, openZip, type ZipArchive } from './zip-read';
import { IMPORT_LIMITS, type ImportLimits } from './limits';

export interface ImportOptions {
  dom: DomEnv;
  now: () => number;
  fileName?: string;
  /** The reader's manual choice; skips detection. */
  format?: ImportFormat;
  /** Size caps; IMPORT_LIMITS unless a caller (or a test) needs others. */
  limits?: ImportLimits;
}

export interface ImportInput {
  name: string;
  data: Uint8Array | string;
}

function pocketPartsFromZip(zip: ZipArchive): { name: string; text: string }[] {
  const parts = zip.names.filter((n) => n.toLowerCase().endsWith('.csv'));
  if (parts.length === 0) throw new KiosqueError('unsupported-format', 'No CSV file in this zip');
  return parts.map((name) => ({ name, text: zip.readText(name) }));
}

export function importFile(data: Uint8Array | string, options: ImportOptions): ImportResult {
  return runImportSteps(importFileSteps(data, options));
}

/**
 * importFile in steps. The formats that carry whole articles (Kiosque JSON,
 * Omnivore) step once per article and Pocket's CSV, which can hold tens of
 * thousands of rows, once per row; the others are done in their first step.
 */
export function* importFileSteps(data: Uint8Array | string, options: ImportOptions): ImportSteps {
  const now = options.now();
  const limits = options.limits ?? IMPORT_LIMITS;
  if (typeof data !== 'string' && isZip(data)) {
    const zip = openZip(data, limits);
    const format = options.format ?? detectZipFormat(zip);
    if (format === 'omnivore-zip') return yield* omnivoreSteps(zip, options.dom, now);
    if (format === 'pocket-csv') return yield* pocketCsvSteps(pocketPartsFromZip(zip), now);
    throw new KiosqueError('unsupported-format', `A ${format} file cannot be a zip`);
  }
  const text = textOf(data, limits);
  const format = options.format ?? detectTextFormat(text, options.fileName);
  switch (format) {
    case 'kiosque-json':
      return yield* kiosqueJsonSteps(text, options.dom);
    case 'pocket-csv':
      return yield* pocketCsvSteps([{ name: options.fileName ?? 'part_000000.csv', text }], now);
    case 'pocket-html':
      return importPocketHtml(text, options.dom, now);
    case 'instapaper-csv':
      return importInstapaperCsv(text, now);
    case 'netscape-html':
      return importNetscape(text, options.dom, now);
    case 'omnivore-zip':
      throw new KiosqueError('unsupported-format', 'An Omnivore export is a zip file');
  }
}

/** Pocket splits large exports into `part_000000.csv`, `part_000001.csv`…: picked together, they are one import. */
export function importPocketParts(files: ImportInput[], options: Omit<ImportOptions, 'format' | 'fileName'>): ImportResult {
  return runImportSteps(importPocketPartsSteps(files, options));
}

/** importPocketParts in steps, one per row. */
export function importPocketPartsSteps(files: ImportInput[], options: Omit<ImportOptions, 'format' | 'fileName'>): ImportSteps {
  return pocketCsvSteps(
    files.map((f) => ({ name: f.name, text: textOf(f.data, options.limits) })),
    options.now(),
  );
}
