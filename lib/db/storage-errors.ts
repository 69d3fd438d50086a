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

/**
 * After a failed open, Dexie rejects every later call with a
 * DatabaseClosedError (or OpenFailedError) whose `inner` is what the open
 * threw: a guarded upgrade's typed error is found there.
 */
function innerKiosqueError(error: unknown, depth = 0): KiosqueError | null {
  if (isKiosqueError(error)) return error;
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  return innerKiosqueError((error as ErrorLike).inner, depth + 1);
}

/**
 * Dexie's UpgradeError (a schema change it could not apply) and IndexedDB's
 * VersionError (the store on disk is newer than this build, after a rollback)
 * both leave the data on disk as it was: the reader must hear that it is kept.
 */
const UPGRADE_NAMES = new Set(['UpgradeError', 'VersionError']);

function upgradeErrorName(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const e = error as ErrorLike;
  if (typeof e.name === 'string' && UPGRADE_NAMES.has(e.name)) return e.name;
  return upgradeErrorName(e.inner, depth + 1);
}

export function toStorageError(error: unknown): KiosqueError {
  const typed = innerKiosqueError(error);
  if (typed) return typed;
  if (isQuotaError(error)) {
    return new KiosqueError('quota-exceeded', 'The browser has no room left to store articles. Delete some to free space.');
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const upgrade = upgradeErrorName(error);
  if (upgrade) {
    return new KiosqueError('upgrade-failed', `The article store could not be opened at this version (${upgrade}): ${message}`, {
      name: upgrade,
    });
  }
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
