/**
 * What crosses between Chrome's service worker and the offscreen document
 * when an export or import needs a DOM. Runtime messages carry JSON only, and
 * Chrome caps each one (64 MiB), so files and Blobs travel through Cache
 * Storage instead: both contexts share the extension origin's caches, a Blob
 * goes in and comes out as a Blob, and whoever reads an entry deletes it.
 */
import { KiosqueError, type SerializedKiosqueError } from '../../core/errors';
import type { ImportFormat } from '../../core/formats';
import type { ExportFormat, ExportSelection, ImportOutcome } from '../api-types';

export const TRANSFER_CACHE = 'kiosque-transfer';
/** Cache keys must be http(s) URLs; this host is reserved (RFC 6761) and never fetched. */
const KEY_PREFIX = 'https://kiosque.invalid/transfer/';
/** An entry older than this belongs to a call whose context died mid-way. */
export const STALE_AFTER_MS = 10 * 60 * 1000;
/** Text imports above this go through the cache too, well under the message cap. */
export const INLINE_TEXT_MAX = 8 * 1024 * 1024;

export type TransferInput = { text: string } | { key: string; fileName?: string };

export type TransferRequest =
  | { op: 'export'; format: ExportFormat; selection?: ExportSelection; locale: 'en' | 'fr' }
  | { op: 'import'; input: TransferInput; format?: ImportFormat; locale: 'en' | 'fr' };

export type TransferReply =
  | { ok: true; op: 'export'; key: string }
  | { ok: true; op: 'import'; outcome: ImportOutcome }
  | { ok: false; error: SerializedKiosqueError };

/** The part of CacheStorage used here, so tests can hand in their own. */
export type CacheStore = Pick<CacheStorage, 'open' | 'delete'>;

export function newEntryKey(now: number, id: string): string {
  return `${KEY_PREFIX}${now}-${id}`;
}

export function isEntryKey(key: unknown): key is string {
  return typeof key === 'string' && key.startsWith(KEY_PREFIX) && /^\d+-[\w-]{1,64}$/.test(key.slice(KEY_PREFIX.length));
}

function entryTime(key: string): number {
  return Number(key.slice(KEY_PREFIX.length).split('-', 1)[0]);
}

export async function putEntry(store: CacheStore, key: string, blob: Blob): Promise<void> {
  const cache = await store.open(TRANSFER_CACHE);
  await cache.put(key, new Response(blob, { headers: { 'content-type': blob.type || 'application/octet-stream' } }));
}

/** Reads an entry once: it is deleted whatever happens next. */
export async function takeEntry(store: CacheStore, key: string): Promise<Blob> {
  const cache = await store.open(TRANSFER_CACHE);
  const found = await cache.match(key);
  await cache.delete(key);
  if (!found) throw new KiosqueError('storage-failed', 'The file handed between extension contexts has gone.');
  const blob = await found.blob();
  // Response.blob() lowercases nothing but may add parameters; keep the type the writer gave.
  const type = found.headers.get('content-type') ?? '';
  return blob.type === type ? blob : new Blob([blob], { type });
}

/** Drops entries left behind by a call that never finished (a worker or document closed mid-way). */
export async function sweepStale(store: CacheStore, now: number): Promise<void> {
  const cache = await store.open(TRANSFER_CACHE);
  for (const request of await cache.keys()) {
    if (isEntryKey(request.url) && now - entryTime(request.url) > STALE_AFTER_MS) await cache.delete(request);
  }
}
