/**
 * The service worker's side of a DOM-needing export or import: it has no
 * DOMParser, so the whole call runs in the offscreen document, which has a
 * DOM and the same database. Files and Blobs go through Cache Storage
 * (offscreen-wire.ts); only the request and the report are messages.
 */
import { KiosqueError } from '../../core/errors';
import { IMPORT_FORMATS, IMPORT_LIMITS, type ImportFormat } from '../../core/formats';
import type { ImportLimits } from '../../core/formats/limits';
import type { ExportFormat, ExportSelection, ImportOutcome } from '../api-types';
import {
  INLINE_TEXT_MAX,
  TRANSFER_CACHE,
  newEntryKey,
  putEntry,
  sweepStale,
  takeEntry,
  type CacheStore,
  type TransferInput,
  type TransferReply,
  type TransferRequest,
} from './offscreen-wire';
import type { ImportSource } from './import-data';

export interface TransferDelegate {
  exportData(format: ExportFormat, selection?: ExportSelection): Promise<Blob>;
  importData(input: ImportSource, format?: ImportFormat): Promise<ImportOutcome>;
}

export interface DelegateDeps {
  send: (request: TransferRequest) => Promise<TransferReply>;
  caches: CacheStore;
  now: () => number;
  newId: () => string;
  locale: () => 'en' | 'fr';
  limits?: ImportLimits;
}

function failed(reply: TransferReply): never {
  if (reply.ok) throw new KiosqueError('storage-failed', `Unexpected ${reply.op} reply from the offscreen document.`);
  const { code, message, details } = reply.error;
  throw new KiosqueError(code, message, details);
}

function checkFormat(format: unknown): ImportFormat | undefined {
  if (format === undefined || format === null) return undefined;
  if (!(IMPORT_FORMATS as readonly unknown[]).includes(format)) {
    throw new KiosqueError('unsupported-format', `Unknown import format: ${String(format).slice(0, 40)}`);
  }
  return format as ImportFormat;
}

export function createOffscreenDelegate(deps: DelegateDeps): TransferDelegate {
  const limits = deps.limits ?? IMPORT_LIMITS;

  async function stage(input: ImportSource): Promise<TransferInput> {
    if (typeof input === 'string' && input.length <= INLINE_TEXT_MAX) return { text: input };
    let blob: Blob;
    let fileName: string | undefined;
    if (typeof input === 'string') blob = new Blob([input], { type: 'text/plain' });
    else if (ArrayBuffer.isView(input)) {
      // A copy: the caller's view may sit on a shared or larger buffer.
      const bytes = new Uint8Array(input.byteLength);
      bytes.set(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
      blob = new Blob([bytes]);
    }
    else if (input instanceof Blob) {
      blob = input;
      if (typeof File !== 'undefined' && input instanceof File) fileName = input.name;
    } else throw new KiosqueError('invalid-input', 'An import takes a file, a Blob, text or bytes.');
    // Refuse before copying: the document would refuse it anyway, after a pointless write.
    if (blob.size > limits.maxBackupBytes) {
      throw new KiosqueError('import-failed', `The file is too large (${blob.size} bytes; the limit is ${limits.maxBackupBytes})`);
    }
    const key = newEntryKey(deps.now(), deps.newId());
    await putEntry(deps.caches, key, blob);
    return fileName === undefined ? { key } : { key, fileName };
  }

  return {
    exportData: async (format, selection) => {
      await sweepStale(deps.caches, deps.now());
      const request: TransferRequest = { op: 'export', format, locale: deps.locale() };
      if (selection !== undefined) request.selection = selection;
      const reply = await deps.send(request);
      if (!reply.ok || reply.op !== 'export') failed(reply);
      return takeEntry(deps.caches, reply.key);
    },
    importData: async (source, formatArg) => {
      const format = checkFormat(formatArg);
      await sweepStale(deps.caches, deps.now());
      const input = await stage(source);
      try {
        const request: TransferRequest = { op: 'import', input, locale: deps.locale() };
        if (format !== undefined) request.format = format;
        const reply = await deps.send(request);
        if (!reply.ok || reply.op !== 'import') failed(reply);
        return reply.outcome;
      } finally {
        // The document deletes what it reads; this covers a message that never arrived.
        if ('key' in input) await (await deps.caches.open(TRANSFER_CACHE)).delete(input.key);
      }
    },
  };
}
