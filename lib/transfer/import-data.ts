/**
 * Import into storage: read the file, detect its format (unless the reader
 * chose one), parse it with the pure importers, then merge it into the
 * library in one transaction (import-write.ts). Every failure is a typed
 * KiosqueError and leaves the library unchanged.
 */
import { KiosqueError } from '../../core/errors';
import {
  IMPORT_FORMATS,
  IMPORT_LIMITS,
  importFileSteps,
  importPocketParts,
  type DomEnv,
  type ImportFormat,
  type ImportResult,
  type ImportSteps,
  type ImportedItem,
} from '../../core/formats';
import { detectTextFormat, detectZipFormat, textOf } from '../../core/formats/detect';
import { isZip, openZip } from '../../core/formats/zip-read';
import type { ImportLimits } from '../../core/formats/limits';
import type { Tags } from '../../core/model';
import type { ThemeModel } from '../../core/tagging';
import { loadTagging, type TaggingModule } from '../tagging-lazy';
import type { ImportOutcome } from '../api-types';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { domOrMissing, IMPORTS_NEEDING_DOM } from './dom';
import { writeImport } from './import-write';
import { yieldToPage } from './library-source';

export interface ImportDeps {
  db: () => KiosqueDb;
  now: () => number;
  newId: () => string;
  dom: () => DomEnv | null;
  /** Size caps; IMPORT_LIMITS unless a test needs smaller ones. */
  limits?: ImportLimits;
  /** How long parsing runs before the page gets to paint and answer input; PARSE_SLICE_MS unless a test sets it. */
  parseSliceMs?: number;
}

/**
 * Parsing a 10,000-article backup sanitises every article and takes seconds:
 * in one task, the page would freeze and its progress bar would never move.
 */
export const PARSE_SLICE_MS = 40;

/** Runs an import's steps, handing the event loop back every `sliceMs` with the progress so far. */
export async function runInSlices(
  steps: ImportSteps,
  sliceMs: number,
  onProgress: (done: number, total: number) => void,
): Promise<ImportResult> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress(step.value.done, step.value.total);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

export type ImportPhase = 'reading' | 'parsing' | 'writing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportRunOptions {
  fileName?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export type ImportSource = Blob | string | Uint8Array;

interface ReadFile {
  name: string | null;
  data: Uint8Array | string;
}

async function readSource(input: ImportSource, fileName: string | undefined, limits: ImportLimits): Promise<ReadFile> {
  const named = typeof File !== 'undefined' && input instanceof File ? input.name : null;
  const name = fileName ?? named;
  if (typeof input === 'string') return { name, data: input };
  // isView rather than instanceof: bytes made in another realm (a frame, a test DOM) are still bytes.
  if (ArrayBuffer.isView(input)) return { name, data: new Uint8Array(input.buffer, input.byteOffset, input.byteLength) };
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    // Refuse before reading: a huge file would otherwise be copied into memory first.
    if (input.size > limits.maxBackupBytes) {
      throw new KiosqueError('import-failed', `The file is too large (${input.size} bytes; the limit is ${limits.maxFileBytes})`);
    }
    return { name, data: new Uint8Array(await input.arrayBuffer()) };
  }
  throw new KiosqueError('invalid-input', 'An import takes a file, a Blob, text or bytes.');
}

function checkFormat(format: unknown): ImportFormat | undefined {
  if (format === undefined || format === null) return undefined;
  if (!(IMPORT_FORMATS as readonly unknown[]).includes(format)) {
    throw new KiosqueError('unsupported-format', `Unknown import format: ${String(format).slice(0, 40)}`);
  }
  return format as ImportFormat;
}

/** Detection without parsing twice: text files are decoded once and handed on as text. */
function detect(file: ReadFile, override: ImportFormat | undefined, limits: ImportLimits): { format: ImportFormat; data: Uint8Array | string } {
  if (typeof file.data !== 'string' && isZip(file.data)) {
    return { format: override ?? detectZipFormat(openZip(file.data, limits)), data: file.data };
  }
  const text = textOf(file.data, limits);
  return { format: override ?? detectTextFormat(text, file.name ?? undefined), data: text };
}

function needDom(format: ImportFormat, dom: DomEnv | null): DomEnv {
  if (IMPORTS_NEEDING_DOM.has(format) && dom === null) domOrMissing(null).parseHtml('');
  return domOrMissing(dom);
}

/** Items from other services arrive untagged; Kiosque's own backups keep the tags they carry. */
function taggerFor(tagging: TaggingModule | null): ((item: ImportedItem, model: ThemeModel) => Tags) | null {
  if (tagging === null) return null;
  return (item, model) =>
    tagging.tagArticle(
      {
        url: item.pageUrl,
        canonicalUrl: item.url,
        title: item.title,
        excerpt: item.excerpt,
        text: item.text,
        lang: item.lang,
        siteName: item.siteName,
        section: item.section,
        keywords: item.keywords,
        places: [],
      },
      { model },
    );
}

