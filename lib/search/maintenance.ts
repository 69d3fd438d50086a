/**
 * The one writer of the persisted search index (run by the background). It
 * loads the index, rebuilds it in batches when it is missing or cannot be
 * trusted (publishing progress for every page), and after writes persists it
 * again, debounced, folding in the change log by seq.
 */
import { IndexBuilder, toSearchDoc } from '../../core/search';
import type { ArticleSummary } from '../../core/model';
import type { KiosqueDb } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import { ChangeWatch } from './change-watch';
import { applyRows, persistIndex, readFolded, writeBuild } from './index-store';
import { searchContext } from './search-context';

export interface MaintenanceOptions {
  /** Quiet time after the last write before the index is written (ms). */
  debounceMs?: number;
  /** Articles read and indexed per step of a rebuild. */
  batchSize?: number;
  now?: () => number;
  /** Where failures go; they never stop the maintenance. */
  onError?: (error: unknown) => void;
}

export interface IndexMaintenance {
  /** Settles once the index is loaded or rebuilt (and persisted). */
  ready: Promise<void>;
  /** Writes the index now if it changed (tests, and before the worker sleeps). */
  flush(): Promise<void>;
  rebuild(): Promise<void>;
  stop(): void;
}

const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function startIndexMaintenance(db: KiosqueDb, opts: MaintenanceOptions = {}): IndexMaintenance {
  const debounceMs = opts.debounceMs ?? 2000;
  const batchSize = opts.batchSize ?? 500;
  const now = opts.now ?? (() => Date.now());
  const report = opts.onError ?? ((error: unknown) => console.error('Kiosque: search index upkeep failed', error));
  const context = searchContext(db);
  const holder = context.holder;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let rebuilding: Promise<void> | null = null;

  /** One job at a time: a persist never serialises a half-built index. */
  const serial = (job: () => Promise<void>): Promise<void> => {
    const next = running.then(job);
    running = next.catch(report);
    return next;
  };

  const persist = async (force: boolean): Promise<void> => {
    if (holder.state !== 'ready') return;
    const index = holder.peek();
    if (!index) return;
    const table = await context.listTable();
    // Re-read every logged article in one snapshot rather than trusting the
    // change notifications: a write from another page may not have reached
    // this one yet, and its log entry must not be cleared unapplied.
    const folded = await readFolded(db);
    applyRows(index, folded.ids, folded.rows, folded.bodies);
    table.applyRows(folded.ids, folded.rows);
    context.noteFolded(folded.lastSeq);
    if (!force && folded.lastSeq === folded.foldedSeq && !folded.neverWritten) return;
    await persistIndex(db, index, folded.lastSeq, table);
  };

  const rebuildNow = async (): Promise<void> => {
    const total = await withStorageErrors(() => db.articles.count());
    const startedAt = now();
    await writeBuild(db, { progress: 0, startedAt, docCount: total });
    holder.beginRebuild();
    const builder = new IndexBuilder();
    let after: string | null = null;
    for (;;) {
      const from: string | null = after;
      const [rows, bodies] = await withStorageErrors(() =>
        db.transaction('r', db.articles, db.bodies, async () => {
          const batch: ArticleSummary[] = await (from === null
            ? db.articles.orderBy(':id')
            : db.articles.where(':id').above(from)
          )
            .limit(batchSize)
            .toArray();
          return [batch, await db.bodies.bulkGet(batch.map((row) => row.id))] as const;
        }),
      );
      rows.forEach((row, i) => builder.add(toSearchDoc({ ...row, text: bodies[i]?.text ?? '' })));
      const last = rows[rows.length - 1];
      if (rows.length < batchSize || last === undefined || stopped) break;
      after = last.id;
      await writeBuild(db, { progress: Math.min(0.99, builder.size / Math.max(1, total)), startedAt, docCount: total });
      await yieldToOthers();
    }
    if (stopped) return;
    // Writes made while the batches were read reach the index through the
    // holder's change watch (sync) and, for the persisted copy, the log.
    holder.adopt(builder.finish());
    await holder.sync();
    // Folds the whole log (re-read in one snapshot) into the new index and the list table.
    await persist(true);
    await writeBuild(db, null);
  };

  const rebuild = (): Promise<void> => {
    rebuilding ??= serial(rebuildNow).finally(() => {
      rebuilding = null;
    });
    return rebuilding;
  };

  const flush = (): Promise<void> =>
    serial(async () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (holder.state === 'ready') await holder.sync();
      if (holder.state !== 'ready') {
        // A sync can find the index wrong (a bulk write reloaded it and the count disagreed).
        await rebuildNow();
        return;
      }
      await persist(false);
    });

  const watch = new ChangeWatch(db, {
    onChange: () => {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        flush().catch(() => undefined);
      }, debounceMs);
    },
  });

  const ready = serial(async () => {
    await holder.load();
    if (holder.state !== 'ready') await rebuildNow();
  });

  return {
    ready,
    flush,
    rebuild,
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      watch.close();
    },
  };
}
