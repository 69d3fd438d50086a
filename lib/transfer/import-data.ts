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
  importPocketPartsSteps,
  type DomEnv,
  type ImportFormat,
  type ImportResult,
  type ImportSteps,
  type ImportedItem,
  type Steps,
} from '../../core/formats';
import { memoDedupeKey } from '../../core/url';
import { checkTextBytes, detectTextFormat, detectZipFormat, textOf } from '../../core/formats/detect';
import { isZip, openZip } from '../../core/formats/zip-read';
import type { ImportLimits } from '../../core/formats/limits';
import type { Tags } from '../../core/model';
import type { ThemeModel } from '../../core/tagging';
import { emptyThemeModel } from '../../core/tagging/theme-model';
import { loadTagging, type TaggingModule } from '../tagging-lazy';
import type { ImportOutcome } from '../api-types';
import { THEME_MODEL_KEY, type KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { domOrMissing, IMPORTS_NEEDING_DOM } from './dom';
import { keyOf, writeImport } from './import-write';
import { yieldToPage } from './library-source';

export interface ImportDeps {
  db: () => KiosqueDb;
  now: () => number;
  newId: () => string;
  dom: () => DomEnv | null;
  /** Size caps; IMPORT_LIMITS unless a test needs smaller ones. */
  limits?: ImportLimits;
  /** How long parsing or tagging runs before the page gets to paint and answer input; SLICE_MS unless a test sets it. */
  sliceMs?: number;
}

/**
 * Parsing a 10,000-article backup sanitises every article, and tagging an
 * Omnivore export reads every article's text: each takes seconds, and in one
 * task the page would freeze and its progress bar would never move.
 */
export const SLICE_MS = 40;

const sliceMsOf = (deps: ImportDeps): number => deps.sliceMs ?? SLICE_MS;

/** Runs steps (an import's, or tagging's), handing the event loop back every `sliceMs` with the progress so far. */
export async function runInSlices<T>(
  steps: Steps<T>,
  sliceMs: number,
  onProgress: (done: number, total: number) => void,
): Promise<T> {
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

export type ImportPhase = 'reading' | 'parsing' | 'tagging' | 'writing' | 'done';

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

/** Bytes decoded per slice of a large text file, some tens of milliseconds of work. */
const DECODE_SLICE_BYTES = 4 * 1024 * 1024;

/**
 * A large text file decoded a slice at a time: decoding a 100 MB backup in
 * one call holds the page for most of a second. Zips stay bytes, and so does
 * a file that is not UTF-8, for textOf to refuse with its usual message;
 * the checks textOf makes before decoding run here first.
 */
async function decodeLargeText(bytes: Uint8Array, limits: ImportLimits): Promise<Uint8Array | string> {
  if (bytes.length <= DECODE_SLICE_BYTES || isZip(bytes)) return bytes;
  checkTextBytes(bytes, limits);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += DECODE_SLICE_BYTES) {
      const end = Math.min(at + DECODE_SLICE_BYTES, bytes.length);
      // stream: a character cut by the slice boundary is completed by the next slice.
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
      await yieldToPage();
    }
  } catch {
    return bytes;
  }
  return parts.join('');
}

