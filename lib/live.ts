/**
 * A live reading list: Dexie's liveQuery re-runs the list query whenever any
 * context of the extension (another popup, the reader page, the background
 * saving from the keyboard shortcut) writes to the articles table.
 */
import { liveQuery } from 'dexie';
import type { ArticleSummary } from '../core/model';
import { listSummaries } from './db/repository';
import type { KiosqueDb } from './db/schema';
import { kiosqueDb } from './services';

/** Calls `onRows` with the list, newest first, now and after every change; returns the unsubscribe function. */
export function subscribeArticles(
  onRows: (rows: ArticleSummary[]) => void,
  opts: { db?: KiosqueDb; onError?: (error: unknown) => void } = {},
): () => void {
  const db = opts.db ?? kiosqueDb();
  const subscription = liveQuery(() => listSummaries(db)).subscribe({
    next: onRows,
    // A failed read must not look like an empty list; the caller decides how to show it.
    error: opts.onError ?? ((error: unknown) => console.error('Kiosque: the live reading list failed', error)),
  });
  return () => subscription.unsubscribe();
}