async function store(
  deps: ImportDeps,
  parsed: ImportResult,
  format: ImportFormat,
  fileName: string | null,
  onProgress: ImportRunOptions['onProgress'],
): Promise<ImportOutcome> {
  onProgress?.({ phase: 'writing', done: 0, total: parsed.articles.length });
  // Loaded before the transaction: a Dexie transaction cannot wait for a module load.
  const tagging = format === 'kiosque-json' ? null : await loadTagging();
  const written = await withStorageErrors(() =>
    writeImport(deps.db(), parsed.articles, parsed.collections, {
      now: deps.now(),
      newId: deps.newId,
      tag: taggerFor(tagging),
      onProgress: (done, total) => onProgress?.({ phase: 'writing', done, total }),
    }, parsed.savedSearches ?? []),
  );
  onProgress?.({ phase: 'done', done: parsed.articles.length, total: parsed.articles.length });
  const file = parsed.report;
  return {
    format,
    fileName,
    added: written.plan.added,
    merged: file.merged + written.plan.merged,
    skipped: file.skipped + written.plan.skipped,
    failed: [...file.failed, ...written.plan.failed],
    articleIds: written.writtenIds,
    linkIds: written.linkIds,
    collections: written.collections,
  };
}

export async function importData(
  deps: ImportDeps,
  input: ImportSource,
  formatArg?: ImportFormat,
  run: ImportRunOptions = {},
): Promise<ImportOutcome> {
  const limits = deps.limits ?? IMPORT_LIMITS;
  const override = checkFormat(formatArg);
  run.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const file = await readSource(input, run.fileName, limits);
  const { format, data } = detect(file, override, limits);
  const dom = needDom(format, deps.dom());
  run.onProgress?.({ phase: 'parsing', done: 0, total: 0 });
  // Let the page paint that phase before the first slice (a large JSON.parse) runs.
  await yieldToPage();
  const steps = importFileSteps(data, { dom, now: deps.now, fileName: file.name ?? undefined, format, limits });
  const parsed = await runInSlices(steps, deps.parseSliceMs ?? PARSE_SLICE_MS, (done, total) =>
    run.onProgress?.({ phase: 'parsing', done, total }),
  );
  return store(deps, parsed, format, file.name, run.onProgress);
}

export interface NamedSource {
  name: string;
  data: Blob | string | Uint8Array;
}

export type FileOutcome =
  | { fileName: string; ok: true; outcome: ImportOutcome }
  | { fileName: string; ok: false; error: KiosqueError };

function asKiosqueError(error: unknown): KiosqueError {
  if (error instanceof KiosqueError) return error;
  return new KiosqueError('import-failed', error instanceof Error ? error.message : String(error));
}

/**
 * Several files picked at once. Pocket's `part_*.csv` files are one export
 * split in pieces, so they import together (one transaction); any other
 * file imports on its own, and one bad file does not stop the others.
 */
export async function importFiles(
  deps: ImportDeps,
  files: NamedSource[],
  formatArg?: ImportFormat,
  onProgress?: (progress: ImportProgress & { fileName: string }) => void,
): Promise<FileOutcome[]> {
  const limits = deps.limits ?? IMPORT_LIMITS;
  const override = checkFormat(formatArg);
  const parts: { name: string; data: string }[] = [];
  const others: NamedSource[] = [];
  for (const source of files) {
    try {
      const file = await readSource(source.data, source.name, limits);
      const found = detect(file, override, limits);
      if (found.format === 'pocket-csv' && typeof found.data === 'string' && files.length > 1) {
        parts.push({ name: source.name, data: found.data });
        continue;
      }
    } catch {
      // Reported below, where the file is imported on its own and fails with its own error.
    }
    others.push(source);
  }
  const results: FileOutcome[] = [];
  if (parts.length > 0) {
    const label = parts.map((p) => p.name).join(', ');
    try {
      const parsed = importPocketParts(parts, { dom: domOrMissing(deps.dom()), now: deps.now, limits });
      const outcome = await store(deps, parsed, 'pocket-csv', label, (p) => onProgress?.({ ...p, fileName: label }));
      results.push({ fileName: label, ok: true, outcome });
    } catch (error) {
      results.push({ fileName: label, ok: false, error: asKiosqueError(error) });
    }
  }
  for (const source of others) {
    try {
      const outcome = await importData(deps, source.data, override, {
        fileName: source.name,
        onProgress: (p) => onProgress?.({ ...p, fileName: source.name }),
      });
      results.push({ fileName: source.name, ok: true, outcome });
    } catch (error) {
      results.push({ fileName: source.name, ok: false, error: asKiosqueError(error) });
    }
  }
  return results;
}
