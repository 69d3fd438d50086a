/**
 * Upgrades that fail must say so. IndexedDB rolls a failed version change
 * back, so the rows written by the previous version stay on disk untouched;
 * what the reader needs is to hear that the update, not the article, failed.
 * Dexie hands whatever an upgrade throws to the caller of `open()`, and to
 * every later call as the `inner` cause of a DatabaseClosedError, so a typed
 * error thrown here reaches the popup through withStorageErrors unchanged.
 */
import type { Transaction } from 'dexie';
import { KiosqueError, isKiosqueError } from '../../core/errors';

export type UpgradeFn = (tx: Transaction) => Promise<void>;

export function upgradeFailed(from: number, to: number, cause: unknown): KiosqueError {
  const e = (typeof cause === 'object' && cause !== null ? cause : {}) as { name?: unknown; message?: unknown };
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : String(cause);
  return new KiosqueError(
    'upgrade-failed',
    `Updating the article store from version ${from} to ${to} failed (${name}: ${message}); the saved articles were left as they were.`,
    { from, to, name },
  );
}

/** Wraps one named upgrade so that whatever it throws leaves as 'upgrade-failed'. */
export function guardUpgrade(from: number, to: number, upgrade: UpgradeFn): UpgradeFn {
  return async (tx) => {
    try {
      await upgrade(tx);
    } catch (error) {
      throw isKiosqueError(error) && error.code === 'upgrade-failed' ? error : upgradeFailed(from, to, error);
    }
  };
}
