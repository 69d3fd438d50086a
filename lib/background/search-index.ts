/**
 * The background keeps the persisted search index: it loads or rebuilds it
 * at start-up and writes it again after saves, edits and deletes. Pages only
 * read it, so two popups never race to write the same rows.
 */
import { kiosqueDb } from '../services';
import { startIndexMaintenance, type IndexMaintenance } from '../search/maintenance';

let running: IndexMaintenance | undefined;

export function startSearchIndex(): IndexMaintenance {
  running ??= startIndexMaintenance(kiosqueDb());
  // A failed start is reported by the maintenance itself; nothing awaits it here.
  running.ready.catch(() => undefined);
  return running;
}