async function readSource(input: ImportSource, fileName: string | undefined, limits: ImportLimits): Promise<ReadFile> {
  const named = typeof File !== 'undefined' && input instanceof File ? input.name : null;
  const name = fileName ?? named;
  if (typeof input === 'string') return { name, data: input };
  // isView rather than instanceof: bytes made in another realm (a frame, a test DOM) are still bytes.
  if (ArrayBuffer.isView(input)) {
    return { name, data: await decodeLargeText(new Uint8Array(input.buffer, input.byteOffset, input.byteLength), limits) };
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    // Refuse before reading: a huge file would otherwise be copied into memory first.
    if (input.size > limits.maxBackupBytes) {
      throw new KiosqueError('import-failed', `The file is too large (${input.size} bytes; the limit is ${limits.maxFileBytes})`);
    }
    return { name, data: await decodeLargeText(new Uint8Array(await input.arrayBuffer()), limits) };
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

interface Detected {
  format: ImportFormat;
  data: Uint8Array | string;
}

/** Detection without parsing twice: text files are decoded once and handed on as text. */
function detect(file: ReadFile, override: ImportFormat | undefined, limits: ImportLimits): Detected {
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

/** Items from other services arrive untagged: the tagger reads each one with the reader's theme model. */
function tagOf(tagging: TaggingModule, model: ThemeModel): (item: ImportedItem) => Tags {
  return (item) =>
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

/**
 * Works out the key every item will be stored under, through `keyFor` (the
 * import's memoised dedupeKey, so the write and the merge find them ready),
 * and tags items from other services by that key. mergeImported hands the
 * write a copy of each new item, under its dedupe key and otherwise unchanged
 * but for the labels of a second row for the same page (which the tagger
 * does not read); a page listed twice keeps its first row, so only that one
 * is tagged. Items whose address cannot be read are left out: the merge
 * reports them.
 */
function* keySteps(
  items: ImportedItem[],
  keyFor: (url: string) => string,
  tag: ((item: ImportedItem) => Tags) | null,
): Steps<Map<string, Tags>> {
  const tags = new Map<string, Tags>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const key = keyOf(item.url, keyFor);
    if (tag && key !== null && !tags.has(key)) tags.set(key, tag({ ...item, url: key }));
    yield { done: i + 1, total: items.length };
  }
  return tags;
}

/**
 * Keys, and tags for items from other services, worked out before the write
 * and in slices: the write is one transaction, which cannot let the page
 * paint between items. Kiosque's own backups keep the tags they carry (null).
 */
async function prepareItems(
  deps: ImportDeps,
  items: ImportedItem[],
  format: ImportFormat,
  keyFor: (url: string) => string,
  onProgress: ImportRunOptions['onProgress'],
): Promise<((item: ImportedItem) => Tags) | null> {
  if (format === 'kiosque-json') {
    await runInSlices(keySteps(items, keyFor, null), sliceMsOf(deps), () => undefined);
    return null;
  }
  const tagging = await loadTagging();
  const stored = await withStorageErrors(() => deps.db().model.get(THEME_MODEL_KEY));
  const tag = tagOf(tagging, stored?.model ?? emptyThemeModel());
  onProgress?.({ phase: 'tagging', done: 0, total: items.length });
  const tags = await runInSlices(keySteps(items, keyFor, tag), sliceMsOf(deps), (done, total) =>
    onProgress?.({ phase: 'tagging', done, total }),
  );
  return (item) => tags.get(item.url) ?? tag(item);
}

async function store(
  deps: ImportDeps,
  parsed: ImportResult,
  format: ImportFormat,
  fileName: string | null,
  onProgress: ImportRunOptions['onProgress'],
): Promise<ImportOutcome> {
  const keyFor = memoDedupeKey();
  const tag = await prepareItems(deps, parsed.articles, format, keyFor, onProgress);
  onProgress?.({ phase: 'writing', done: 0, total: parsed.articles.length });
  const written = await withStorageErrors(() =>
    writeImport(deps.db(), parsed.articles, parsed.collections, {
      now: deps.now(),
      newId: deps.newId,
      tag,
      keyFor,
      onProgress: (done, total) => onProgress?.({ phase: 'writing', done, total }),
      sliceMs: sliceMsOf(deps),
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
  return importDetected(deps, file, detect(file, override, limits), run.onProgress);
}

/** Parses and stores a file already read and detected. */
async function importDetected(
  deps: ImportDeps,
  file: ReadFile,
  { format, data }: Detected,
  onProgress: ImportRunOptions['onProgress'],
): Promise<ImportOutcome> {
  const limits = deps.limits ?? IMPORT_LIMITS;
  const dom = needDom(format, deps.dom());
  return parseAndStore(
    deps,
    () => importFileSteps(data, { dom, now: deps.now, fileName: file.name ?? undefined, format, limits }),
    format,
    file.name,
    onProgress,
  );
}

/** Runs an import's steps in slices with their progress, then stores what they read. */
async function parseAndStore(
  deps: ImportDeps,
  steps: () => ImportSteps,
  format: ImportFormat,
  fileName: string | null,
  onProgress: ImportRunOptions['onProgress'],
): Promise<ImportOutcome> {
  onProgress?.({ phase: 'parsing', done: 0, total: 0 });
  // Let the page paint that phase before the first slice runs.
  await yieldToPage();
  const parsed = await runInSlices(steps(), sliceMsOf(deps), (done, total) => onProgress?.({ phase: 'parsing', done, total }));
  return store(deps, parsed, format, fileName, onProgress);
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
  // A lone file is read and decoded once, here. Of several, only Pocket's parts are kept from this
  // first pass (they import together, first); the others are read again in turn, so that memory
  // holds one large file at a time. A file that fails is reported below in its place.
  const others: ({ source: NamedSource; read?: { file: ReadFile; found: Detected } } | { source: NamedSource; error: unknown })[] = [];
  for (const source of files) {
    try {
      onProgress?.({ phase: 'reading', done: 0, total: 0, fileName: source.name });
      const file = await readSource(source.data, source.name, limits);
      const found = detect(file, override, limits);
      if (found.format === 'pocket-csv' && typeof found.data === 'string' && files.length > 1) {
        parts.push({ name: source.name, data: found.data });
        continue;
      }
      others.push(files.length === 1 ? { source, read: { file, found } } : { source });
    } catch (error) {
      others.push({ source, error });
    }
  }
  const results: FileOutcome[] = [];
  if (parts.length > 0) {
    const label = parts.map((p) => p.name).join(', ');
    try {
      const outcome = await parseAndStore(
        deps,
        () => importPocketPartsSteps(parts, { dom: domOrMissing(deps.dom()), now: deps.now, limits }),
        'pocket-csv',
        label,
        (p) => onProgress?.({ ...p, fileName: label }),
      );
      results.push({ fileName: label, ok: true, outcome });
    } catch (error) {
      results.push({ fileName: label, ok: false, error: asKiosqueError(error) });
    }
  }
  for (const other of others) {
    const fileName = other.source.name;
    if ('error' in other) {
      results.push({ fileName, ok: false, error: asKiosqueError(other.error) });
      continue;
    }
    try {
      const progress = (p: ImportProgress) => onProgress?.({ ...p, fileName });
      const outcome = other.read
        ? await importDetected(deps, other.read.file, other.read.found, progress)
        : await importData(deps, other.source.data, override, { fileName, onProgress: progress });
      results.push({ fileName, ok: true, outcome });
    } catch (error) {
      results.push({ fileName, ok: false, error: asKiosqueError(error) });
    }
  }
  return results;
}
