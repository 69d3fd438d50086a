import Dexie, { type ObservabilitySet } from 'dexie';
import type { KiosqueDb } from '../../lib/db/schema';

/** Tables whose writes change what the popup shows. */
const WATCHED = ['articles', 'collections'];

/**
 * Tells the popup that the library changed, from this page or any other
 * context (Dexie relays other pages' commits over a BroadcastChannel). Only a
 * signal, never the rows: the popup re-reads its visible window, which stays
 * cheap at 100,000 articles where re-reading the whole list would not.
 * Bursts (an import writing thousands of rows) are folded into one call.
 */
export function subscribeChanges(db: KiosqueDb, onChange: () => void, delayMs = 30): () => void {
  const parts = WATCHED.map((table) => `idb://${db.name}/${table}/`);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listener = (changed: ObservabilitySet) => {
    if (!parts.some((part) => changed[part] !== undefined)) return;
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, delayMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    if (timer !== null) clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
