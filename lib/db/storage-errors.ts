/**
 * IndexedDB failures reach us as DOMExceptions or Dexie errors whose names
 * vary by browser and by whether the transaction or the request failed.
 * The reader needs two answers: the disk is full, or storage broke.
 */
import { KiosqueError, isKiosqueError } from '../../core/errors';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as ErrorLike;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  // Dexie wraps the request's error in `inner` (an AbortError whose cause is the quota).
  if (isQuotaError(e.inner, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

export function toStorageError(error: unknown): KiosqueError {
  if (isKiosqueError(error)) return error;
  if (isQuotaError(error)) {
    return new KiosqueError('quota-exceeded', 'The browser has no room left to store articles. Delete some to free space.');
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : String(error);
  return new KiosqueError('storage-failed', `Storage failed (${name}): ${message}`, { name });
}

/** Runs a storage operation, turning anything it throws into a typed error. */
export async function withStorageErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageError(error);
  }
}
