/**
 * Guesses an import file's format from its content; the file name only
 * breaks ties, since people rename downloads.
 */
import { KiosqueError } from '../errors';
import { csvHeaderCells } from './csv-table';
import { looksLikeKiosqueJson } from './kiosque-json';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import { looksLikeNetscape } from './netscape-import';
import { looksLikeOmnivore } from './omnivore';
import { looksLikePocketHtml } from './pocket-html';
import type { ImportFormat } from './types';
import { decodeText, isZip, openZip, type ZipArchive } from './zip-read';

/** A text file has no NUL bytes in its first kilobytes; UTF-16 and binaries do. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The size cap is checked on the length before any decoding or parsing, so an
 * oversized file costs nothing. Only a file that starts like a Kiosque backup
 * gets the larger backup cap.
 */
function checkSize(length: number, head: () => string, limits: ImportLimits): void {
  if (length <= limits.maxFileBytes) return;
  if (length <= limits.maxBackupBytes && looksLikeKiosqueJson(head())) return;
  throw new KiosqueError('import-failed', `The file is too large (${length} bytes; the limit is ${limits.maxFileBytes})`);
}

/** What textOf checks of bytes before it decodes them: refuses empty, oversized and binary files. */
export function checkTextBytes(input: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): void {
  if (bytes0(input)) throw new KiosqueError('import-failed', 'The file is empty');
  checkSize(input.length, () => new TextDecoder().decode(input.subarray(0, 200)), limits);
  if (looksBinary(input)) throw new KiosqueError('unsupported-format', 'This is a binary file, not an export');
}

/** Bytes to text, refusing empty, binary and oversized input with a typed error. */
export function textOf(input: Uint8Array | string, limits: ImportLimits = IMPORT_LIMITS): string {
  if (typeof input === 'string') {
    checkSize(input.length, () => input.slice(0, 200), limits);
    if (input.trim() === '') throw new KiosqueError('import-failed', 'The file is empty');
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  checkTextBytes(input, limits);
  const text = decodeText(input, 'The file');
  if (text.trim() === '') throw new KiosqueError('import-failed', 'The file is empty');
  return text;
}

function bytes0(input: Uint8Array): boolean {
  return input.length === 0;
}

export function detectZipFormat(zip: ZipArchive): ImportFormat {
  if (looksLikeOmnivore(zip)) return 'omnivore-zip';
  if (zip.names.some((n) => n.toLowerCase().endsWith('.csv'))) return 'pocket-csv';
  throw new KiosqueError('unsupported-format', 'This zip holds neither an Omnivore nor a Pocket export');
}

export function detectTextFormat(text: string, fileName?: string): ImportFormat {
  const head = text.trimStart();
  if (head.startsWith('{')) {
    if (looksLikeKiosqueJson(head)) return 'kiosque-json';
    throw new KiosqueError('unsupported-format', 'This JSON file is not a Kiosque export');
  }
  if (head.startsWith('<')) {
    if (looksLikeNetscape(head)) return 'netscape-html';
    if (looksLikePocketHtml(head) || /ril_export\.html$/i.test(fileName ?? '')) return 'pocket-html';
    throw new KiosqueError('unsupported-format', 'This HTML file is neither a bookmark file nor a Pocket export');
  }
  const header = csvHeaderCells(head);
  if (header.includes('url')) {
    if (header.includes('folder')) return 'instapaper-csv';
    if (header.some((c) => ['time_added', 'status', 'tags', 'title'].includes(c))) return 'pocket-csv';
  }
  throw new KiosqueError('unsupported-format', `Unrecognised file${fileName ? ` ${fileName}` : ''}`);
}

/** Detects the format of a whole file as picked by the reader. */
export function detectFormat(input: Uint8Array | string, fileName?: string, limits: ImportLimits = IMPORT_LIMITS): ImportFormat {
  if (typeof input !== 'string' && isZip(input)) return detectZipFormat(openZip(input, limits));
  return detectTextFormat(textOf(input, limits), fileName);
}
